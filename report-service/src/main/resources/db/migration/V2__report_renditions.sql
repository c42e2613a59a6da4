-- What each archived report was made from: the records it read, each with its version (a JSON object).
ALTER TABLE archived_report ADD COLUMN source_versions TEXT NOT NULL DEFAULT '{}';

-- The same archived report for people: HTML, PDF and CSV, each with its own checksum, as immutable as the figures.
CREATE TABLE archived_rendition (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    archived_report_id BIGINT       NOT NULL REFERENCES archived_report (id),
    media_type         VARCHAR(100) NOT NULL,
    content            BYTEA        NOT NULL,
    sha256             CHAR(64)     NOT NULL,
    CONSTRAINT archived_rendition_once UNIQUE (archived_report_id, media_type)
);

CREATE TRIGGER archived_rendition_no_change BEFORE UPDATE OR DELETE ON archived_rendition
    FOR EACH ROW EXECUTE FUNCTION archived_report_is_immutable();
