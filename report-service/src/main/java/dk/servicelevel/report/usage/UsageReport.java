package dk.servicelevel.report.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedMap;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.servicelevel.report.ReportKind;
import dk.servicelevel.report.rendering.ReportDocument;
import dk.servicelevel.report.rendering.ReportLayout;
import dk.servicelevel.report.rendering.ReportWording;
import io.quarkus.runtime.annotations.RegisterForReflection;

@Schema(description = "The usage report (seed 002, Krav 25): visits (test sessions started), hits and unique pupils per day and month, "
        + "the load over the day and over the year, the least and most busy periods, and the peak hour and day per week and month")
@RegisterForReflection(registerFullHierarchy = true)
public record UsageReport(
        @Schema(type = SchemaType.STRING, example = "2027-05") YearMonth month,
        @Schema(type = SchemaType.STRING, example = "Europe/Copenhagen") ZoneId zone,
        Instant generatedAt,
        Load total,
        List<TestLoad> byTest,
        List<DayLoad> perDay,
        @Schema(description = "The month's load per hour of the day, summed over its days") List<HourLoad> overTheDay,
        @Schema(description = "The load of the last 12 months") List<MonthLoad> overTheYear,
        @Schema(description = "Hour of the day (0–23) with the most hits; absent without any") Integer busiestHourOfDay,
        @Schema(description = "Hour of the day with the fewest hits") Integer quietestHourOfDay,
        @Schema(type = SchemaType.STRING, description = "Month of the last 12 with the most hits") YearMonth busiestMonth,
        @Schema(type = SchemaType.STRING, description = "Month of the last 12 with the fewest hits") YearMonth quietestMonth,
        @Schema(description = "The busiest hour and day of the month") Peaks monthPeaks,
        @Schema(description = "The busiest hour and day of each ISO week of the month") List<WeekPeaks> weekPeaks,
        SortedMap<String, String> sources) implements ReportDocument {

    @Schema(description = "Unique pupils are counted per test and added up: a pupil who took two tests counts twice")
    public record Load(long visits, long hits, long uniquePupils) {
    }

    public record TestLoad(String test, long visits, long hits, long uniquePupils) {
    }

    public record DayLoad(LocalDate date, long visits, long hits, long uniquePupils) {
    }

    public record HourLoad(int hour, long visits, long hits) {
    }

    public record MonthLoad(@Schema(type = SchemaType.STRING, example = "2027-05") YearMonth month, long visits,
            long hits, long uniquePupils) {
    }

    public record PeakHour(Instant start, long visits, long hits) {
    }

    public record PeakDay(LocalDate date, long visits, long hits) {
    }

    public record Peaks(PeakHour busiestHour, PeakDay busiestDay) {
    }

    public record WeekPeaks(@Schema(example = "2027-W19") String week, PeakHour busiestHour, PeakDay busiestDay) {
    }

    @Override
    public ReportKind kind() {
        return ReportKind.USAGE;
    }

    @Override
    public String period() {
        return month.toString();
    }

    @Override
    public ReportLayout layout(ReportWording wording) {
        return UsageLayout.of(this, wording);
    }
}
