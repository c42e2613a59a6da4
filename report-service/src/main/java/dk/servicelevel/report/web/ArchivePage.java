package dk.servicelevel.report.web;

import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dk.servicelevel.api.Roles;
import dk.servicelevel.api.SourceUnavailableException;
import dk.servicelevel.api.web.FieldProblems;
import dk.servicelevel.api.web.Page;
import dk.servicelevel.api.web.PageLanguage;
import dk.servicelevel.report.ReportKind;
import dk.servicelevel.report.archive.ArchivedReportResponse.Format;
import dk.servicelevel.report.archive.ArchivedReportResponse;
import dk.servicelevel.report.archive.ReportArchive;
import dk.servicelevel.report.generation.MonthlyArchiving;
import dk.servicelevel.report.generation.ReportGeneration;
import dk.servicelevel.report.rendering.ReportTexts;
import dk.servicelevel.rules.RuleViolationException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.mutiny.Uni;

/** The report archive: every filed version with its downloads; operations staff file a closed month from here. */
@Path("/arkiv")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.MINISTRY, Roles.VENDOR_OPS, Roles.ADMIN })
public class ArchivePage {

    private static final int OK = 200;
    private static final int UNPROCESSABLE = 422;
    private static final int UNAVAILABLE = 503;

    /**
     * A filed version as the archive lists it: its time in the reader's language and the reports' zone, and whether it
     * is the newest version of its kind and period (the one the ministry reads; the older ones stay for the record).
     */
    public record Filed(ArchivedReportResponse report, String generated, boolean newest, List<Format> formats) {

        /** The reports, each marked newest when no other of its kind and period has a higher version. */
        static List<Filed> of(List<ArchivedReportResponse> reports, Function<ArchivedReportResponse, String> generated,
                String language) {
            Map<String, Integer> newest = reports.stream().collect(Collectors.toMap(Filed::kindAndPeriod,
                    ArchivedReportResponse::reportVersion, Math::max));
            return reports.stream().map(r -> new Filed(r, generated.apply(r), r.reportVersion() == newest.get(kindAndPeriod(r)),
                    formatsIn(r.formats(), language))).toList();
        }

        /** Each format once: in the reader's language when it was filed in it, else as it was filed. */
        static List<Format> formatsIn(List<Format> formats, String language) {
            Map<String, Format> chosen = new LinkedHashMap<>();
            formats.forEach(f -> chosen.merge(f.mediaType(), f, (kept, other) -> language.equals(other.language()) ? other : kept));
            return List.copyOf(chosen.values());
        }

        private static String kindAndPeriod(ArchivedReportResponse report) {
            return report.kind() + " " + report.period();
        }
    }

    /** What the filing form holds: empty, or after a refusal the month typed, what is wrong with it, or which source was silent. */
    public record Filing(String month, FieldProblems problems, String refusal) {

        static Filing none() {
            return new Filing("", FieldProblems.none(), null);
        }

        public boolean refused() {
            return refusal != null || problems.any();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance archive(String period, List<Filed> reports, boolean mayFile, String notice, Filing filing);
    }

    private final ReportArchive archive;
    private final MonthlyArchiving archiving;
    private final ReportGeneration generation;
    private final JsonWebToken token;

    ArchivePage(ReportArchive archive, MonthlyArchiving archiving, ReportGeneration generation, JsonWebToken token) {
        this.archive = archive;
        this.archiving = archiving;
        this.generation = generation;
        this.token = token;
    }

    @GET
    public Uni<Response> archive(@QueryParam("period") String period, @QueryParam("notice") String notice, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return page(period, PageLanguage.of(lang, headers), notice, Filing.none(), OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
    public Uni<Response> file(@FormParam("month") String month, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(null, headers);
        ReportTexts texts = MessageBundles.get(ReportTexts.class, Localized.Literal.of(locale.getLanguage()));
        String typed = month == null ? "" : month;
        YearMonth filed;
        try {
            filed = YearMonth.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return page(null, locale, null, refusedMonth(typed, texts.monthUnreadable()), UNPROCESSABLE);
        }
        return archiving.archive(filed, EnumSet.allOf(ReportKind.class), token.getName())
                .map(done -> Response.seeOther(URI.create("/arkiv?period=" + filed + "&notice=filed")).build())
                .onFailure(RuleViolationException.class)
                .recoverWithUni(e -> page(null, locale, null, refusedMonth(typed, texts.monthNotClosed()), UNPROCESSABLE))
                .onFailure(SourceUnavailableException.class).recoverWithUni(e -> page(null, locale, null,
                        new Filing(typed, FieldProblems.none(), texts.sourceSilent(((SourceUnavailableException) e).source())), UNAVAILABLE));
    }

    private static Filing refusedMonth(String typed, String problem) {
        return new Filing(typed, new FieldProblems(Map.of("month", problem)), null);
    }

    private Uni<Response> page(String period, Locale locale, String notice, Filing filing, int status) {
        YearMonth shown = parse(period);
        boolean mayFile = token.getGroups().contains(Roles.VENDOR_OPS) || token.getGroups().contains(Roles.ADMIN);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        return archive.matching(null, shown).chain(archive::withRenditions).map(ArchivedReportResponse::ofEach)
                .map(reports -> Filed.of(reports, r -> when.format(r.generatedAt().atZone(generation.zone())), locale.getLanguage()))
                .map(filed -> Page.render(Templates.archive(shown == null ? "" : shown.toString(), filed, mayFile, notice, filing),
                        locale, status));
    }

    private static YearMonth parse(String period) {
        try {
            return period == null || period.isBlank() ? null : YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
