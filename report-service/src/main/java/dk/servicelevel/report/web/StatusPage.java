package dk.servicelevel.report.web;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dk.servicelevel.api.web.Page;
import dk.servicelevel.api.web.PageLanguage;
import dk.servicelevel.api.web.PageNumbers;
import dk.servicelevel.report.ReportConfig;
import dk.servicelevel.report.rendering.ChartImages;
import dk.servicelevel.report.rendering.ReportLayout.Chart;
import dk.servicelevel.report.rendering.ReportLayout.Goal;
import dk.servicelevel.report.rendering.ReportLayout.Series;
import dk.servicelevel.report.rendering.ReportTexts;
import dk.servicelevel.report.source.SystemColour;
import dk.servicelevel.report.source.SystemRecord;
import dk.servicelevel.report.statuspage.AvailabilityTable;
import dk.servicelevel.report.statuspage.StatusBoard;
import dk.servicelevel.report.statuspage.StatusBoard.Board;
import dk.servicelevel.report.statuspage.SystemMonthFigures;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.mutiny.Uni;

/**
 * The public status page in the shape of the monthly status (seeds 000 and 001): every system by name with its colour
 * now and the month's availability per window against that window's own target, and a page per system with the last
 * 12 months, a plot of application and infrastructure against the goal lines, the month's incidents told in full,
 * its service windows and changes. It reads the {@link StatusBoard}, so it answers at once with hundreds of systems.
 */
@Path("/status")
@PermitAll
public class StatusPage {

    private static final String GREEN = "GREEN";
    private static final List<String> WORST_FIRST = List.of("RED", "YELLOW", GREEN);
    private static final int OK = 200;
    private static final int UNAVAILABLE = 503;
    /** How long a system's page waits for figures not computed yet before saying they are on their way. */
    private static final Duration WAIT_FOR_FIGURES = Duration.ofSeconds(5);

    /** A system on the overview: its colour now and the month's figures once computed. */
    public record SystemLine(SystemRecord system, String colour, List<String> openIncidents, AvailabilityTable.Row month,
            int incidents, boolean pending) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(YearMonth month, YearMonth current, MonthChoice choice, List<SystemLine> systems, int pending,
                Instant computedAt, Instant coloursReadAt, ZoneId zone, String problem, boolean unavailable);

        static native TemplateInstance system(YearMonth month, YearMonth current, MonthChoice choice, SystemRecord system,
                SystemMonthFigures figures, AvailabilityTable table, String colour, ZoneId zone);
    }

    private final StatusBoard board;
    private final ReportConfig config;

    StatusPage(StatusBoard board, ReportConfig config) {
        this.board = board;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> overview(@QueryParam("month") YearMonth asked, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(lang, headers);
        YearMonth month = shownMonth(asked);
        return Uni.createFrom().completionStage(board.of(month)).ifNoItem().after(WAIT_FOR_FIGURES)
                .recoverWithItem(() -> board.known(month)).map(shown -> overview(shown, locale));
    }

    private Response overview(Board shown, Locale locale) {
        List<SystemLine> lines = new ArrayList<>();
        shown.systems().forEach(figures -> lines.add(line(figures.systemCode(), figures.systemName(), shown,
                AvailabilityTable.of(figures.slas()).newest(), figures.incidents().size(), false)));
        shown.pending().forEach(system -> lines.add(line(system.code(), system.name(), shown, null, 0, true)));
        lines.sort(Comparator.comparing(line -> line.system().name(), Collator.getInstance(locale)));
        Instant computedAt = shown.systems().stream().map(SystemMonthFigures::computedAt).min(Comparator.naturalOrder())
                .orElse(null);
        YearMonth current = board.currentMonth();
        return Page.render(Templates.status(shown.month(), current, new MonthChoice("/status", shown.month(), current), lines,
                shown.pending().size(), computedAt, shown.coloursReadAt(), config.zone(), shown.problem(), shown.unavailable()),
                locale, shown.unavailable() ? UNAVAILABLE : OK);
    }

    @GET
    @Path("{system}")
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> system(@PathParam("system") String code, @QueryParam("month") YearMonth asked,
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(lang, headers);
        YearMonth month = shownMonth(asked);
        return figures(code, month).map(figures -> {
            Board now = board.known(month);
            SystemRecord system = new SystemRecord(code, figures.map(SystemMonthFigures::systemName).orElse(board.nameOf(code)));
            YearMonth current = board.currentMonth();
            return Page.render(Templates.system(month, current, new MonthChoice("/status/" + code, month, current), system, figures.orElse(null),
                    figures.map(f -> AvailabilityTable.of(f.slas())).orElse(null), colour(code, now.colours()),
                    config.zone()), locale, OK);
        });
    }

    @GET
    @Path("{system}/availability.png")
    @Produces("image/png")
    public Uni<byte[]> chart(@PathParam("system") String code, @QueryParam("month") YearMonth asked,
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(lang, headers);
        ReportTexts texts = MessageBundles.get(ReportTexts.class, Localized.Literal.of(locale.getLanguage()));
        return figures(code, shownMonth(asked)).map(figures -> ChartImages.png(chart(figures.orElseThrow(NotFoundException::new), texts,
                locale)));
    }

    /** The system's figures, or empty while they are still being computed; a system without an SLA that month is not found. */
    private Uni<Optional<SystemMonthFigures>> figures(String code, YearMonth month) {
        return Uni.createFrom().completionStage(board.of(code, month))
                .map(found -> found.orElseThrow(NotFoundException::new))
                .map(Optional::of)
                .ifNoItem().after(WAIT_FOR_FIGURES).recoverWithItem(Optional.empty());
    }

    private static Chart chart(SystemMonthFigures figures, ReportTexts texts, Locale locale) {
        AvailabilityTable table = AvailabilityTable.of(figures.slas());
        List<AvailabilityTable.Row> oldestFirst = new ArrayList<>(table.rows());
        Collections.reverse(oldestFirst);
        List<String> months = oldestFirst.stream().map(row -> row.month().toString()).toList();
        List<Series> series = new ArrayList<>();
        TreeMap<BigDecimal, Goal> goals = new TreeMap<>();
        for (int c = 0; c < table.columns().size(); c++) {
            AvailabilityTable.Column column = table.columns().get(c);
            int index = c;
            series.add(new Series(texts.windowOfLayer(column.layer(), column.window()),
                    oldestFirst.stream().map(row -> row.cells().get(index).availabilityPercent()).toList()));
            goals.putIfAbsent(column.targetPercent(), new Goal(texts.goal(PageNumbers.written(column.targetPercent(), locale)),
                    column.targetPercent()));
        }
        return new Chart(figures.systemName(), Chart.Kind.LINE, texts.availabilityAxis(), months, series,
                List.copyOf(goals.values()));
    }

    private SystemLine line(String code, String name, Board shown, AvailabilityTable.Row month, int incidents, boolean pending) {
        List<String> open = shown.colours().stream().filter(c -> c.systemCode().equals(code))
                .flatMap(c -> c.openIncidents().stream()).sorted().toList();
        return new SystemLine(new SystemRecord(code, name), colour(code, shown.colours()), open, month, incidents, pending);
    }

    private static String colour(String code, List<SystemColour> colours) {
        return colours.stream().filter(c -> c.systemCode().equals(code)).map(SystemColour::colour)
                .filter(Objects::nonNull).min(Comparator.comparing(WORST_FIRST::indexOf)).orElse(GREEN);
    }

    /** The month asked for, or the current one when none was asked or one still to come. */
    private YearMonth shownMonth(YearMonth asked) {
        YearMonth current = board.currentMonth();
        return asked == null || asked.isAfter(current) ? current : asked;
    }
}
