package dk.servicelevel.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.servicelevel.sla.measurement.MeasuredInterface;
import dk.servicelevel.sla.measurement.MeasurementBatch;
import dk.servicelevel.sla.measurement.Sample;
import dk.servicelevel.sla.measurement.UserClass;

/** Batches of measured operations as a probe would send them: response times around 400 ms, a few slow, a few failed. */
final class Samples {

    static final List<String> OPERATIONS = List.of("show-page", "answer-question", "start-test", "finish-test");
    private static final double SLOW_SHARE = 0.02;
    private static final double FAILED_SHARE = 0.001;

    private final ObjectMapper json;
    private final SplittableRandom random = new SplittableRandom(20261122);

    Samples(ObjectMapper json) {
        this.json = json;
    }

    /** One batch of guaranteed operations at interface A, spread evenly over [from, from + span). */
    byte[] batch(String system, int size, Instant from, Duration span) {
        List<Sample> samples = new ArrayList<>(size);
        long stepMillis = Math.max(1, span.toMillis() / size);
        for (int i = 0; i < size; i++) {
            samples.add(new Sample(system, MeasuredInterface.A, OPERATIONS.get(i % OPERATIONS.size()), UserClass.GUARANTEED,
                    from.plusMillis(i * stepMillis), durationMs(), random.nextDouble() >= FAILED_SHARE));
        }
        try {
            return json.writeValueAsBytes(new MeasurementBatch(samples));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    long durationMs() {
        return random.nextDouble() < SLOW_SHARE ? 3_000 + random.nextInt(4_000) : 150 + random.nextInt(500);
    }
}
