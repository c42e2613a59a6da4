package dk.servicelevel.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a service's CPU time went, from a JFR recording: each execution sample is put in the area of the first frame,
 * from the top of its stack, whose class belongs to a known area, so that time spent in the JDK counts for whoever
 * called it.
 */
final class ProfileSummary {

    private static final Map<String, String> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("dk.servicelevel.", "the service's own code");
        AREAS.put("io.smallrye.jwt.", "token verification");
        AREAS.put("org.jose4j.", "token verification");
        AREAS.put("io.vertx.pgclient.", "PostgreSQL client");
        AREAS.put("io.vertx.sqlclient.", "PostgreSQL client");
        AREAS.put("org.hibernate.", "Hibernate");
        AREAS.put("com.fasterxml.jackson.", "JSON");
        AREAS.put("org.jboss.resteasy.", "RESTEasy");
        AREAS.put("io.quarkus.resteasy.", "RESTEasy");
        AREAS.put("io.quarkus.security.", "security");
        AREAS.put("io.quarkus.vertx.http.", "Quarkus HTTP");
        AREAS.put("io.micrometer.", "metrics");
        AREAS.put("io.quarkus.micrometer.", "metrics");
        AREAS.put("com.netflix.concurrency.", "admission control");
        AREAS.put("io.smallrye.context.", "context propagation");
        AREAS.put("io.smallrye.mutiny.", "Mutiny");
        AREAS.put("io.vertx.", "Vert.x");
        AREAS.put("io.netty.", "Netty");
        AREAS.put("io.quarkus.", "Quarkus");
    }

    private ProfileSummary() {
    }

    /** The areas with their share of the execution samples, largest first. */
    static Map<String, Double> of(Path recording) throws IOException {
        List<RecordedEvent> samples = RecordingFile.readAllEvents(recording).stream()
                .filter(event -> event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null)
                .toList();
        Map<String, Long> counts = samples.stream().collect(Collectors.groupingBy(ProfileSummary::area, TreeMap::new, Collectors.counting()));
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long> comparingByValue().reversed())
                .forEach(entry -> shares.put(entry.getKey(), (double) entry.getValue() / samples.size()));
        return shares;
    }

    private static String area(RecordedEvent sample) {
        for (RecordedFrame frame : sample.getStackTrace().getFrames()) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> area : AREAS.entrySet()) {
                if (type.startsWith(area.getKey())) {
                    return area.getValue();
                }
            }
        }
        return "the JDK alone (GC, JIT, I/O)";
    }
}
