-- Changes to systems in operation: standard, extra and hotfix (seed 002, Krav 17–19; seed 004).
CREATE TABLE system_change (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    system_code      VARCHAR(20)   NOT NULL,
    kind             VARCHAR(20)   NOT NULL CHECK (kind IN ('STANDARD', 'EXTRA', 'HOTFIX')),
    title            VARCHAR(200)  NOT NULL,
    planned_start_at TIMESTAMPTZ   NOT NULL,
    planned_end_at   TIMESTAMPTZ   NOT NULL,
    actual_start_at  TIMESTAMPTZ,
    actual_end_at    TIMESTAMPTZ,
    with_downtime    BOOLEAN       NOT NULL,
    announced_at     TIMESTAMPTZ   NOT NULL,
    announced_by     VARCHAR(200)  NOT NULL,
    result           VARCHAR(20)   CHECK (result IN ('SUCCEEDED', 'FAILED', 'ROLLED_BACK')),
    result_note      VARCHAR(2000),
    version          BIGINT        NOT NULL,
    CONSTRAINT system_change_planned_end_after_start CHECK (planned_end_at > planned_start_at),
    CONSTRAINT system_change_actual_end_after_start CHECK (actual_end_at IS NULL OR actual_end_at > actual_start_at),
    CONSTRAINT system_change_result_after_end CHECK (result IS NULL OR actual_end_at IS NOT NULL)
);
CREATE INDEX system_change_by_system_and_time ON system_change (system_code, planned_start_at);
