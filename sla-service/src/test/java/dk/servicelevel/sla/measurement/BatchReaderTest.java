package dk.servicelevel.sla.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class BatchReaderTest {

    private static final ObjectMapper DATA_BINDING = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final BatchReader READER = new BatchReader(DATA_BINDING.getFactory());

    @Test
    void readsTheSameSamplesDataBindingDoesInEveryFormItAccepts() throws IOException {
        String body = """
                {"note": {"ignored": [1, 2]}, "samples": [
                  {"system": "NT", "interface": "A", "operation": "answer-question", "userClass": "GUARANTEED",
                   "at": "2026-11-02T07:00:00Z", "durationMs": 412, "ok": true, "probe": "p7"},
                  {"system": "NT", "interface": "D", "operation": "show-page", "userClass": "BEST_EFFORT",
                   "at": "2026-03-29T01:59:59.5Z", "durationMs": 0, "ok": false},
                  {"system": "NT", "interface": "B", "operation": "x", "userClass": "GUARANTEED",
                   "at": "2026-10-25T02:30:00.123456789+02:00", "durationMs": 3000, "ok": true},
                  {"system": "NT", "interface": "C", "operation": "x", "userClass": "GUARANTEED", "at": 1793000000, "durationMs": 1, "ok": true},
                  {"system": "NT", "interface": "C", "operation": "x", "userClass": "GUARANTEED", "at": 1793000000.25, "durationMs": 1, "ok": true},
                  {"system": null, "at": null, "durationMs": null, "ok": null},
                  null
                ]}""";

        assertThat(READER.read(bytes(body))).isEqualTo(DATA_BINDING.readValue(body, MeasurementBatch.class));
        assertThat(READER.read(bytes("{}")).samples()).isEmpty();
    }

    @Test
    void readsInstantsAsJavaTimeDoes() {
        SplittableRandom random = new SplittableRandom(2026);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
            String text = instant.toString();
            assertThat(BatchReader.instant(text)).as(text).isEqualTo(DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from));
        }
        assertThat(BatchReader.instant("2026-11-02T07:00:00.1Z")).isEqualTo(Instant.parse("2026-11-02T07:00:00.100Z"));
    }

    @Test
    void refusesWhatDataBindingRefusedNamingTheField() {
        assertRefused("{\"samples\": [{\"interface\": \"E\"}]}", "samples[0].interface");
        assertRefused("{\"samples\": [{}, {\"durationMs\": \"slow\"}]}", "samples[1].durationMs");
        assertRefused("{\"samples\": [{\"durationMs\": 1.5}]}", "samples[0].durationMs");
        assertRefused("{\"samples\": [{\"at\": \"yesterday\"}]}", "samples[0].at");
        assertRefused("{\"samples\": [{\"at\": \"2026-02-30T07:00:00Z\"}]}", "samples[0].at");
        assertRefused("{\"samples\": [{\"at\": \"2026-11-02T24:00:00Z\"}]}", "samples[0].at");
        assertRefused("{\"samples\": [{\"ok\": \"yes\"}]}", "samples[0].ok");
        assertRefused("{\"samples\": [{\"system\": [\"NT\"]}]}", "samples[0].system");
        assertRefused("{\"samples\": [7]}", "samples[0]");
        assertRefused("{\"samples\": {}}", "samples");
        assertThatThrownBy(() -> READER.read(bytes("[]"))).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> READER.read(bytes(""))).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> READER.read(bytes("{\"samples\": [{\"system\": \"NT\"")))
                .isInstanceOf(JsonProcessingException.class);
    }

    private static void assertRefused(String body, String field) {
        assertThatThrownBy(() -> READER.read(bytes(body))).isInstanceOfSatisfying(JsonMappingException.class,
                e -> assertThat(e.getPath()).extracting(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .containsExactly(field.replace("[", ".[").replace("].", "].").split("\\.")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
