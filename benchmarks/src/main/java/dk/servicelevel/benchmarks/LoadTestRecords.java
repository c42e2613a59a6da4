package dk.servicelevel.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What a booking benchmark wrote into booking-service's database, removed when it ends (and left over by one that did
 * not end, when the next starts): the classes, pupils, bookings and sessions of the load-test schools the generator's
 * rush registers (institution numbers from 900000), with the seats their bookings held given back to their slots, and
 * of the load-test school of the running sessions the benchmark started, with their clicks. The schools themselves stay, to be used again. Without
 * this every rush left 4,500 classes and their pupils behind, and each run measured a larger database than the last.
 */
final class LoadTestRecords {

    private static final String LOAD_TEST_SCHOOLS = "institution_number >= '900000'";
    private static final List<String> REMOVALS = List.of(
            "DELETE FROM session_event WHERE session_id IN (SELECT id FROM test_session WHERE " + LOAD_TEST_SCHOOLS + ")",
            "DELETE FROM test_session WHERE " + LOAD_TEST_SCHOOLS,
            "DELETE FROM illness WHERE pupil IN (SELECT pseudonym FROM pupil WHERE " + LOAD_TEST_SCHOOLS + ")",
            "DELETE FROM booked_sitting WHERE booking_id IN (SELECT id FROM booking WHERE " + LOAD_TEST_SCHOOLS + ")",
            """
            WITH removed AS (DELETE FROM booking WHERE %s RETURNING slot_start, seats, state),
                 given_back AS (SELECT slot_start, sum(seats) AS seats FROM removed WHERE state = 'ACTIVE' GROUP BY slot_start)
            UPDATE slot_usage SET booked = booked - given_back.seats FROM given_back WHERE slot_usage.slot_start = given_back.slot_start
            """.formatted(LOAD_TEST_SCHOOLS),
            "DELETE FROM pupil WHERE " + LOAD_TEST_SCHOOLS,
            "DELETE FROM school_class WHERE " + LOAD_TEST_SCHOOLS);

    private LoadTestRecords() {
    }

    /** Removes the load-test schools' records, in one transaction. */
    static void remove(String jdbcUrl) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement statement = db.createStatement()) {
            db.setAutoCommit(false);
            for (String removal : REMOVALS) {
                statement.executeUpdate(removal);
            }
            db.commit();
        }
    }
}
