-- A class sits one test at a time: it holds at most one active booking of a slot (the slots of a day follow each
-- other and never overlap). Bookings made twice before this rule are cancelled, the first kept, and their seats
-- given back to the slot.
WITH repeated AS (
    UPDATE booking SET state = 'CANCELLED', cancelled_at = now(), version = version + 1
    WHERE id IN (SELECT id FROM (
        SELECT id, row_number() OVER (PARTITION BY class_id, slot_start ORDER BY id) AS nth
        FROM booking WHERE state = 'ACTIVE') numbered WHERE nth > 1)
    RETURNING slot_start, seats),
given_back AS (SELECT slot_start, sum(seats) AS seats FROM repeated GROUP BY slot_start)
UPDATE slot_usage SET booked = booked - given_back.seats FROM given_back WHERE slot_usage.slot_start = given_back.slot_start;

CREATE UNIQUE INDEX booking_of_a_class_once_a_slot ON booking (class_id, slot_start) WHERE state = 'ACTIVE';
