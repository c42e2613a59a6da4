-- A pupil sits a test no more often in a term than seed 002's Krav 5 allows (twice from the start of the school year
-- until 1 April, once from 1 April until the summer holiday, once more for each illness registered in the term), so a
-- booking may not book a pupil for more. Each active booking holds, for each pupil it books, one of the pupil's
-- sittings of the test in the term, numbered from 1: the number is unique, so two bookings made at once cannot take
-- the same sitting, and a booking takes a number only up to the pupil's limit. A cancelled booking gives its back.
CREATE TABLE booked_sitting (
    booking_id     BIGINT      NOT NULL REFERENCES booking (id),
    pupil          VARCHAR(64) NOT NULL REFERENCES pupil (pseudonym),
    test_code      VARCHAR(40) NOT NULL,
    -- the first day of the term: the school year's start or 1 April
    term_starts_on DATE        NOT NULL,
    sitting        SMALLINT    NOT NULL CHECK (sitting > 0),
    PRIMARY KEY (booking_id, pupil),
    CONSTRAINT booked_sitting_once UNIQUE (pupil, test_code, term_starts_on, sitting)
);

-- The active bookings made before this rule: each booked pupil's sittings numbered in the order of the slots (the
-- slots' days are Danish school days, Europe/Copenhagen). Bookings beyond a limit keep their numbers: they were made.
INSERT INTO booked_sitting (booking_id, pupil, test_code, term_starts_on, sitting)
SELECT booking_id, pupil, test_code, term_starts_on,
       row_number() OVER (PARTITION BY pupil, test_code, term_starts_on ORDER BY slot_start, booking_id)
FROM (
    SELECT b.id AS booking_id, p.pseudonym AS pupil, b.test_code, b.slot_start,
           CASE WHEN d.day < make_date(extract(year FROM y.summer_holiday_starts_on)::int, 4, 1) THEN y.starts_on
                ELSE make_date(extract(year FROM y.summer_holiday_starts_on)::int, 4, 1) END AS term_starts_on
    FROM booking b
    CROSS JOIN LATERAL (SELECT (b.slot_start AT TIME ZONE 'Europe/Copenhagen')::date AS day) d
    JOIN school_year y ON d.day >= y.starts_on AND d.day < y.summer_holiday_starts_on
    JOIN pupil p ON p.class_id = b.class_id AND (b.pupils = '' OR p.pseudonym = ANY (string_to_array(b.pupils, ',')))
    WHERE b.state = 'ACTIVE') booked;
