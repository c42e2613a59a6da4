-- When each record last changed, by the database's clock, so that readers (the status page) can ask what changed
-- since they last looked. A trigger sets it on every insert and update, whichever code path writes.
CREATE FUNCTION record_changed() RETURNS trigger AS $$
BEGIN
    NEW.changed_at := clock_timestamp();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

ALTER TABLE incident ADD COLUMN changed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp();
ALTER TABLE service_window ADD COLUMN changed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp();
ALTER TABLE system_change ADD COLUMN changed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp();

CREATE INDEX incident_by_change ON incident (changed_at);
CREATE INDEX service_window_by_change ON service_window (changed_at);
CREATE INDEX system_change_by_change ON system_change (changed_at);

CREATE TRIGGER incident_changed BEFORE INSERT OR UPDATE ON incident
    FOR EACH ROW EXECUTE FUNCTION record_changed();
CREATE TRIGGER service_window_changed BEFORE INSERT OR UPDATE ON service_window
    FOR EACH ROW EXECUTE FUNCTION record_changed();
CREATE TRIGGER system_change_changed BEFORE INSERT OR UPDATE ON system_change
    FOR EACH ROW EXECUTE FUNCTION record_changed();
