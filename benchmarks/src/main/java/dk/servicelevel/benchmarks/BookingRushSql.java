package dk.servicelevel.benchmarks;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The statements booking-service runs for one booking, run by pgbench against copies of its slot, booking and booked
 * sitting tables in a scratch schema: the read of the class, its pupils and the test, then the one statement that
 * takes a sitting for each pupil, reserves the slot's seats and records the booking. Also checks a day's slots against the
 * capacity, in the service's tables or in the copies.
 */
final class BookingRushSql {

    static final String SERVICE_SCHEMA = "public";
    static final String SCRATCH_SCHEMA = "rush_bench";
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");
    private static final long PGBENCH_MINUTES = 5;

    private final String jdbcUrl;

    BookingRushSql(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** What pgbench plays: the rush's classes, the day's slots and the share that wants the peak slot. */
    record Rush(long firstClass, List<Instant> slots, int peakSlot, int peakPercent, int seats, long capacity,
            String test, Term term) {
    }

    /** The term of the rush's day: its first day, the day after its last, and the sittings of a test a pupil has in it. */
    record Term(LocalDate startsOn, LocalDate until, int sittings) {
    }

    /**
     * The term of a school day as booking-service reads it (seed 002, Krav 5): from the school year's start until
     * 1 April a pupil has two sittings of a test, from 1 April until the summer holiday one.
     */
    Term termOf(LocalDate day) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                PreparedStatement year = connection.prepareStatement(
                        "SELECT starts_on, summer_holiday_starts_on FROM school_year WHERE ? >= starts_on AND ? < summer_holiday_starts_on")) {
            year.setObject(1, day);
            year.setObject(2, day);
            try (ResultSet row = year.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No school year holds " + day);
                }
                LocalDate startsOn = row.getObject(1, LocalDate.class);
                LocalDate summer = row.getObject(2, LocalDate.class);
                LocalDate april = LocalDate.of(summer.getYear(), Month.APRIL, 1);
                return day.isBefore(april) ? new Term(startsOn, april, 2) : new Term(april, summer, 1);
            }
        }
    }

    /**
     * Runs the rush's transactions with pgbench, each class booking once (a class holds one booking of a slot), as
     * many as fill the clients' equal shares; answers its transactions a second.
     */
    double transactionsPerSecond(Rush rush, int transactions, int clients, Path workDirectory) throws Exception {
        copyTables();
        Path script = Files.writeString(workDirectory.resolve("booking-rush.sql"), script(rush));
        URI db = URI.create(jdbcUrl.substring("jdbc:".length()));
        ProcessBuilder pgbench = new ProcessBuilder("pgbench", "-h", db.getHost(), "-p", String.valueOf(db.getPort()), "-U", "postgres",
                "-n", "-c", String.valueOf(clients), "-j", "2", "-t", String.valueOf(transactions / clients),
                "-f", script.toString(), db.getPath().substring(1)).redirectErrorStream(true);
        pgbench.environment().put("PGPASSWORD", "postgres");
        Process process = pgbench.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(PGBENCH_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("pgbench failed: " + output);
        }
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps: " + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    /** Slots of the day whose active bookings' seats exceed the capacity or differ from the slot's count. */
    int slotsOverCapacity(String schema, List<Instant> slots, long capacity) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                PreparedStatement check = connection.prepareStatement(("""
                        SELECT count(*) FROM (
                          SELECT u.slot_start FROM %1$s.slot_usage u
                          LEFT JOIN %1$s.booking b ON b.slot_start = u.slot_start AND b.state = 'ACTIVE'
                          WHERE u.slot_start = ANY (?)
                          GROUP BY u.slot_start, u.booked
                          HAVING coalesce(sum(b.seats), 0) > ? OR coalesce(sum(b.seats), 0) <> u.booked OR u.booked > ?) wrong""")
                        .formatted(schema))) {
            check.setArray(1, connection.createArrayOf("timestamptz", slots.stream().map(Timestamp::from).toArray()));
            check.setLong(2, capacity);
            check.setLong(3, capacity);
            try (ResultSet count = check.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        }
    }

    /** The rush's first class: the lowest id of the classes booked on the day's slots (the rush's are registered in a row). */
    long firstClassBookedOn(List<Instant> slots) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                PreparedStatement first = connection.prepareStatement("SELECT min(class_id) FROM booking WHERE slot_start = ANY (?)")) {
            first.setArray(1, connection.createArrayOf("timestamptz", slots.stream().map(Timestamp::from).toArray()));
            try (ResultSet row = first.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private void copyTables() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + SCRATCH_SCHEMA + " CASCADE");
            sql.execute("CREATE SCHEMA " + SCRATCH_SCHEMA);
            sql.execute("CREATE TABLE " + SCRATCH_SCHEMA + ".slot_usage (LIKE public.slot_usage INCLUDING ALL)");
            sql.execute("CREATE TABLE " + SCRATCH_SCHEMA + ".booking (LIKE public.booking INCLUDING ALL)");
            sql.execute("CREATE TABLE " + SCRATCH_SCHEMA + ".booked_sitting (LIKE public.booked_sitting INCLUDING ALL)");
            sql.execute("ALTER TABLE " + SCRATCH_SCHEMA + ".booked_sitting ADD FOREIGN KEY (booking_id) REFERENCES " + SCRATCH_SCHEMA
                    + ".booking (id), ADD FOREIGN KEY (pupil) REFERENCES public.pupil (pseudonym)");
            sql.execute("CREATE SEQUENCE " + SCRATCH_SCHEMA + ".next_class");
            sql.execute("ALTER TABLE " + SCRATCH_SCHEMA + ".booking"
                    + " ADD FOREIGN KEY (institution_number) REFERENCES public.school (institution_number),"
                    + " ADD FOREIGN KEY (test_code) REFERENCES public.national_test (code),"
                    + " ADD FOREIGN KEY (class_id) REFERENCES public.school_class (id)");
        }
    }

    /** Removes the copies. */
    void dropCopies() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + SCRATCH_SCHEMA + " CASCADE");
        }
    }

    private static String script(Rush rush) {
        List<Instant> others = rush.slots().stream().filter(slot -> !slot.equals(rush.slots().get(rush.peakSlot()))).toList();
        String slot = "(CASE WHEN :r < %d THEN timestamptz '%s' ELSE (ARRAY[%s])[:r %% %d + 1] END)".formatted(rush.peakPercent(),
                rush.slots().get(rush.peakSlot()), others.stream().map(s -> "timestamptz '" + s + "'").collect(Collectors.joining(",")),
                others.size());
        return """
                \\set r random(0, 99)
                SELECT c.id AS class, c.institution_number AS school, c.grade AS class_grade, t.grade AS test_grade, (SELECT string_agg(p.pseudonym, ',' ORDER BY p.pseudonym) FROM pupil p WHERE p.class_id = c.id) AS pupils FROM school_class c LEFT JOIN national_test t ON t.code = '%2$s' WHERE c.id = (SELECT %1$d - 1 + nextval('%3$s.next_class')) \\gset
                WITH sitting AS (SELECT p.pseudonym AS pupil, (SELECT n FROM generate_series(1, %7$d + (SELECT count(*)::int FROM illness i WHERE i.pupil = p.pseudonym AND i.test_code = '%2$s' AND i.registered_on >= date '%8$s' AND i.registered_on < date '%9$s')) n WHERE NOT EXISTS (SELECT 1 FROM %3$s.booked_sitting s WHERE s.pupil = p.pseudonym AND s.test_code = '%2$s' AND s.term_starts_on = date '%8$s' AND s.sitting = n) ORDER BY n OFFSET (SELECT count(*) FROM test_session t WHERE t.pupil = p.pseudonym AND t.test_code = '%2$s' AND t.booking_id IS NULL AND t.state <> 'ABORTED' AND t.started_at >= date '%8$s' AND t.started_at < date '%9$s') LIMIT 1) AS n FROM pupil p WHERE p.class_id = :class), reserved AS (INSERT INTO %3$s.slot_usage AS u (slot_start, booked) SELECT %4$s, %5$d WHERE %5$d <= %6$d AND (SELECT version FROM capacity_model WHERE id = 1) = (SELECT version FROM capacity_model WHERE id = 1) AND NOT EXISTS (SELECT 1 FROM sitting WHERE n IS NULL) ON CONFLICT (slot_start) DO UPDATE SET booked = u.booked + excluded.booked WHERE u.booked + u.best_effort + excluded.booked <= %6$d RETURNING slot_start), recorded AS (INSERT INTO %3$s.booking (institution_number, test_code, class_id, slot_start, seats, pupils, state, created_at, created_by, version) SELECT c.institution_number, '%2$s', c.id, reserved.slot_start, %5$d, '', 'ACTIVE', now(), 'pgbench', 0 FROM reserved, school_class c WHERE c.id = :class RETURNING id), held AS (INSERT INTO %3$s.booked_sitting (booking_id, pupil, test_code, term_starts_on, sitting) SELECT recorded.id, sitting.pupil, '%2$s', date '%8$s', sitting.n FROM recorded, sitting) SELECT (SELECT id FROM recorded), (SELECT booked + best_effort FROM %3$s.slot_usage WHERE slot_start = %4$s), (SELECT version FROM capacity_model WHERE id = 1), (SELECT string_agg(pupil, ',' ORDER BY pupil) FROM sitting WHERE n IS NULL);
                """.formatted(rush.firstClass(), rush.test(), SCRATCH_SCHEMA, slot, rush.seats(), rush.capacity(), rush.term().sittings(),
                rush.term().startsOn(), rush.term().until());
    }
}
