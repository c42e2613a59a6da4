package dk.servicelevel.report.usage;

import java.util.List;

import dk.servicelevel.report.rendering.Notation;
import dk.servicelevel.report.rendering.ReportLayout;
import dk.servicelevel.report.rendering.ReportLayout.Cell;
import dk.servicelevel.report.rendering.ReportLayout.Chart;
import dk.servicelevel.report.rendering.ReportLayout.Section;
import dk.servicelevel.report.rendering.ReportLayout.Series;
import dk.servicelevel.report.rendering.ReportLayout.Table;
import dk.servicelevel.report.usage.UsageReport.HourLoad;
import dk.servicelevel.report.usage.UsageReport.MonthLoad;
import dk.servicelevel.report.usage.UsageReport.PeakDay;
import dk.servicelevel.report.usage.UsageReport.PeakHour;

/** The usage report: totals and busy periods, the load over the day and the year as plots, then the tables. */
final class UsageLayout {

    private UsageLayout() {
    }

    static ReportLayout of(UsageReport report) {
        String zone = report.zone().toString();
        Section summary = Section.of("Summary", List.of(
                "Visits (test sessions started): " + report.total().visits() + ", hits: " + report.total().hits()
                        + ", unique pupils (per test): " + report.total().uniquePupils() + ".",
                "Busiest hour of the day: " + hour(report.busiestHourOfDay()) + "; quietest: " + hour(report.quietestHourOfDay())
                        + ". Busiest month of the year: " + Notation.orDash(report.busiestMonth()) + "; quietest: "
                        + Notation.orDash(report.quietestMonth()) + ".",
                "Busiest hour of the month: " + peakHour(report.monthPeaks().busiestHour(), report) + ". Busiest day: "
                        + peakDay(report.monthPeaks().busiestDay()) + "."),
                List.of(new Table("Per test", List.of("Test", "Visits", "Hits", "Unique pupils"), report.byTest().stream()
                        .map(t -> Cell.row(t.test(), t.visits(), t.hits(), t.uniquePupils())).toList())));
        Section day = new Section("Load over the day", List.of("Hours of " + zone + ", summed over the month."),
                List.of(new Chart("Hits and visits per hour of the day", Chart.Kind.BAR, "count",
                        report.overTheDay().stream().map(h -> String.format("%02d", h.hour())).toList(),
                        List.of(new Series("hits", report.overTheDay().stream().map(HourLoad::hits).toList()),
                                new Series("visits", report.overTheDay().stream().map(HourLoad::visits).toList())), List.of())),
                List.of(new Table(null, List.of("Hour", "Visits", "Hits"), report.overTheDay().stream()
                        .map(h -> Cell.row(h.hour(), h.visits(), h.hits())).toList())));
        Section year = new Section("Load over the year", List.of(),
                List.of(new Chart("Hits and visits per month", Chart.Kind.BAR, "count",
                        report.overTheYear().stream().map(m -> m.month().toString()).toList(),
                        List.of(new Series("hits", report.overTheYear().stream().map(MonthLoad::hits).toList()),
                                new Series("visits", report.overTheYear().stream().map(MonthLoad::visits).toList())), List.of())),
                List.of(new Table(null, List.of("Month", "Visits", "Hits", "Unique pupils"), report.overTheYear().stream()
                        .map(m -> Cell.row(m.month(), m.visits(), m.hits(), m.uniquePupils())).toList())));
        Section days = Section.of("Per day", List.of(), List.of(new Table(null, List.of("Date", "Visits", "Hits",
                "Unique pupils"), report.perDay().stream().map(d -> Cell.row(d.date(), d.visits(), d.hits(), d.uniquePupils())).toList())));
        Section weeks = Section.of("Peaks per week", List.of(), List.of(new Table(null, List.of("Week", "Busiest hour",
                "Busiest day"), report.weekPeaks().stream().map(w -> Cell.row(w.week(), peakHour(w.busiestHour(), report),
                        peakDay(w.busiestDay()))).toList())));
        return new ReportLayout("Usage report", report.month() + " (" + zone + "), generated "
                + Notation.time(report.generatedAt(), report.zone()), List.of(summary, day, year, days, weeks));
    }

    private static String hour(Integer hour) {
        return hour == null ? "–" : String.format("%02d:00", hour);
    }

    private static String peakHour(PeakHour peak, UsageReport report) {
        return peak == null ? "–" : Notation.time(peak.start(), report.zone()) + " (" + peak.hits() + " hits, "
                + peak.visits() + " visits)";
    }

    private static String peakDay(PeakDay peak) {
        return peak == null ? "–" : peak.date() + " (" + peak.hits() + " hits, " + peak.visits() + " visits)";
    }
}
