-- A click or an end sent again with its Idempotency-Key (a client that lost the answer, a replica that stopped before
-- answering) is stored once and answered as the first time.
ALTER TABLE session_event ADD COLUMN idempotency_key VARCHAR(200);
CREATE UNIQUE INDEX session_event_once ON session_event (session_id, idempotency_key);
ALTER TABLE test_session ADD COLUMN end_key VARCHAR(200);
