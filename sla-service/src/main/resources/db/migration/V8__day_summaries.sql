-- The slice summaries of a UTC day merged into one row per interface and class, so that a month's response times
-- read about 31 sketches whatever the traffic. A day row is used only while its operations equal the sum over the
-- day's slices (samples only ever add to them): one that arrived late makes it stale, and it is merged again.
CREATE TABLE measurement_day (
    system_code      VARCHAR(20)  NOT NULL,
    interface        VARCHAR(1)   NOT NULL CHECK (interface IN ('A', 'B', 'C', 'D')),
    user_class       VARCHAR(12)  NOT NULL CHECK (user_class IN ('GUARANTEED', 'BEST_EFFORT')),
    day_start        TIMESTAMPTZ  NOT NULL,
    operations       BIGINT       NOT NULL CHECK (operations >= 0),
    within_threshold BIGINT       NOT NULL CHECK (within_threshold >= 0),
    errors           BIGINT       NOT NULL CHECK (errors >= 0),
    sketch           BYTEA        NOT NULL,
    PRIMARY KEY (system_code, interface, user_class, day_start)
);
