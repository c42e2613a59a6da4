package dk.servicelevel.report.source;

import java.util.List;

import dk.servicelevel.report.ReportMonth;
import io.smallrye.mutiny.Uni;

/** The SLAs in force for the whole of a month and the incidents the vendor knew of in it: what the monthly reports start from. */
public record MonthRecords(List<SlaRecord> slas, List<IncidentRecord> incidents) {

    public static Uni<MonthRecords> read(SlaFigures slaFigures, IncidentRecords incidentRecords, ReportMonth month) {
        return Uni.combine().all().unis(slaFigures.slas(), incidentRecords.incidents(month.start(), month.end()))
                .with((all, incidents) -> new MonthRecords(all.stream()
                        .filter(sla -> !sla.inForceFrom().isAfter(month.start())).toList(), incidents));
    }

    /** The systems with an SLA in force, in order. */
    public List<String> systems() {
        return slas.stream().map(SlaRecord::systemCode).distinct().toList();
    }

    public List<SlaRecord> slasOf(String system) {
        return slas.stream().filter(sla -> sla.systemCode().equals(system)).toList();
    }
}
