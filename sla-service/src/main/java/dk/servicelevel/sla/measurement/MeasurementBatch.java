package dk.servicelevel.sla.measurement;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A batch of measured operations")
public record MeasurementBatch(List<Sample> samples) {

    public List<Sample> samples() {
        return samples == null ? List.of() : samples;
    }
}
