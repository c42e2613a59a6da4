-- The national tests (subject and grade), the school years, and the schools' classes with their pupils,
-- who are known by a pseudonymous id only: no names, no personal numbers.
CREATE TABLE national_test (
    code    VARCHAR(40)  PRIMARY KEY,
    subject VARCHAR(100) NOT NULL,
    grade   INT          NOT NULL CHECK (grade BETWEEN 0 AND 10)
);

CREATE TABLE school_year (
    label                   VARCHAR(9)  PRIMARY KEY,
    starts_on               DATE        NOT NULL,
    summer_holiday_starts_on DATE       NOT NULL,
    closed_days             TEXT        NOT NULL,
    CONSTRAINT school_year_order CHECK (summer_holiday_starts_on > starts_on)
);

CREATE TABLE school_class (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    institution_number VARCHAR(6)   NOT NULL REFERENCES school (institution_number),
    name               VARCHAR(40)  NOT NULL,
    grade              INT          NOT NULL CHECK (grade BETWEEN 0 AND 10),
    CONSTRAINT school_class_name UNIQUE (institution_number, name)
);

CREATE TABLE pupil (
    pseudonym          VARCHAR(64)  PRIMARY KEY,
    institution_number VARCHAR(6)   NOT NULL REFERENCES school (institution_number),
    class_id           BIGINT       NOT NULL REFERENCES school_class (id)
);
CREATE INDEX pupil_by_class ON pupil (class_id);
