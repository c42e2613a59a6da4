-- The slice summaries of a day (a local day of an SLA's zone) merged into one row per interface and class, so that a
-- month's response times read one sketch a day whatever the traffic. A day row is used only while its operations
-- equal the sum over the day's slices (samples only ever add to them): one that arrived late makes it stale, and it
-- is merged again.
CREATE TABLE measurement_day (
    system_code      VARCHAR(20)  NOT NULL,
    interface        VARCHAR(1)   NOT NULL CHECK (interface IN ('A', 'B', 'C', 'D')),
    user_class       VARCHAR(12)  NOT NULL CHECK (user_class IN ('GUARANTEED', 'BEST_EFFORT')),
    zone             VARCHAR(40)  NOT NULL,
    day_start        TIMESTAMPTZ  NOT NULL,
    operations       BIGINT       NOT NULL CHECK (operations >= 0),
    within_threshold BIGINT       NOT NULL CHECK (within_threshold >= 0),
    errors           BIGINT       NOT NULL CHECK (errors >= 0),
    sketch           BYTEA        NOT NULL,
    PRIMARY KEY (system_code, zone, interface, user_class, day_start)
);
