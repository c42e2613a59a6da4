package dk.servicelevel.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one run of the generator does, read from {@code load.*} system properties. A run is bounded in time and in
 * requests, and sends only to loopback addresses or to hosts named in {@code load.allowed-hosts}.
 */
public record LoadSettings(
        String step,
        double multiple,
        Duration duration,
        Duration warmUp,
        long maxRequests,
        Set<Scenario> scenarios,
        URI bookingUrl,
        URI slaUrl,
        URI reportUrl,
        Optional<Path> keyDirectory,
        String issuer,
        Optional<String> token,
        Optional<Path> sessionsFile,
        int concurrentUsers,
        int maxInFlight,
        Duration rushSpread,
        Optional<LocalDate> rushDate,
        String test,
        int classSize,
        double reportsPerMinute,
        YearMonth reportMonth,
        String system,
        String ingestionSystem,
        Optional<Path> summaryFile) {

    /** The parts of a test day the generator plays. */
    public enum Scenario {
        BOOKING_RUSH("booking-rush"),
        TEST_SESSIONS("test-sessions"),
        MEASUREMENTS("measurements"),
        REPORTS("reports");

        private final String label;

        Scenario(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Scenario of(String label) {
            return Arrays.stream(values()).filter(s -> s.label.equals(label.trim())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("load.scenarios: unknown scenario '" + label.trim()
                            + "'; the scenarios are " + Arrays.stream(values()).map(Scenario::label).toList()));
        }
    }

    static final Duration LONGEST_RUN = Duration.ofHours(2);
    static final double HIGHEST_MULTIPLE = 64;

    public LoadSettings {
        if (!(multiple > 0 && multiple <= HIGHEST_MULTIPLE)) {
            throw new IllegalArgumentException("load.multiple must be above 0 and at most " + HIGHEST_MULTIPLE + ", was " + multiple);
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST_RUN) > 0) {
            throw new IllegalArgumentException("load.duration must be between 1 s and " + LONGEST_RUN.toMinutes() + " min, was " + duration);
        }
        if (warmUp.isNegative() || warmUp.compareTo(duration) > 0) {
            throw new IllegalArgumentException("load.warm-up-seconds must be between 0 and load.duration-seconds, was " + warmUp.toSeconds());
        }
        if (maxRequests < 1) {
            throw new IllegalArgumentException("load.max-requests must be at least 1, was " + maxRequests);
        }
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("load.scenarios names no scenario");
        }
        if (keyDirectory.isEmpty() && token.isEmpty()) {
            throw new IllegalArgumentException("load.token (a bearer token) or load.key-directory (the local platform's keys) is needed");
        }
        if (scenarios.contains(Scenario.TEST_SESSIONS) && sessionsFile.isEmpty()) {
            throw new IllegalArgumentException("load.sessions-file is needed for the test-sessions scenario: "
                    + "a CSV of running sessions (id,userClass)");
        }
        if (classSize < 1 || concurrentUsers < 0 || maxInFlight < 1) {
            throw new IllegalArgumentException("load.class-size and load.max-in-flight must be at least 1, load.concurrent-users at least 0");
        }
    }

    /** Reads the settings; the targets must be loopback addresses or hosts in {@code load.allowed-hosts}. */
    public static LoadSettings from(Properties properties) {
        Reader read = new Reader(properties);
        LoadSettings settings = new LoadSettings(
                read.text("step", "scaling-2"),
                read.decimal("multiple", 1),
                Duration.ofSeconds(read.whole("duration-seconds", 60)),
                Duration.ofSeconds(read.whole("warm-up-seconds", 0)),
                read.whole("max-requests", 2_000_000),
                read.optional("scenarios").map(LoadSettings::scenarios).orElse(EnumSet.allOf(Scenario.class)),
                URI.create(read.text("booking-url", "http://localhost:8083")),
                URI.create(read.text("sla-url", "http://localhost:8082")),
                URI.create(read.text("report-url", "http://localhost:8084")),
                read.optional("key-directory").map(Path::of),
                read.text("issuer", "https://servicelevel.local/issuer"),
                read.optional("token"),
                read.optional("sessions-file").map(Path::of),
                (int) read.whole("concurrent-users", 0),
                (int) read.whole("max-in-flight", 8000),
                Duration.ofSeconds(read.whole("rush-spread-seconds", 10)),
                read.parsed("rush-date", LocalDate::parse),
                read.text("test", "DANISH-READING-4"),
                (int) read.whole("class-size", 24),
                read.decimal("reports-per-minute", 6),
                read.parsed("report-month", YearMonth::parse).orElse(YearMonth.now().minusMonths(1)),
                read.text("system", "NT"),
                read.text("ingestion-system", "LOADTEST"),
                read.optional("summary-file").map(Path::of));
        settings.checkTargets(read.optional("allowed-hosts").map(LoadSettings::hosts).orElse(Set.of()));
        return settings;
    }

    private static Set<Scenario> scenarios(String labels) {
        return Arrays.stream(labels.split(",")).filter(label -> !label.isBlank()).map(Scenario::of)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scenario.class)));
    }

    private static Set<String> hosts(String list) {
        return Arrays.stream(list.split(",")).map(host -> host.trim().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty()).collect(Collectors.toSet());
    }

    /** Refuses a target that is neither a loopback address nor an allowed host: the generator never loads a stranger. */
    void checkTargets(Set<String> allowedHosts) {
        List<String> refused = new ArrayList<>();
        for (URI target : List.of(bookingUrl, slaUrl, reportUrl)) {
            String host = target.getHost();
            if (host == null || !(allowedHosts.contains(host.toLowerCase(Locale.ROOT)) || isLoopback(host))) {
                refused.add(target.toString());
            }
        }
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException("The generator sends only to loopback addresses or hosts in load.allowed-hosts; refused: " + refused);
        }
    }

    private static boolean isLoopback(String host) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            return Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Reads {@code load.NAME} properties. */
    private record Reader(Properties properties) {

        String text(String name, String fallback) {
            return optional(name).orElse(fallback);
        }

        long whole(String name, long fallback) {
            return parsed(name, Long::parseLong).orElse(fallback);
        }

        double decimal(String name, double fallback) {
            return parsed(name, Double::parseDouble).orElse(fallback);
        }

        <T> Optional<T> parsed(String name, Function<String, T> parse) {
            return optional(name).map(value -> {
                try {
                    return parse.apply(value);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("load." + name + ": '" + value + "' is not valid (" + e.getMessage() + ")");
                }
            });
        }

        Optional<String> optional(String name) {
            return Optional.ofNullable(properties.getProperty("load." + name)).map(String::trim).filter(value -> !value.isEmpty());
        }
    }
}
