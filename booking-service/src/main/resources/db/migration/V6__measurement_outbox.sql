-- The measured session requests on their way to sla-service, kept in the service's own database so that a crash or a
-- restart loses none. A click's row is written in the same statement as its event, so every acknowledged click has
-- its measurement. A sender claims rows into a batch under a key (batch_key) before sending them; a batch that was
-- claimed but not acknowledged is sent again with the same key, which sla-service counts once.
CREATE TABLE measurement_outbox (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    operation   VARCHAR(20) NOT NULL,
    user_class  VARCHAR(12) NOT NULL CHECK (user_class IN ('GUARANTEED', 'BEST_EFFORT')),
    at          TIMESTAMPTZ NOT NULL,
    duration_ms BIGINT      NOT NULL CHECK (duration_ms >= 0),
    ok          BOOLEAN     NOT NULL,
    batch_key   UUID
);
-- No index on batch_key: claiming a row is then a heap-only update, and the table holds about a second of clicks.

-- Which replica sends the outbox (JobLease): the holder until the lease expires.
CREATE TABLE job_lease (
    job        TEXT PRIMARY KEY,
    holder     TEXT        NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
