package dk.servicelevel.sla.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.servicelevel.rules.Violation;

class SampleRulesTest {

    private static final Instant NOW = Instant.parse("2026-10-14T08:20:00Z");
    private static final Sample GOOD = new Sample("NT", MeasuredInterface.B, "answer-question", UserClass.GUARANTEED,
            Instant.parse("2026-10-14T08:15:02.120Z"), 412L, true);

    @Test
    void aBatchOfGoodSamplesMayBeCounted() {
        assertThat(SampleRules.violations(new MeasurementBatch(List.of(GOOD, GOOD)), 10, NOW)).isEmpty();
    }

    @Test
    void eachBrokenFieldIsNamedWithItsSample() {
        Sample broken = new Sample("nt", null, " ", null, NOW.plusSeconds(60), -1L, null);

        List<Violation> violations = SampleRules.violations(new MeasurementBatch(List.of(GOOD, broken)), 10, NOW);

        assertThat(violations).extracting(Violation::field).containsExactly("samples[1].system", "samples[1].interface",
                "samples[1].operation", "samples[1].userClass", "samples[1].at", "samples[1].durationMs", "samples[1].ok");
        assertThat(violations).filteredOn(v -> v.field().endsWith(".at")).extracting(Violation::message)
                .containsExactly("must not be in the future");
    }

    @Test
    void anEmptyOrOversizedBatchIsRefusedWhole() {
        assertThat(SampleRules.violations(new MeasurementBatch(null), 10, NOW)).extracting(Violation::message)
                .containsExactly("must hold at least one sample");
        assertThat(SampleRules.violations(new MeasurementBatch(Collections.nCopies(11, GOOD)), 10, NOW))
                .extracting(Violation::message).containsExactly("may hold at most 10 samples");
    }

    @Test
    void aBatchFullOfBrokenSamplesNamesTheFirstTwenty() {
        List<Sample> samples = new ArrayList<>(Collections.nCopies(50, new Sample("NT", MeasuredInterface.A, "login",
                UserClass.BEST_EFFORT, NOW, 10L, null)));

        assertThat(SampleRules.violations(new MeasurementBatch(samples), 100, NOW)).hasSize(20)
                .first().extracting(Violation::field).isEqualTo("samples[0].ok");
    }
}
