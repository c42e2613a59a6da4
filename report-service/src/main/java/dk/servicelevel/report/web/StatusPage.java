package dk.servicelevel.report.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dk.servicelevel.api.SourceUnavailableException;
import dk.servicelevel.api.web.Page;
import dk.servicelevel.api.web.PageLanguage;
import dk.servicelevel.report.ReportKind;
import dk.servicelevel.report.generation.ReportGeneration;
import dk.servicelevel.report.source.IncidentRecords;
import dk.servicelevel.report.source.SystemColour;
import dk.servicelevel.report.status.MonthlyStatusReport;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The public status page: each system's colour now, the availability of the last 12 months against the target with
 * the months below it marked (the monthly status of seeds 000 and 001, so far this month), and the month's incidents.
 */
@Path("/status")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class StatusPage {

    private static final String GREEN = "GREEN";
    private static final List<String> WORST_FIRST = List.of("RED", "YELLOW", GREEN);
    private static final int OK = 200;
    private static final int UNAVAILABLE = 503;

    /** A system's colour now and its monthly status. */
    public record SystemRow(String systemCode, String colour, List<String> openIncidents, MonthlyStatusReport.SystemStatus status) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(YearMonth month, List<YearMonth> months, List<SystemRow> systems, String unavailable);
    }

    private final ReportGeneration generation;
    private final IncidentRecords incidents;
    private final Clock clock;

    StatusPage(ReportGeneration generation, IncidentRecords incidents, Clock clock) {
        this.generation = generation;
        this.incidents = incidents;
        this.clock = clock;
    }

    @GET
    public Uni<Response> status(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(lang, headers);
        YearMonth month = YearMonth.now(clock.withZone(generation.zone()));
        return generation.monthly(ReportKind.MONTHLY_STATUS, generation.month(month)).map(MonthlyStatusReport.class::cast)
                .chain(report -> incidents.currentColours().map(colours -> rows(report, colours))
                        .map(rows -> Page.render(Templates.status(month, months(rows), rows, null), locale, OK)))
                .onFailure(SourceUnavailableException.class).recoverWithItem(e -> Page.render(
                        Templates.status(month, List.of(), List.of(), e.getMessage()), locale, UNAVAILABLE));
    }

    private static List<SystemRow> rows(MonthlyStatusReport report, List<SystemColour> colours) {
        Map<String, List<SystemColour>> bySystem = colours.stream().collect(Collectors.groupingBy(SystemColour::systemCode));
        return report.systems().stream().map(system -> {
            List<SystemColour> open = bySystem.getOrDefault(system.systemCode(), List.of());
            String worst = open.stream().map(SystemColour::colour).min(Comparator.comparing(WORST_FIRST::indexOf)).orElse(GREEN);
            return new SystemRow(system.systemCode(), worst, open.stream().flatMap(c -> c.openIncidents().stream()).sorted().toList(), system);
        }).toList();
    }

    /** The months of the table: those of the first SLA shown (every SLA has the same 12). */
    private static List<YearMonth> months(List<SystemRow> rows) {
        return rows.stream().flatMap(row -> row.status().slas().stream()).findFirst()
                .map(sla -> sla.months().stream().map(MonthlyStatusReport.MonthAvailability::month).toList()).orElse(List.of());
    }
}
