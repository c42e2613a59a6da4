package dk.servicelevel.report.operations;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dk.servicelevel.report.operations.MonthlyOperationsReport.LayerOperations;
import dk.servicelevel.report.operations.MonthlyOperationsReport.SystemOperations;
import dk.servicelevel.report.operations.MonthlyOperationsReport.WindowFigures;
import dk.servicelevel.report.rendering.Notation;
import dk.servicelevel.report.rendering.ReportLayout;
import dk.servicelevel.report.rendering.ReportLayout.Cell;
import dk.servicelevel.report.rendering.ReportLayout.Chart;
import dk.servicelevel.report.rendering.ReportLayout.Section;
import dk.servicelevel.report.rendering.ReportLayout.Series;
import dk.servicelevel.report.rendering.ReportLayout.Table;
import dk.servicelevel.report.rendering.ReportTexts;
import dk.servicelevel.report.rendering.ReportWording;
import dk.servicelevel.report.status.AvailabilityByMonth;
import dk.servicelevel.report.status.MonthlyStatusReport.MonthAvailability;
import dk.servicelevel.report.status.MonthlyStatusReport.MonthCalls;
import dk.servicelevel.report.status.MonthlyStatusReport.Narrative;
import dk.servicelevel.report.status.MonthlyStatusReport.SlaRow;
import dk.servicelevel.report.status.MonthlyStatusReport.WindowAvailability;

/**
 * The monthly operations report laid out for the contract manager: an overview, then per system what happened, the
 * plots (availability against each goal, downtime by cause, load over the day and the year) and the tables.
 */
final class MonthlyOperationsLayout {

    private static final String HOUR = "%02d";

    private MonthlyOperationsLayout() {
    }

    static ReportLayout of(MonthlyOperationsReport report, ReportWording wording) {
        List<Section> sections = new ArrayList<>();
        sections.add(overview(report, wording));
        report.systems().forEach(system -> sections.add(system(system, wording)));
        return new ReportLayout(wording.texts().reportKind(report.kind().name()),
                wording.subtitle(wording.month(report.month()), report.generatedAt()), sections,
                wording.texts().noneInPeriod());
    }

    private static Section overview(MonthlyOperationsReport report, ReportWording wording) {
        ReportTexts texts = wording.texts();
        List<List<Cell>> rows = new ArrayList<>();
        for (SystemOperations system : report.systems()) {
            for (LayerOperations layer : system.layers()) {
                rows.add(List.of(Cell.of(system.systemCode()), Cell.of(wording.layer(layer.layer())),
                        Cell.marked(wording.colour(layer.status()), !"GREEN".equals(layer.status())),
                        Cell.marked(texts.yesOrNo(layer.targetsMet()), !layer.targetsMet()),
                        Cell.of(layer.windows().stream().map(w -> texts.windowAgainstGoal(w.name(),
                                wording.percent(w.availabilityPercent()), wording.percent(w.targetPercent())))
                                .collect(Collectors.joining("; "))),
                        Cell.of(wording.number(system.transactions()))));
            }
        }
        return Section.of(texts.overallStatus(), List.of(texts.statusIsWorstColour(), texts.legend()),
                List.of(new Table(null, List.of(texts.system(), texts.layer(), texts.status(), texts.targetsMet(),
                        texts.availabilityInMonth(), texts.transactions()), rows)));
    }

    private static Section system(SystemOperations system, ReportWording wording) {
        ReportTexts texts = wording.texts();
        List<String> paragraphs = new ArrayList<>(Narrative.paragraphs(system.narratives(), wording));
        system.layers().stream().flatMap(layer -> layer.lateRevisions().stream()).forEach(revision -> paragraphs.add(
                texts.lateRevision(revision.slaId(), revision.version(), wording.time(revision.validFrom()),
                        wording.time(revision.recordedAt()), revision.recordedBy(), wording.orDash(revision.reason()))));
        paragraphs.add(texts.transactionsInMonth(wording.number(system.transactions())));
        List<YearMonth> months = system.transactionsPerMonth().stream().map(MonthCalls::month).toList();
        List<Chart> charts = new ArrayList<>(AvailabilityByMonth.chart(system.systemCode(), system.lastMonths(), months, wording));
        charts.add(downtimeByCause(system, months, wording));
        charts.add(loadOverTheDay(system, wording));
        charts.add(loadOverTheYear(system, months, wording));
        List<Table> tables = List.of(AvailabilityByMonth.table(system.lastMonths(), system.transactionsPerMonth(), wording),
                availability(system, wording), outages(system, wording), serviceWindows(system, wording),
                changes(system, wording), responseTimes(system, wording), faults(system, wording), capacity(system, wording));
        return new Section(system.systemCode(), paragraphs, charts, tables);
    }

    /** Unplanned downtime (faults) and planned downtime (service windows) in the agreed time, per layer and month, in hours. */
    private static Chart downtimeByCause(SystemOperations system, List<YearMonth> months, ReportWording wording) {
        ReportTexts texts = wording.texts();
        List<Series> series = new ArrayList<>();
        for (SlaRow sla : system.lastMonths()) {
            series.add(new Series(texts.faultsOfLayer(wording.layer(sla.layer())),
                    hoursPerMonth(sla, WindowAvailability::downtimeMinutes)));
            series.add(new Series(texts.serviceWindowsOfLayer(wording.layer(sla.layer())),
                    hoursPerMonth(sla, WindowAvailability::serviceWindowMinutes)));
        }
        return new Chart(texts.downtimeByCause(system.systemCode()), Chart.Kind.BAR, texts.hoursAxis(),
                months.stream().map(wording::monthOnAxis).toList(), series, List.of());
    }

    private static List<BigDecimal> hoursPerMonth(SlaRow sla, Function<WindowAvailability, BigDecimal> minutes) {
        return sla.months().stream().map(MonthAvailability::windows)
                .map(windows -> windows.isEmpty() ? null
                        : Notation.hours(windows.stream().map(minutes).reduce(BigDecimal.ZERO, BigDecimal::add)))
                .toList();
    }

    private static Chart loadOverTheDay(SystemOperations system, ReportWording wording) {
        ReportTexts texts = wording.texts();
        return new Chart(texts.transactionsPerHourOfDay(system.systemCode()), Chart.Kind.BAR, texts.transactions(),
                IntStream.range(0, system.transactionsByHourOfDay().size()).mapToObj(h -> String.format(HOUR, h)).toList(),
                List.of(new Series(texts.transactions(), system.transactionsByHourOfDay())), List.of());
    }

    private static Chart loadOverTheYear(SystemOperations system, List<YearMonth> months, ReportWording wording) {
        ReportTexts texts = wording.texts();
        return new Chart(texts.transactionsPerMonth(system.systemCode()), Chart.Kind.BAR, texts.transactions(),
                months.stream().map(wording::monthOnAxis).toList(),
                List.of(new Series(texts.transactions(), system.transactionsPerMonth().stream().map(MonthCalls::operations).toList())),
                List.of());
    }

    private static Table availability(SystemOperations system, ReportWording wording) {
        ReportTexts texts = wording.texts();
        List<List<Cell>> rows = new ArrayList<>();
        for (LayerOperations layer : system.layers()) {
            layer.windows().forEach(w -> rows.add(windowRow(texts.windowOfLayer(layer.layer(), w.name()), w, wording)));
            rows.add(windowRow(texts.combinedOfLayer(layer.layer()), layer.combined(), wording));
        }
        return new Table(texts.availabilityThisMonth(), List.of(texts.layerAndWindow(), texts.goalHeader(), texts.achieved(),
                texts.hoursAgreed(), texts.hoursAvailable(), texts.downtimeMinutes(), texts.serviceWindowMinutes(),
                texts.budgetLeftMinutes()), rows);
    }

    private static List<Cell> windowRow(String name, WindowFigures w, ReportWording wording) {
        return List.of(Cell.of(name), Cell.of(wording.percent(w.targetPercent())),
                Cell.marked(wording.percent(w.availabilityPercent()), !w.met()), Cell.of(wording.number(w.hoursAgreed())),
                Cell.of(wording.number(w.hoursAvailable())), Cell.of(wording.number(w.downtimeMinutes())),
                Cell.of(wording.number(w.serviceWindowMinutes())),
                Cell.marked(wording.number(w.budgetRemainingMinutes()), w.budgetRemainingMinutes().signum() < 0));
    }

    private static Table outages(SystemOperations system, ReportWording wording) {
        ReportTexts texts = wording.texts();
        return new Table(texts.outages(), List.of(texts.incident(), texts.layer(), texts.categoryHeader(), texts.colour(),
                texts.start(), texts.end(), texts.hours()), system.layers().stream().flatMap(layer -> layer.outages().stream()
                        .map(o -> List.of(Cell.of(o.incidentId()), Cell.of(wording.layer(layer.layer())), Cell.of(o.category()),
                                Cell.of(wording.colour(o.colour())), Cell.of(wording.time(o.start())),
                                Cell.of(wording.time(o.end())), Cell.of(wording.number(o.hours()))))).toList());
    }

    private static Table serviceWindows(SystemOperations system, ReportWording wording) {
        ReportTexts texts = wording.texts();
        return new Table(texts.plannedDowntime(), List.of(texts.id(), texts.start(), texts.end(), texts.hours(), texts.purpose()),
                system.serviceWindows().stream().map(w -> List.of(Cell.of(w.id()), Cell.of(wording.time(w.start())),
                        Cell.of(wording.time(w.end())), Cell.of(wording.number(w.hours())), Cell.of(wording.orDash(w.purpose()))))
                        .toList());
    }

    private static Table changes(SystemOperations system, ReportWording wording) {
        ReportTexts texts = wording.texts();
        return new Table(texts.changes(), List.of(texts.id(), texts.kind(), texts.title(), texts.start(), texts.end(),
                texts.withDowntimeHeader(), texts.result(), texts.noticeKept()), system.changes().stream().map(c -> List.of(
                        Cell.of(c.id()), Cell.of(texts.changeKind(c.kind())), Cell.of(c.title()), Cell.of(wording.time(c.start())),
                        Cell.of(wording.time(c.end())), Cell.of(texts.yesOrNo(c.withDowntime())), Cell.of(texts.changeResult(c.result())),
                        Cell.marked(texts.yesOrNo(c.noticeKept()), !c.noticeKept()))).toList());
    }

    private static Table responseTimes(SystemOperations system, ReportWording wording) {
        ReportTexts texts = wording.texts();
        return new Table(texts.responseTimes(), List.of(texts.measuredAt(), texts.userClass(), texts.transactions(),
                texts.errors(), texts.withinThreshold(), "p50 ms", "p95 ms", "p99 ms"),
                system.responseTimes().byInterfaceAndClass().stream().map(f -> List.of(Cell.of(f.measuredAt()),
                        Cell.of(texts.userClassName(f.userClass())), Cell.of(wording.number(f.operations())),
                        Cell.of(wording.number(f.errors())), Cell.of(wording.percent(f.shareWithinThresholdPercent())),
                        Cell.of(wording.number(f.p50Ms())), Cell.of(wording.number(f.p95Ms())), Cell.of(wording.number(f.p99Ms()))))
                        .toList());
    }

    private static Table faults(SystemOperations system, ReportWording wording) {
        ReportTexts texts = wording.texts();
        return new Table(texts.faultsAndDeviations(), List.of(texts.incident(), texts.layer(), texts.environment(),
                texts.categoryHeader(), texts.colour(), texts.known(), texts.reactionMinutes(), texts.restored(), texts.cause(),
                texts.handling(), texts.faultLog()), system.layers().stream().flatMap(layer -> layer.faults().stream()
                        .map(f -> List.of(Cell.of(f.incidentId()), Cell.of(wording.layer(layer.layer())),
                                Cell.of(texts.environmentName(f.environment())), Cell.of(f.category()),
                                Cell.of(wording.colour(f.colour())), Cell.of(wording.time(f.knownAt())),
                                Cell.of(wording.number(f.reactionMinutes())), Cell.of(wording.time(f.restoredAt())),
                                Cell.of(wording.orDash(f.cause())), Cell.of(wording.orDash(f.fix())),
                                Cell.of(f.faultLogReference())))).toList());
    }

    private static Table capacity(SystemOperations system, ReportWording wording) {
        ReportTexts texts = wording.texts();
        return new Table(texts.capacityUse(), List.of(texts.date(), texts.busiestSlot(), texts.booked(), texts.capacity(),
                texts.share()), system.capacityWarnings().stream().map(w -> List.of(Cell.of(wording.date(w.date())),
                        Cell.of(wording.time(w.busiestSlot())), Cell.of(wording.number(w.booked())),
                        Cell.of(wording.number(w.capacity())), Cell.of(wording.number(w.share())))).toList());
    }
}
