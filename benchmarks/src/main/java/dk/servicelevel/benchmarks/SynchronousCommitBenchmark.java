package dk.servicelevel.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * What a synchronous standby costs a commit: a primary and a streaming standby (the same PostgreSQL as the local
 * platform's, on the platform's CPUs), and pgbench's TPC-B-like transactions against the primary, alternately with
 * {@code synchronous_commit=local} (acknowledged once on the primary's disk, as an asynchronous replica leaves it) and
 * {@code on} with the standby named in {@code synchronous_standby_names} (acknowledged once the standby has it, as the
 * chart's production clusters do with {@code ANY 1} of their two standbys; with one standby the two are the same).
 *
 * <pre>SynchronousCommitBenchmark WORK_DIRECTORY</pre> (with {@code PLATFORM_CPUS} in the environment, the CPUs the servers go on)
 */
public final class SynchronousCommitBenchmark {

    private static final String STANDBY = "standby";
    private static final int CLIENTS = 8;
    private static final int SECONDS = 15;
    private static final int REPEATS = 3;
    private static final Duration STANDBY_WITHIN = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final String HISTORY = "SELECT count(*) FROM pgbench_history";
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    record Run(double tps, double latencyMillis) {
    }

    private SynchronousCommitBenchmark() {
    }

    /**
     * A run's medians, and the transactions pgbench recorded on the primary and as the standby replayed them: the same
     * when the standby streamed all of it.
     */
    record Measured(Run alone, Run waited, long onPrimary, long onStandby) {
    }

    public static void main(String[] args) throws Exception {
        Measured measured = measure(Path.of(args[0]).toAbsolutePath(), System.getenv("PLATFORM_CPUS"), SECONDS, REPEATS);
        Run alone = measured.alone();
        Run waited = measured.waited();
        line(format("pgbench TPC-B-like, %d clients, %d s x %d: acknowledged by the primary alone (synchronous_commit=local)",
                CLIENTS, SECONDS, REPEATS), format("%,.0f tps, %.2f ms", alone.tps(), alone.latencyMillis()));
        line("  acknowledged once the standby has it (on, a synchronous standby)", format("%,.0f tps, %.2f ms", waited.tps(), waited.latencyMillis()));
        line("  a commit's latency, synchronous / primary alone (medians)", format("%.2f (+%.2f ms)",
                waited.latencyMillis() / alone.latencyMillis(), waited.latencyMillis() - alone.latencyMillis()));
        line("  transactions recorded on the primary / replayed by the standby", format("%,d / %,d", measured.onPrimary(), measured.onStandby()));
    }

    /**
     * Starts a primary and its standby in {@code work} (on {@code cpus} when given), and runs pgbench against the primary
     * {@code repeats} times each way for {@code seconds}.
     */
    static Measured measure(Path work, String cpus, int seconds, int repeats) throws Exception {
        Path primaryData = work.resolve("primary");
        Path standbyData = work.resolve(STANDBY);
        deleteRecursively(work);
        Files.createDirectories(work);
        // the standby's base: a copy of the primary's data directory taken while the primary is stopped
        primary(primaryData).close();
        copy(primaryData, standbyData);
        try (EmbeddedPostgres primary = primary(primaryData)) {
            pin(primaryData, cpus);
            Files.writeString(standbyData.resolve("standby.signal"), "");
            Files.writeString(standbyData.resolve("postgresql.auto.conf"), "primary_conninfo = 'host=localhost port=" + primary.getPort()
                    + " user=postgres application_name=" + STANDBY + "'\n", StandardOpenOption.APPEND);
            try (EmbeddedPostgres standby = EmbeddedPostgres.builder().setDataDirectory(standbyData).setCleanDataDirectory(false)
                    .setPGStartupWait(STANDBY_WITHIN).start()) {
                pin(standbyData, cpus);
                awaitQuorumStandby(primary);
                pgbench(primary, "local", "-i", "-s", "10", "-q");
                List<Run> local = new ArrayList<>();
                List<Run> synchronous = new ArrayList<>();
                for (int repeat = 0; repeat < repeats; repeat++) {
                    local.add(run(primary, "local", seconds));
                    synchronous.add(run(primary, "on", seconds));
                }
                long recorded = Long.parseLong(single(primary, HISTORY));
                return new Measured(median(local), median(synchronous), recorded, replayed(standby, recorded));
            }
        }
    }

    private static String single(EmbeddedPostgres server, String query) throws Exception {
        try (Connection session = server.getPostgresDatabase().getConnection(); Statement sql = session.createStatement();
                ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    /** The transactions the standby has replayed, once it has all {@code recorded} or {@link #STANDBY_WITHIN} passed. */
    private static long replayed(EmbeddedPostgres standby, long recorded) throws Exception {
        Instant until = Instant.now().plus(STANDBY_WITHIN);
        long replayed = Long.parseLong(single(standby, HISTORY));
        while (replayed < recorded && Instant.now().isBefore(until)) {
            Thread.sleep(POLL.toMillis());
            replayed = Long.parseLong(single(standby, HISTORY));
        }
        return replayed;
    }

    /** The previous run's servers, left after it for their logs. */
    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** The primary: replicating, its commits waiting for the standby where a session asks for it. */
    private static EmbeddedPostgres primary(Path data) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setServerConfig("wal_level", "replica")
                .setServerConfig("max_wal_senders", "4").setServerConfig("synchronous_standby_names", STANDBY).start();
    }

    /** The stopped primary's data directory without its lock files, into a directory not there yet. */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path relative = from.relativize(file);
                String name = relative.toString();
                if (name.equals("postmaster.pid") || name.startsWith("epg-lock")) {
                    continue;
                }
                // with their permissions: PostgreSQL starts only on a data directory its owner alone may enter
                Files.copy(file, to.resolve(relative), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static void awaitQuorumStandby(EmbeddedPostgres primary) throws Exception {
        Instant until = Instant.now().plus(STANDBY_WITHIN);
        try (Connection session = primary.getPostgresDatabase().getConnection(); Statement sql = session.createStatement()) {
            while (Instant.now().isBefore(until)) {
                try (ResultSet state = sql.executeQuery("SELECT sync_state FROM pg_stat_replication WHERE application_name = '" + STANDBY + "'")) {
                    if (state.next() && List.of("quorum", "sync").contains(state.getString(1))) {
                        return;
                    }
                }
                Thread.sleep(POLL.toMillis());
            }
        }
        throw new IllegalStateException("The standby did not stream from the primary within " + STANDBY_WITHIN);
    }

    /** Puts a PostgreSQL server (its postmaster, and so the backends it starts) on the platform's CPUs. */
    private static void pin(Path data, String cpus) throws Exception {
        if (cpus == null) {
            return;
        }
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        List<Long> processes = new ArrayList<>(List.of(postmaster));
        ProcessHandle.of(postmaster).ifPresent(handle -> handle.descendants().forEach(child -> processes.add(child.pid())));
        for (long pid : processes) {
            new ProcessBuilder("taskset", "-a", "-cp", cpus, String.valueOf(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        }
    }

    private static Run run(EmbeddedPostgres primary, String synchronousCommit, int seconds) throws Exception {
        String output = pgbench(primary, synchronousCommit, "-n", "-c", String.valueOf(CLIENTS), "-j", "2", "-T", String.valueOf(seconds));
        Matcher tps = TPS.matcher(output);
        Matcher latency = LATENCY.matcher(output);
        if (!tps.find() || !latency.find()) {
            throw new IllegalStateException("pgbench printed no figures: " + output);
        }
        return new Run(Double.parseDouble(tps.group(1)), Double.parseDouble(latency.group(1)));
    }

    private static String pgbench(EmbeddedPostgres primary, String synchronousCommit, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("pgbench", "-h", "localhost", "-p", String.valueOf(primary.getPort()), "-U", "postgres"));
        command.addAll(List.of(arguments));
        command.add("postgres");
        ProcessBuilder pgbench = new ProcessBuilder(command).redirectErrorStream(true);
        pgbench.environment().put("PGOPTIONS", "-c synchronous_commit=" + synchronousCommit);
        Process process = pgbench.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("pgbench failed: " + output);
        }
        return output;
    }

    private static Run median(List<Run> runs) {
        List<Run> byLatency = runs.stream().sorted((a, b) -> Double.compare(a.latencyMillis(), b.latencyMillis())).toList();
        return byLatency.get(byLatency.size() / 2);
    }

    private static void line(String what, String figure) {
        System.out.printf(Locale.ROOT, "%-75s %s%n", what, figure);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
