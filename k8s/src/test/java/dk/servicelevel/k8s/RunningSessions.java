package dk.servicelevel.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

/** Booked test sessions running now in a booking-service process, written into its database. */
final class RunningSessions {

    private static final String SCHOOL = "480013";
    private static final String TEST = "DANISH-READING-4";

    private RunningSessions() {
    }

    /** A school with a class, and sessions of its pupils running now (a session starts only in a running slot of a school day). */
    static List<Long> start(ServiceCalls booking, DataSource database, int count) throws SQLException {
        post(booking, "/api/v1/tests", "{\"code\":\"" + TEST + "\",\"subject\":\"Danish, reading\",\"grade\":4}");
        post(booking, "/api/v1/schools", "{\"institutionNumber\":\"" + SCHOOL + "\",\"name\":\"Crash School\",\"municipality\":\"Aarhus\"}");
        List<String> pupils = IntStream.range(0, count).mapToObj(i -> "p-" + UUID.randomUUID()).toList();
        post(booking, "/api/v1/schools/" + SCHOOL + "/classes", "{\"name\":\"4A\",\"grade\":4,\"pupils\":["
                + pupils.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(",")) + "]}");
        List<Long> sessions = new ArrayList<>();
        Instant now = Instant.now();
        try (Connection db = database.getConnection(); PreparedStatement insert = db.prepareStatement("""
                INSERT INTO test_session (pupil, test_code, institution_number, slot_start, user_class, state, started_at, version)
                VALUES (?, ?, ?, ?, 'GUARANTEED', 'STARTED', ?, 0) RETURNING id""")) {
            for (String pupil : pupils) {
                insert.setString(1, pupil);
                insert.setString(2, TEST);
                insert.setString(3, SCHOOL);
                insert.setTimestamp(4, Timestamp.from(now.truncatedTo(ChronoUnit.HOURS)));
                insert.setTimestamp(5, Timestamp.from(now));
                try (ResultSet id = insert.executeQuery()) {
                    id.next();
                    sessions.add(id.getLong(1));
                }
            }
        }
        return sessions;
    }

    private static void post(ServiceCalls booking, String path, String body) {
        HttpResponse<String> answer = booking.send(booking.request(path, "admin").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(201);
    }
}
