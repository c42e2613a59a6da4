package dk.servicelevel.report.statuspage;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dk.servicelevel.report.ReportMonth;
import dk.servicelevel.report.source.SlaRecord;
import dk.servicelevel.report.source.SystemRecord;

/** The systems and SLAs the status page shows, as sla-service had them when read. */
record StatusCatalogue(List<SystemRecord> systems, List<SlaRecord> slas, Instant readAt) {

    /** The systems with an SLA in force for some of the month, in the order of their names. */
    List<SystemRecord> systemsIn(ReportMonth month) {
        return systems.stream().filter(system -> !slasOf(system.code(), month).isEmpty()).toList();
    }

    /** The system's SLAs in force for some of the month. */
    List<SlaRecord> slasOf(String systemCode, ReportMonth month) {
        return slas.stream().filter(sla -> sla.systemCode().equals(systemCode) && sla.inForceFrom().isBefore(month.end()))
                .toList();
    }

    Set<String> slaIds() {
        return slas.stream().map(SlaRecord::id).collect(Collectors.toSet());
    }

    SystemRecord system(String code) {
        return systems.stream().filter(system -> system.code().equals(code)).findFirst().orElse(null);
    }
}
