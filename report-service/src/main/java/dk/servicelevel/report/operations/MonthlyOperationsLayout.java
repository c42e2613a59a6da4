package dk.servicelevel.report.operations;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dk.servicelevel.report.operations.MonthlyOperationsReport.LayerOperations;
import dk.servicelevel.report.operations.MonthlyOperationsReport.SystemOperations;
import dk.servicelevel.report.operations.MonthlyOperationsReport.WindowFigures;
import dk.servicelevel.report.rendering.Notation;
import dk.servicelevel.report.rendering.ReportLayout;
import dk.servicelevel.report.rendering.ReportLayout.Cell;
import dk.servicelevel.report.rendering.ReportLayout.Section;
import dk.servicelevel.report.rendering.ReportLayout.Table;

/** The monthly operations report laid out for the contract manager: an overview, then one section per system. */
final class MonthlyOperationsLayout {

    private MonthlyOperationsLayout() {
    }

    static ReportLayout of(MonthlyOperationsReport report) {
        List<Section> sections = new ArrayList<>();
        sections.add(overview(report));
        report.systems().forEach(system -> sections.add(system(system, report.zone())));
        return new ReportLayout("Monthly operations report", report.month() + " (" + report.zone() + "), generated "
                + Notation.time(report.generatedAt(), report.zone()), sections);
    }

    private static Section overview(MonthlyOperationsReport report) {
        List<List<Cell>> rows = new ArrayList<>();
        for (SystemOperations system : report.systems()) {
            for (LayerOperations layer : system.layers()) {
                rows.add(List.of(Cell.of(system.systemCode()), Cell.of(layer.layer()),
                        Cell.marked(layer.status(), !"GREEN".equals(layer.status())),
                        Cell.marked(layer.targetsMet() ? "yes" : "no", !layer.targetsMet()),
                        Cell.of(Notation.percent(layer.combined().targetPercent())),
                        Cell.marked(Notation.percent(layer.combined().availabilityPercent()), !layer.combined().met()),
                        Cell.of(system.transactions())));
            }
        }
        return Section.of("Overall status", List.of("Status is the worst colour of the month's production incidents: "
                + "RED: unavailable because of a fault; YELLOW: available with missing functionality."),
                List.of(new Table(null, List.of("System", "Layer", "Status", "Targets met", "Combined target",
                        "Combined availability", "Transactions"), rows)));
    }

    private static Section system(SystemOperations system, ZoneId zone) {
        List<Table> tables = new ArrayList<>();
        tables.add(availability(system));
        tables.add(new Table("Outages (unplanned downtime)", List.of("Incident", "Layer", "Category", "Colour", "Start", "End", "Hours"),
                system.layers().stream().flatMap(layer -> layer.outages().stream().map(o -> Cell.row(o.incidentId(),
                        layer.layer(), o.category(), o.colour(), Notation.time(o.start(), zone), Notation.time(o.end(), zone),
                        o.hours()))).toList()));
        tables.add(new Table("Service windows (planned downtime)", List.of("Id", "Start", "End", "Hours", "Purpose"),
                system.serviceWindows().stream().map(w -> Cell.row(w.id(), Notation.time(w.start(), zone),
                        Notation.time(w.end(), zone), w.hours(), w.purpose())).toList()));
        tables.add(new Table("Response times", List.of("Interface", "Class", "Operations", "Errors", "Within threshold",
                "p50 ms", "p95 ms", "p99 ms"), system.responseTimes().byInterfaceAndClass().stream().map(f -> Cell.row(
                        f.measuredAt(), f.userClass(), f.operations(), f.errors(), Notation.percent(f.shareWithinThresholdPercent()),
                        f.p50Ms(), f.p95Ms(), f.p99Ms())).toList()));
        tables.add(new Table("Faults and deviations", List.of("Incident", "Layer", "Environment", "Category", "Colour",
                "Known", "Reaction (min)", "Restored", "Cause", "Fix", "Fault log"), system.layers().stream()
                        .flatMap(layer -> layer.faults().stream().map(f -> Cell.row(f.incidentId(), layer.layer(),
                                f.environment(), f.category(), f.colour(), Notation.time(f.knownAt(), zone),
                                Notation.orDash(f.reactionMinutes()), Notation.time(f.restoredAt(), zone),
                                Notation.orDash(f.cause()), Notation.orDash(f.fix()), f.faultLogReference())))
                        .toList()));
        tables.add(new Table("Capacity use: school days booked close to capacity", List.of("Date", "Busiest slot",
                "Booked", "Capacity", "Share"), system.capacityWarnings().stream().map(w -> Cell.row(w.date(),
                        Notation.time(w.busiestSlot(), zone), w.booked(), w.capacity(), w.share())).toList()));
        return new Section(system.systemCode(), List.of("Transactions (measured operations): " + system.transactions() + "."),
                List.of(), tables);
    }

    private static Table availability(SystemOperations system) {
        List<List<Cell>> rows = new ArrayList<>();
        for (LayerOperations layer : system.layers()) {
            layer.windows().forEach(w -> rows.add(windowRow(layer.layer(), w)));
            rows.add(windowRow(layer.layer(), layer.combined()));
        }
        return new Table("Availability per window", List.of("Layer", "Window", "Target", "Achieved", "Hours agreed",
                "Hours available", "Downtime (min)", "Service windows (min)", "Budget left (min)"), rows);
    }

    private static List<Cell> windowRow(String layer, WindowFigures w) {
        return List.of(Cell.of(layer), Cell.of(w.name()), Cell.of(Notation.percent(w.targetPercent())),
                Cell.marked(Notation.percent(w.availabilityPercent()), !w.met()), Cell.of(w.hoursAgreed()),
                Cell.of(w.hoursAvailable()), Cell.of(w.downtimeMinutes()), Cell.of(w.serviceWindowMinutes()),
                Cell.marked(w.budgetRemainingMinutes(), w.budgetRemainingMinutes().signum() < 0));
    }
}
