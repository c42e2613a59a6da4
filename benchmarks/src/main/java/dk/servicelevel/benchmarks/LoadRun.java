package dk.servicelevel.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.servicelevel.load.TransactionLog.Summary;

/**
 * One run of the transaction generator (load-generator's Gatling simulation) in its own JVM, as an operator runs
 * it; answers the run's summary. Its console output and Gatling's report go under the output directory.
 */
final class LoadRun {

    private static final String SIMULATION = "dk.servicelevel.load.TestDaySimulation";
    private static final Duration LONGEST = Duration.ofMinutes(10);
    /**
     * Gatling's actor system waits on one of its threads for work done on another: pinned to a single CPU, where the
     * JVM would start one, it would wait for itself; it gets two threads on that CPU instead.
     */
    private static final int LEAST_PROCESSORS = 2;
    /**
     * The generator's JVM lives for one short run: compiling Gatling's code with C2 took half of its CPU (profiled),
     * so it compiles with C1 only and collects with the parallel collector in a heap of its own size.
     */
    private static final List<String> GENERATOR_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xms1g", "-Xmx1g");
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path output;
    private final Map<String, String> common;
    private final boolean onConsole;
    private int runs;
    private long measurementsSent;

    /**
     * @param common the settings of every run: the targets and the keys
     * @param onConsole whether Gatling's console goes to this console or to a log file beside the report
     */
    LoadRun(Path output, Map<String, String> common, boolean onConsole) {
        this.output = output;
        this.common = common;
        this.onConsole = onConsole;
    }

    Summary run(String name, Map<String, String> settings) throws IOException, InterruptedException {
        Files.createDirectories(output);
        String label = String.format("%02d-%s", ++runs, name);
        Path summary = output.resolve(label + ".json");
        Path log = output.resolve(label + ".log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:ActiveProcessorCount=" + Math.max(LEAST_PROCESSORS, Runtime.getRuntime().availableProcessors())));
        command.addAll(GENERATOR_JVM);
        command.addAll(List.of("--add-opens=java.base/java.lang=ALL-UNNAMED", "-cp", System.getProperty("java.class.path")));
        common.forEach((key, value) -> command.add("-Dload." + key + "=" + value));
        settings.forEach((key, value) -> command.add("-Dload." + key + "=" + value));
        command.add("-Dload.summary-file=" + summary);
        command.addAll(List.of("io.gatling.app.Gatling", "-s", SIMULATION, "-rf", output.resolve("reports").toString(), "-rd", label));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Process process = (onConsole ? builder.inheritIO() : builder.redirectOutput(log.toFile())).start();
        if (!process.waitFor(LONGEST.toMinutes(), TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("The load run " + label + " did not end in " + LONGEST.toMinutes() + " min; see " + log);
        }
        if (process.exitValue() != 0 || !Files.exists(summary)) {
            throw new IllegalStateException("The load run " + label + " failed (exit " + process.exitValue() + "); see " + log);
        }
        Summary finished = JSON.readValue(summary.toFile(), Summary.class);
        measurementsSent += finished.measurementsSent();
        return finished;
    }

    /** The measurements every run so far handed to sla-service at interface D. */
    long measurementsSent() {
        return measurementsSent;
    }
}
