-- Each response-time threshold an SLA of a system names, besides the measurement threshold (always counted, in
-- measurement_slice.within_threshold), is counted exactly from when it was first named: counted_from is the first
-- slice every operation of which was counted against it (null when the system had no measurements yet: every slice).
CREATE TABLE counted_threshold (
    system_code  VARCHAR(20) NOT NULL,
    threshold_ms BIGINT      NOT NULL CHECK (threshold_ms > 0),
    counted_from TIMESTAMPTZ,
    PRIMARY KEY (system_code, threshold_ms)
);

-- The successful operations within each such threshold per slice, summed over operations (what the evaluation reads).
CREATE TABLE measurement_within (
    system_code  VARCHAR(20) NOT NULL,
    interface    VARCHAR(1)  NOT NULL CHECK (interface IN ('A', 'B', 'C', 'D')),
    user_class   VARCHAR(12) NOT NULL CHECK (user_class IN ('GUARANTEED', 'BEST_EFFORT')),
    threshold_ms BIGINT      NOT NULL,
    slice_start  TIMESTAMPTZ NOT NULL,
    within       BIGINT      NOT NULL CHECK (within >= 0),
    PRIMARY KEY (system_code, interface, user_class, threshold_ms, slice_start)
);
