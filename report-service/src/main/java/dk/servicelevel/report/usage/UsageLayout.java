package dk.servicelevel.report.usage;

import java.util.List;

import dk.servicelevel.report.rendering.ReportLayout;
import dk.servicelevel.report.rendering.ReportLayout.Cell;
import dk.servicelevel.report.rendering.ReportLayout.Chart;
import dk.servicelevel.report.rendering.ReportLayout.Section;
import dk.servicelevel.report.rendering.ReportLayout.Series;
import dk.servicelevel.report.rendering.ReportLayout.Table;
import dk.servicelevel.report.rendering.ReportTexts;
import dk.servicelevel.report.rendering.ReportWording;
import dk.servicelevel.report.usage.UsageReport.HourLoad;
import dk.servicelevel.report.usage.UsageReport.MonthLoad;
import dk.servicelevel.report.usage.UsageReport.PeakDay;
import dk.servicelevel.report.usage.UsageReport.PeakHour;

/** The usage report: totals and busy periods, the load over the day and the year as plots, then the tables. */
final class UsageLayout {

    private static final String HOUR = "%02d";

    private UsageLayout() {
    }

    static ReportLayout of(UsageReport report, ReportWording wording) {
        ReportTexts texts = wording.texts();
        Section summary = Section.of(texts.summary(), List.of(
                texts.usageTotals(wording.number(report.total().visits()), wording.number(report.total().hits()),
                        wording.number(report.total().uniquePupils())),
                texts.busiestAndQuietest(hour(report.busiestHourOfDay(), wording), hour(report.quietestHourOfDay(), wording),
                        report.busiestMonth() == null ? wording.orDash(null) : wording.month(report.busiestMonth()),
                        report.quietestMonth() == null ? wording.orDash(null) : wording.month(report.quietestMonth())),
                texts.monthPeaks(peakHour(report.monthPeaks().busiestHour(), wording),
                        peakDay(report.monthPeaks().busiestDay(), wording))),
                List.of(new Table(texts.perTest(), List.of(texts.test(), texts.visits(), texts.hits(), texts.uniquePupils()),
                        report.byTest().stream().map(t -> List.of(Cell.of(t.test()), Cell.of(wording.number(t.visits())),
                                Cell.of(wording.number(t.hits())), Cell.of(wording.number(t.uniquePupils())))).toList())));
        Section day = new Section(texts.loadOverTheDay(), List.of(texts.hoursOfZone(wording.zone().getId())),
                List.of(new Chart(texts.hitsAndVisitsPerHour(), Chart.Kind.BAR, texts.count(),
                        report.overTheDay().stream().map(h -> String.format(HOUR, h.hour())).toList(),
                        List.of(new Series(texts.hits(), report.overTheDay().stream().map(HourLoad::hits).toList()),
                                new Series(texts.visits(), report.overTheDay().stream().map(HourLoad::visits).toList())), List.of())),
                List.of(new Table(null, List.of(texts.hour(), texts.visits(), texts.hits()), report.overTheDay().stream()
                        .map(h -> List.of(Cell.of(hour(h.hour(), wording)), Cell.of(wording.number(h.visits())),
                                Cell.of(wording.number(h.hits())))).toList())));
        Section year = new Section(texts.loadOverTheYear(), List.of(),
                List.of(new Chart(texts.hitsAndVisitsPerMonth(), Chart.Kind.BAR, texts.count(),
                        report.overTheYear().stream().map(m -> wording.monthOnAxis(m.month())).toList(),
                        List.of(new Series(texts.hits(), report.overTheYear().stream().map(MonthLoad::hits).toList()),
                                new Series(texts.visits(), report.overTheYear().stream().map(MonthLoad::visits).toList())), List.of())),
                List.of(new Table(null, List.of(texts.month(), texts.visits(), texts.hits(), texts.uniquePupils()),
                        report.overTheYear().stream().map(m -> List.of(Cell.of(wording.month(m.month())),
                                Cell.of(wording.number(m.visits())), Cell.of(wording.number(m.hits())),
                                Cell.of(wording.number(m.uniquePupils())))).toList())));
        Section days = Section.of(texts.perDay(), List.of(), List.of(new Table(null, List.of(texts.date(), texts.visits(),
                texts.hits(), texts.uniquePupils()), report.perDay().stream().map(d -> List.of(Cell.of(wording.date(d.date())),
                        Cell.of(wording.number(d.visits())), Cell.of(wording.number(d.hits())),
                        Cell.of(wording.number(d.uniquePupils())))).toList())));
        Section weeks = Section.of(texts.peaksPerWeek(), List.of(), List.of(new Table(null, List.of(texts.week(),
                texts.busiestHour(), texts.busiestDay()), report.weekPeaks().stream().map(w -> Cell.row(w.week(),
                        peakHour(w.busiestHour(), wording), peakDay(w.busiestDay(), wording))).toList())));
        return new ReportLayout(texts.reportKind(report.kind().name()),
                wording.subtitle(wording.month(report.month()), report.generatedAt()), List.of(summary, day, year, days, weeks),
                texts.noneInPeriod());
    }

    private static String hour(Integer hour, ReportWording wording) {
        return hour == null ? wording.orDash(null) : String.format(HOUR + ":00", hour);
    }

    private static String peakHour(PeakHour peak, ReportWording wording) {
        return peak == null ? wording.orDash(null) : wording.texts().peak(wording.time(peak.start()),
                wording.number(peak.hits()), wording.number(peak.visits()));
    }

    private static String peakDay(PeakDay peak, ReportWording wording) {
        return peak == null ? wording.orDash(null) : wording.texts().peak(wording.date(peak.date()),
                wording.number(peak.hits()), wording.number(peak.visits()));
    }
}
