package dk.servicelevel.sla.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dk.servicelevel.sla.definition.SlaCatalogue.VersionedSla;
import dk.servicelevel.sla.definition.SlaDefinition;
import dk.servicelevel.sla.timeline.Interval;

/** The versions of an SLA's definition in the order they came into force. */
public record VersionHistory(List<DefinitionVersion> versions) {

    /** A version and the part of a period it was in force. */
    public record Segment(DefinitionVersion version, Interval span) {
    }

    public VersionHistory {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("An SLA has at least one version");
        }
        versions = versions.stream().sorted(Comparator.comparing(DefinitionVersion::validFrom)).toList();
    }

    /** The history of an SLA's stored versions. */
    public static VersionHistory of(VersionedSla sla) {
        return new VersionHistory(sla.versions().stream().map(v -> new DefinitionVersion(v.number, v.validFrom, v.definition)).toList());
    }

    /** The definition in force at an instant; before the first version, the first. */
    public SlaDefinition at(Instant instant) {
        DefinitionVersion inForce = versions.get(0);
        for (DefinitionVersion version : versions) {
            if (!version.validFrom().isAfter(instant)) {
                inForce = version;
            }
        }
        return inForce.definition();
    }

    /** The parts of the period each version was in force, earliest first; none for a period before the first version. */
    public List<Segment> segments(Interval period) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            Instant until = i + 1 < versions.size() ? versions.get(i + 1).validFrom() : Instant.MAX;
            Interval span = new Interval(versions.get(i).validFrom(), until).intersect(period);
            if (!span.isEmpty()) {
                segments.add(new Segment(versions.get(i), span));
            }
        }
        return segments;
    }
}
