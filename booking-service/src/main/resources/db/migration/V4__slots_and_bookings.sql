-- What is booked of each one-hour slot. A booking adds its seats only while they fit the capacity of the step in
-- force, in one conditional UPDATE, so a slot is never overbooked however many schools book it at once.
CREATE TABLE slot_usage (
    slot_start TIMESTAMPTZ PRIMARY KEY,
    booked     INT         NOT NULL CHECK (booked >= 0)
);

CREATE TABLE booking (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    institution_number VARCHAR(6)   NOT NULL REFERENCES school (institution_number),
    test_code          VARCHAR(40)  NOT NULL REFERENCES national_test (code),
    class_id           BIGINT       NOT NULL REFERENCES school_class (id),
    slot_start         TIMESTAMPTZ  NOT NULL,
    seats              INT          NOT NULL CHECK (seats > 0),
    -- the booked pupils' pseudonyms, comma-separated; empty: the whole class
    pupils             TEXT         NOT NULL,
    state              VARCHAR(10)  NOT NULL CHECK (state IN ('ACTIVE', 'CANCELLED')),
    created_at         TIMESTAMPTZ  NOT NULL,
    created_by         VARCHAR(200) NOT NULL,
    cancelled_at       TIMESTAMPTZ,
    version            BIGINT       NOT NULL
);
CREATE INDEX booking_by_school ON booking (institution_number, slot_start);
CREATE INDEX booking_by_slot ON booking (slot_start) WHERE state = 'ACTIVE';
