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

    record Session(long id, String userClass) {
    }

    private RunningSessions() {
    }

    /** Starts {@code count} sessions, the share given of them guaranteed (booked), spread evenly, the rest best-effort. */
    static List<Session> start(String jdbcUrl, int count, double guaranteedShare) throws SQLException {
        Instant now = Instant.now();
        List<Session> sessions = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                PreparedStatement pupils = db.prepareStatement("SELECT pseudonym, institution_number FROM pupil ORDER BY pseudonym LIMIT ?");
                PreparedStatement insert = db.prepareStatement("""
                        INSERT INTO test_session (pupil, test_code, institution_number, slot_start, user_class, state, started_at, version)
                        VALUES (?, ?, ?, ?, ?, 'STARTED', ?, 0) RETURNING id""")) {
            pupils.setInt(1, count);
            List<String[]> found = new ArrayList<>();
            try (ResultSet rows = pupils.executeQuery()) {
                while (rows.next()) {
                    found.add(new String[] { rows.getString(1), rows.getString(2) });
                }
            }
            if (found.isEmpty()) {
                throw new IllegalStateException("The booking database has no pupils: load the demo month (./platform reset; ./platform up)");
            }
            for (int i = 0; i < count; i++) {
                boolean booked = Math.floor((i + 1) * guaranteedShare) > Math.floor(i * guaranteedShare);
                String userClass = booked ? "GUARANTEED" : "BEST_EFFORT";
                String[] pupil = found.get(i % found.size());
                insert.setString(1, pupil[0]);
                insert.setString(2, TEST);
                insert.setString(3, pupil[1]);
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
