-- The report archive: every generated report is kept as an immutable, numbered version with its checksum.
CREATE TABLE archived_report (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind           VARCHAR(40)  NOT NULL,
    period         VARCHAR(7)   NOT NULL,
    report_version INTEGER      NOT NULL,
    media_type     VARCHAR(100) NOT NULL,
    content        BYTEA        NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    generated_at   TIMESTAMPTZ  NOT NULL,
    generated_by   VARCHAR(200) NOT NULL,
    CONSTRAINT archived_report_version_once UNIQUE (kind, period, report_version)
);

CREATE FUNCTION archived_report_is_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'archived reports are immutable: generate a new version instead';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER archived_report_no_change BEFORE UPDATE OR DELETE ON archived_report
    FOR EACH ROW EXECUTE FUNCTION archived_report_is_immutable();
