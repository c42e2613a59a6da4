-- A national test's name in English beside the Danish one, and the weeks the ministry's test plan sets for it.
ALTER TABLE national_test ADD COLUMN subject_en VARCHAR(100);
ALTER TABLE national_test ADD COLUMN window_opens DATE;
ALTER TABLE national_test ADD COLUMN window_closes DATE;
ALTER TABLE national_test ADD CONSTRAINT national_test_window_in_order
    CHECK ((window_opens IS NULL AND window_closes IS NULL) OR window_closes >= window_opens);
