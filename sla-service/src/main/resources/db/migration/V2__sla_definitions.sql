-- SLA definitions: one SLA per system and layer, its rules kept as versions in force from an instant
-- (a past period is evaluated with the versions that were in force then).
CREATE TABLE sla (
    id          VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    system_code VARCHAR(20)  NOT NULL REFERENCES it_system (code),
    layer       VARCHAR(20)  NOT NULL CHECK (layer IN ('APPLICATION', 'INFRASTRUCTURE')),
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX sla_by_system ON sla (system_code);

CREATE TABLE sla_version (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sla_id      VARCHAR(40)  NOT NULL REFERENCES sla (id),
    number      INT          NOT NULL,
    valid_from  TIMESTAMPTZ  NOT NULL,
    definition  TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    created_by  VARCHAR(200) NOT NULL,
    CONSTRAINT sla_version_number UNIQUE (sla_id, number),
    CONSTRAINT sla_version_valid_from UNIQUE (sla_id, valid_from)
);

-- A version once written is history: it is never changed or removed.
CREATE FUNCTION sla_version_is_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'SLA versions are history and cannot be changed';
END;
$$;
CREATE TRIGGER sla_version_append_only BEFORE UPDATE OR DELETE ON sla_version
    FOR EACH ROW EXECUTE FUNCTION sla_version_is_history();
