-- Response-time measurements, summed up per time slice as they arrive (seed 002, Krav 14–16):
-- storage and evaluation grow with slices, not with calls.
CREATE TABLE measurement_slice (
    system_code      VARCHAR(20)  NOT NULL,
    interface        VARCHAR(1)   NOT NULL CHECK (interface IN ('A', 'B', 'C', 'D')),
    user_class       VARCHAR(12)  NOT NULL CHECK (user_class IN ('GUARANTEED', 'BEST_EFFORT')),
    operation        VARCHAR(100) NOT NULL,
    slice_start      TIMESTAMPTZ  NOT NULL,
    operations       BIGINT       NOT NULL CHECK (operations >= 0),
    within_threshold BIGINT       NOT NULL CHECK (within_threshold >= 0),
    errors           BIGINT       NOT NULL CHECK (errors >= 0),
    -- HdrHistogram of the successful operations' milliseconds, compressed
    sketch           BYTEA        NOT NULL,
    PRIMARY KEY (system_code, interface, user_class, operation, slice_start)
);
CREATE INDEX measurement_slice_by_time ON measurement_slice (system_code, slice_start);

-- Batches sent with an Idempotency-Key: a batch sent again is counted once.
CREATE TABLE measurement_batch (
    idempotency_key VARCHAR(200) PRIMARY KEY,
    received_at     TIMESTAMPTZ  NOT NULL,
    samples         INT          NOT NULL
);
