-- The capacity model's inputs (seed 002, table 2), editable by an administrator; one row.
CREATE TABLE capacity_model (
    id         INT          PRIMARY KEY CHECK (id = 1),
    inputs     TEXT         NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL,
    updated_by VARCHAR(200) NOT NULL,
    version    BIGINT       NOT NULL
);
INSERT INTO capacity_model (id, inputs, updated_at, updated_by, version) VALUES (1, '{
  "pupilsPerCohort": 60000,
  "testsPerPupil2006": 3,
  "testsPerPupil2007": 12,
  "scaleFactor": 0.50,
  "testDays": [15, 25, 30, 30],
  "testLengthMinutes": 60,
  "testHoursPerDay": 6,
  "peakHourShare": 0.40,
  "clicksPerMinute": 4
}', now(), 'seed 002, table 2', 0);
