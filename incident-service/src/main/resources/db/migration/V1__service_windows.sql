-- Service windows: planned maintenance announced by the vendor (seed 002, section 4; seed 004).
CREATE TABLE service_window (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    system_code  VARCHAR(20)   NOT NULL,
    start_at     TIMESTAMPTZ   NOT NULL,
    end_at       TIMESTAMPTZ   NOT NULL,
    purpose      VARCHAR(500)  NOT NULL,
    announced_at TIMESTAMPTZ   NOT NULL,
    announced_by VARCHAR(200)  NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT service_window_ends_after_start CHECK (end_at > start_at)
);
CREATE INDEX service_window_by_system_and_time ON service_window (system_code, start_at);
