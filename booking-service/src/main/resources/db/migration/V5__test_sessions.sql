-- Test sessions (sittings) with their events, and illness registrations that allow a pupil one more sitting
-- (seed 002, Krav 5). Best-effort sessions take capacity of the running slot that no booking holds.
ALTER TABLE slot_usage ADD COLUMN best_effort INT NOT NULL DEFAULT 0 CHECK (best_effort >= 0);

CREATE TABLE test_session (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pupil              VARCHAR(64)  NOT NULL REFERENCES pupil (pseudonym),
    test_code          VARCHAR(40)  NOT NULL REFERENCES national_test (code),
    institution_number VARCHAR(6)   NOT NULL REFERENCES school (institution_number),
    slot_start         TIMESTAMPTZ  NOT NULL,
    user_class         VARCHAR(12)  NOT NULL CHECK (user_class IN ('GUARANTEED', 'BEST_EFFORT')),
    booking_id         BIGINT       REFERENCES booking (id),
    state              VARCHAR(10)  NOT NULL CHECK (state IN ('STARTED', 'COMPLETED', 'ABORTED')),
    started_at         TIMESTAMPTZ  NOT NULL,
    ended_at           TIMESTAMPTZ,
    version            BIGINT       NOT NULL
);
CREATE INDEX test_session_by_pupil ON test_session (pupil, test_code, started_at);
CREATE INDEX test_session_by_time ON test_session (started_at);

CREATE TABLE session_event (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id BIGINT      NOT NULL REFERENCES test_session (id),
    kind       VARCHAR(10) NOT NULL CHECK (kind IN ('PAGE_VIEW', 'ANSWER')),
    at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX session_event_by_time ON session_event (at);

CREATE TABLE illness (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pupil         VARCHAR(64)  NOT NULL REFERENCES pupil (pseudonym),
    test_code     VARCHAR(40)  NOT NULL REFERENCES national_test (code),
    registered_on DATE         NOT NULL,
    registered_by VARCHAR(200) NOT NULL
);
CREATE INDEX illness_by_pupil ON illness (pupil, test_code, registered_on);
