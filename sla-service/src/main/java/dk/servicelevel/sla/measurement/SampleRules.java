package dk.servicelevel.sla.measurement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dk.servicelevel.rules.Violation;

/** What a batch of samples must be; checked by hand, as bean validation of each of 10,000 samples costs too much. */
public final class SampleRules {

    private static final Pattern SYSTEM_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");
    private static final int MAX_OPERATION_LENGTH = 100;
    private static final int MAX_VIOLATIONS = 20;

    private SampleRules() {
    }

    /** The first violations of the batch, each naming its sample; empty when the batch may be counted. */
    public static List<Violation> violations(MeasurementBatch batch, int maxBatchSize, Instant latestAllowed) {
        List<Violation> violations = new ArrayList<>();
        List<Sample> samples = batch.samples();
        if (samples.isEmpty()) {
            violations.add(new Violation("samples", "must hold at least one sample"));
        } else if (samples.size() > maxBatchSize) {
            violations.add(new Violation("samples", "may hold at most " + maxBatchSize + " samples"));
        }
        Set<String> systemCodes = new HashSet<>();
        for (int i = 0; i < samples.size() && violations.size() < MAX_VIOLATIONS && samples.size() <= maxBatchSize; i++) {
            check(samples.get(i), i, latestAllowed, systemCodes, violations);
        }
        return violations;
    }

    /** Checks one sample; {@code systemCodes} holds the codes found good so far, as a batch names few systems. */
    private static void check(Sample sample, int index, Instant latestAllowed, Set<String> systemCodes, List<Violation> violations) {
        if (sample == null) {
            violations.add(new Violation("samples[" + index + "]", "must not be null"));
            return;
        }
        int before = violations.size();
        checkFields(sample, latestAllowed, systemCodes, violations);
        for (int i = before; i < violations.size(); i++) {
            Violation field = violations.get(i);
            violations.set(i, new Violation("samples[" + index + "]." + field.field(), field.message()));
        }
    }

    private static void checkFields(Sample sample, Instant latestAllowed, Set<String> systemCodes, List<Violation> violations) {
        if (!systemCodes.contains(sample.system())) {
            if (sample.system() == null || !SYSTEM_CODE.matcher(sample.system()).matches()) {
                violations.add(new Violation("system", "must be a system code: 2 to 20 upper-case letters, digits or hyphens"));
            } else {
                systemCodes.add(sample.system());
            }
        }
        if (sample.measuredAt() == null) {
            violations.add(new Violation("interface", "must be A, B, C or D"));
        }
        if (sample.operation() == null || sample.operation().isBlank() || sample.operation().length() > MAX_OPERATION_LENGTH) {
            violations.add(new Violation("operation", "must be a name of 1 to " + MAX_OPERATION_LENGTH + " characters"));
        }
        if (sample.userClass() == null) {
            violations.add(new Violation("userClass", "must be GUARANTEED or BEST_EFFORT"));
        }
        if (sample.at() == null) {
            violations.add(new Violation("at", "must be the instant the operation started"));
        } else if (sample.at().isAfter(latestAllowed)) {
            violations.add(new Violation("at", "must not be in the future"));
        }
        if (sample.durationMs() == null || sample.durationMs() < 0) {
            violations.add(new Violation("durationMs", "must be zero or more milliseconds"));
        }
        if (sample.ok() == null) {
            violations.add(new Violation("ok", "must say whether the operation succeeded"));
        }
    }
}
