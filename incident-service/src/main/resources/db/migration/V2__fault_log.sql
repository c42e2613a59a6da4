-- The fault log (seed 002, Krav 20-21): every fault and problem with its timeline, cause, handling and remedy plan.
CREATE SEQUENCE incident_number_seq;

CREATE TABLE incident (
    id                       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number                   VARCHAR(20)   NOT NULL UNIQUE,
    system_code              VARCHAR(20)   NOT NULL,
    layer                    VARCHAR(20)   NOT NULL,
    environment              VARCHAR(20)   NOT NULL,
    category                 SMALLINT      NOT NULL CHECK (category BETWEEN 1 AND 4),
    status_colour            VARCHAR(10)   NOT NULL,
    state                    VARCHAR(20)   NOT NULL,
    occurred_at              TIMESTAMPTZ,
    detected_at              TIMESTAMPTZ,
    reported_at              TIMESTAMPTZ,
    known_at                 TIMESTAMPTZ   NOT NULL,
    acknowledged_at          TIMESTAMPTZ,
    restored_at              TIMESTAMPTZ,
    closed_at                TIMESTAMPTZ,
    acknowledge_due_at       TIMESTAMPTZ,
    restore_due_at           TIMESTAMPTZ,
    title                    VARCHAR(300)  NOT NULL,
    description              TEXT,
    user_impact              TEXT,
    affected_share_percent   NUMERIC(5, 2),
    cause                    TEXT,
    handling                 TEXT,
    remedy_plan              TEXT          NOT NULL DEFAULT '[]',
    rca_status               VARCHAR(20)   NOT NULL,
    rca_text                 TEXT,
    major_incident_manager   VARCHAR(200),
    registered_at            TIMESTAMPTZ   NOT NULL,
    registered_by            VARCHAR(200)  NOT NULL,
    version                  BIGINT        NOT NULL
);
CREATE INDEX incident_outages ON incident (system_code, known_at) WHERE environment = 'PRODUCTION';

-- The timeline is append-only: entries are added, never changed or removed.
CREATE TABLE timeline_entry (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id BIGINT       NOT NULL REFERENCES incident (id),
    at          TIMESTAMPTZ  NOT NULL,
    author      VARCHAR(200) NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    text        TEXT         NOT NULL
);
CREATE INDEX timeline_by_incident ON timeline_entry (incident_id, id);

CREATE FUNCTION timeline_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the timeline of an incident is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER timeline_entry_no_change BEFORE UPDATE OR DELETE ON timeline_entry
    FOR EACH ROW EXECUTE FUNCTION timeline_is_append_only();
