-- A revision in force from before it was recorded changes periods already reported: it keeps why, and who recorded
-- it (created_by). A first version may start in the past: nothing was reported under the SLA before it.
ALTER TABLE sla_version ADD COLUMN reason VARCHAR(2000);
ALTER TABLE sla_version ADD CONSTRAINT sla_version_past_revision_has_reason
    CHECK (number = 1 OR valid_from >= created_at OR (reason IS NOT NULL AND length(trim(reason)) > 0));
