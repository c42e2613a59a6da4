package dk.servicelevel.benchmarks;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import dk.servicelevel.load.TransactionLog.Summary;

/**
 * A test day on the local platform, {@code ./platform load}: running sessions written into booking-service's table
 * (three in four booked), then the generator with every scenario at a capacity step times a multiple.
 *
 * <pre>LocalTestDay STEP MULTIPLE SECONDS BOOKING_URL SLA_URL REPORT_URL JDBC_URL KEY_DIR ISSUER</pre>
 */
public final class LocalTestDay {

    private static final int SESSIONS = 400;
    /** Three sessions in four booked. */
    private static final double BOOKED_SHARE = 0.75;

    private LocalTestDay() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of("target", "load", LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Path sessions = RunningSessions.write(RunningSessions.start(args[6], SESSIONS, BOOKED_SHARE), output.resolve("sessions.csv"));
        LoadRun load = new LoadRun(output, Map.of("booking-url", args[3], "sla-url", args[4], "report-url", args[5],
                "key-directory", args[7], "issuer", args[8]), true);
        Summary summary = load.run("test-day", Map.of("step", args[0], "multiple", args[1], "duration-seconds", args[2],
                "sessions-file", sessions.toAbsolutePath().toString()));
        System.out.println();
        System.out.println("Summary and Gatling's report: " + output.toAbsolutePath());
        System.exit(summary.requests() > 0 ? 0 : 1);
    }
}
