package dk.servicelevel.report.source;

import java.util.Arrays;
import java.util.Collection;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The records a report was made from, each with its version: SLA definition versions applied, incidents, service
 * windows and changes with their optimistic-lock versions. Filed with the report, so a later edit can be seen.
 */
public final class SourceVersions {

    private final ConcurrentSkipListMap<String, String> versions = new ConcurrentSkipListMap<>();

    /** The definition versions an evaluation applied, added to those of the SLA's other evaluations. */
    public void sla(SlaAvailability availability) {
        String applied = availability.versions().stream().map(v -> String.valueOf(v.version()))
                .collect(Collectors.joining(","));
        versions.merge("sla/" + availability.slaId(), applied, SourceVersions::union);
    }

    private static String union(String some, String others) {
        return Stream.concat(Arrays.stream(some.split(",")), Arrays.stream(others.split(",")))
                .mapToInt(Integer::parseInt).distinct().sorted().mapToObj(String::valueOf)
                .collect(Collectors.joining(","));
    }

    public void incidents(Collection<IncidentRecord> incidents) {
        incidents.forEach(i -> versions.put("incident/" + i.id(), String.valueOf(i.version())));
    }

    public void serviceWindows(Collection<ServiceWindowRecord> windows) {
        windows.forEach(w -> versions.put("service-window/" + w.id(), String.valueOf(w.version())));
    }

    public void changes(Collection<ChangeRecord> changes) {
        changes.forEach(c -> versions.put("change/" + c.id(), String.valueOf(c.version())));
    }

    public SortedMap<String, String> asMap() {
        return new TreeMap<>(versions);
    }
}
