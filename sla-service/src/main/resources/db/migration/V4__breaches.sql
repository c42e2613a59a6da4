-- Breaches found by the scheduled evaluation: a window below target over the rolling period, or a downtime budget
-- burning fast enough to miss it. One open breach per SLA, window and kind; it is resolved when it no longer holds.
CREATE TABLE breach (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sla_id              VARCHAR(40)   NOT NULL REFERENCES sla (id),
    window_name         VARCHAR(40)   NOT NULL,
    kind                VARCHAR(20)   NOT NULL CHECK (kind IN ('TARGET_MISSED', 'BUDGET_BURNING')),
    detected_at         TIMESTAMPTZ   NOT NULL,
    resolved_at         TIMESTAMPTZ,
    period_from         TIMESTAMPTZ   NOT NULL,
    period_to           TIMESTAMPTZ   NOT NULL,
    availability_percent NUMERIC(8, 3) NOT NULL,
    target_percent      NUMERIC(8, 3) NOT NULL,
    burn_rate           NUMERIC(12, 2),
    detail              VARCHAR(500)  NOT NULL,
    delivered_at        TIMESTAMPTZ,
    delivery_attempts   INT           NOT NULL DEFAULT 0,
    last_delivery_error VARCHAR(500),
    version             BIGINT        NOT NULL
);
CREATE UNIQUE INDEX breach_one_open ON breach (sla_id, window_name, kind) WHERE resolved_at IS NULL;
CREATE INDEX breach_undelivered ON breach (id) WHERE delivered_at IS NULL;
