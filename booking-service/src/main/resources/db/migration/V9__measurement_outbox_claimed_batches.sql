-- The batches claimed and not yet acknowledged, found by their key: finding, reading and deleting a batch scanned the
-- whole table, which its deleted rows keep large until vacuumed (at the test day's peak the sending backend took
-- 40-80 % of a CPU). Only claimed rows are in the index, one batch at a time.
CREATE INDEX measurement_outbox_claimed ON measurement_outbox (batch_key) WHERE batch_key IS NOT NULL;
