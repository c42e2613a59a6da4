-- Each rendition for people is filed in Danish and in English. The renditions filed before were worded in English.
ALTER TABLE archived_rendition DISABLE TRIGGER archived_rendition_no_change;
ALTER TABLE archived_rendition ADD COLUMN language VARCHAR(2);
UPDATE archived_rendition SET language = 'en';
ALTER TABLE archived_rendition ALTER COLUMN language SET NOT NULL;
ALTER TABLE archived_rendition ENABLE TRIGGER archived_rendition_no_change;

ALTER TABLE archived_rendition DROP CONSTRAINT archived_rendition_once;
ALTER TABLE archived_rendition ADD CONSTRAINT archived_rendition_once UNIQUE (archived_report_id, media_type, language);
