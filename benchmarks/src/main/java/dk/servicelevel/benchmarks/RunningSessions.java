package dk.servicelevel.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Running test sessions written straight into booking-service's table, as the generator's feeder file
 * ({@code id,userClass}). A session starts only in a running slot of a school day, which a benchmark at any hour
 * cannot count on; the load of a test is its clicks, which go through the API and its admission control.
 */
final class RunningSessions {

    private static final String TEST = "DANISH-READING-4";
    private static final int GRADE = 4;
    /** A load-test school's institution number (from 900000), past those of the booking rush's schools. */
    private static final String SCHOOL = "999999";

    record Session(long id, String userClass) {
    }

    private RunningSessions() {
    }

    /**
     * Starts {@code count} sessions, the share given of them guaranteed (booked), spread evenly, the rest best-effort;
     * each of a pupil of its own, as on a test day, where a pupil sits a test a few times a term at most: pupils of a
     * load-test school ({@value #SCHOOL}) and a class of this run, which {@link LoadTestRecords} removes. (Sessions
     * spread over the demo month's hundred pupils gave each dozens, and PostgreSQL then read the sessions by time,
     * not by pupil, for the sitting rule's count: a booking rush ran at a third of its speed.)
     */
    static List<Session> start(String jdbcUrl, int count, double guaranteedShare) throws SQLException {
        Instant now = Instant.now();
        List<Session> sessions = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                PreparedStatement insert = db.prepareStatement("""
                        INSERT INTO test_session (pupil, test_code, institution_number, slot_start, user_class, state, started_at, version)
                        VALUES (?, ?, ?, ?, ?, 'STARTED', ?, 0) RETURNING id""")) {
            List<String> pupils = pupilsOfTheirOwn(db, count, now);
            for (int i = 0; i < count; i++) {
                boolean booked = Math.floor((i + 1) * guaranteedShare) > Math.floor(i * guaranteedShare);
                String userClass = booked ? "GUARANTEED" : "BEST_EFFORT";
                insert.setString(1, pupils.get(i));
                insert.setString(2, TEST);
                insert.setString(3, SCHOOL);
                insert.setTimestamp(4, Timestamp.from(now.truncatedTo(ChronoUnit.HOURS)));
                insert.setString(5, userClass);
                insert.setTimestamp(6, Timestamp.from(now));
                try (ResultSet id = insert.executeQuery()) {
                    id.next();
                    sessions.add(new Session(id.getLong(1), userClass));
                }
            }
        }
        return sessions;
    }

    /** A class of the load-test school with as many pupils, registered for this run. */
    private static List<String> pupilsOfTheirOwn(Connection db, int count, Instant now) throws SQLException {
        try (PreparedStatement school = db.prepareStatement("""
                INSERT INTO school (institution_number, name, municipality, created_at, version)
                VALUES (?, 'Load-test school of the running sessions', 'Load test', now(), 0) ON CONFLICT DO NOTHING""")) {
            school.setString(1, SCHOOL);
            school.executeUpdate();
        }
        long classId;
        try (PreparedStatement schoolClass = db.prepareStatement(
                "INSERT INTO school_class (institution_number, name, grade) VALUES (?, ?, ?) RETURNING id")) {
            schoolClass.setString(1, SCHOOL);
            schoolClass.setString(2, "sessions-" + now.toEpochMilli());
            schoolClass.setInt(3, GRADE);
            try (ResultSet id = schoolClass.executeQuery()) {
                id.next();
                classId = id.getLong(1);
            }
        }
        List<String> pupils = new ArrayList<>();
        try (PreparedStatement pupil = db.prepareStatement("INSERT INTO pupil (pseudonym, institution_number, class_id) VALUES (?, ?, ?)")) {
            for (int n = 1; n <= count; n++) {
                String pseudonym = "S" + classId + "-" + n;
                pupil.setString(1, pseudonym);
                pupil.setString(2, SCHOOL);
                pupil.setLong(3, classId);
                pupil.addBatch();
                pupils.add(pseudonym);
            }
            pupil.executeBatch();
        }
        return pupils;
    }

    /**
     * A feeder's order of the sessions in which the share given of the clicks is of guaranteed sessions, spread
     * evenly, each class's sessions taken in turn.
     */
    static List<Session> mix(List<Session> sessions, double guaranteedShare) {
        List<Session> guaranteed = sessions.stream().filter(s -> s.userClass().equals("GUARANTEED")).toList();
        List<Session> bestEffort = sessions.stream().filter(s -> !s.userClass().equals("GUARANTEED")).toList();
        int length = (int) Math.ceil(Math.max(guaranteed.size() / guaranteedShare, sessions.size()));
        List<Session> mixed = new ArrayList<>(length);
        int booked = 0;
        int unbooked = 0;
        for (int i = 0; i < length; i++) {
            boolean isBooked = bestEffort.isEmpty() || Math.floor((i + 1) * guaranteedShare) > Math.floor(i * guaranteedShare);
            mixed.add(isBooked ? guaranteed.get(booked++ % guaranteed.size()) : bestEffort.get(unbooked++ % bestEffort.size()));
        }
        return mixed;
    }

    /** Writes sessions as the generator's CSV feeder. */
    static Path write(List<Session> sessions, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "id,userClass\n"
                + sessions.stream().map(s -> s.id() + "," + s.userClass()).collect(Collectors.joining("\n")) + "\n");
    }
}
