package dk.servicelevel.report.generation;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dk.servicelevel.api.MalformedParameterException;
import dk.servicelevel.api.Roles;
import dk.servicelevel.report.ReportKind;
import dk.servicelevel.report.activity.ActivityReport;
import dk.servicelevel.report.archive.ArchivedReportResponse;
import dk.servicelevel.report.archive.ReportArchive;
import dk.servicelevel.report.faultlog.FaultLogReport;
import dk.servicelevel.report.operations.MonthlyOperationsReport;
import dk.servicelevel.report.rendering.ReportDocument;
import dk.servicelevel.report.rendering.ReportDownload;
import dk.servicelevel.report.rendering.ReportFormat;
import dk.servicelevel.report.rendering.ReportLanguage;
import dk.servicelevel.report.status.MonthlyStatusReport;
import dk.servicelevel.report.usage.UsageReport;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "The reports as of now, made from the owning services' figures; the archive keeps filed versions")
@SecurityRequirement(name = "SecurityScheme")
@Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, "application/pdf", "text/csv" })
@RolesAllowed({ Roles.MINISTRY, Roles.VENDOR_OPS, Roles.ADMIN })
@APIResponse(responseCode = "400", description = "A parameter is missing or malformed; the problem names it")
@APIResponse(responseCode = "406", description = "None of the formats asked for")
@APIResponse(responseCode = "422", description = "The month has not begun (or, to archive, not ended)")
@APIResponse(responseCode = "503", description = "A service the figures come from cannot answer; nothing is made up")
public class ReportResource {

    private static final String FORMAT = "json, html, pdf or csv; without it the Accept header decides (JSON by default)";
    private static final String DOCUMENT_FORMAT = "pdf, csv or html";
    private static final String MONTH = "The calendar month of the reports' zone";
    private static final String MONTH_PATTERN = "^\\d{4}-\\d{2}$";
    /** The bytes of a document, described once (META-INF/openapi.yaml): a generated client gets them as a file. */
    private static final String REPORT_DOCUMENT = "ReportDocument";
    private static final String LANGUAGE = "The language of html, pdf and csv: da or en; without it Accept-Language decides (Danish by default)";

    private final ReportGeneration generation;
    private final MonthlyArchiving archiving;
    private final ReportArchive archive;
    private final JsonWebToken caller;

    ReportResource(ReportGeneration generation, MonthlyArchiving archiving, ReportArchive archive, JsonWebToken caller) {
        this.generation = generation;
        this.archiving = archiving;
        this.archive = archive;
        this.caller = caller;
    }

    @GET
    @Path("monthly-operations")
    @APIResponse(responseCode = "200", description = "The report in the format asked for", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonthlyOperationsReport.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    @Operation(operationId = "getMonthlyOperationsReport", summary = "The monthly operations report (Krav 18–19) for each system and layer")
    public Uni<Response> monthlyOperations(@Parameter(description = MONTH, example = "2026-10", schema = @Schema(type = SchemaType.STRING, pattern = MONTH_PATTERN)) @QueryParam("month") YearMonth month,
            @Parameter(description = FORMAT, example = "pdf", schema = @Schema(enumeration = { "json", "html", "pdf", "csv" })) @QueryParam("format") String format,
            @Parameter(description = LANGUAGE, schema = @Schema(enumeration = { "da", "en" })) @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return monthly(ReportKind.MONTHLY_OPERATIONS, month, format, lang, headers);
    }

    @GET
    @Path("monthly-status")
    @APIResponse(responseCode = "200", description = "The report in the format asked for", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonthlyStatusReport.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    @Operation(operationId = "getMonthlyStatus", summary = "The monthly status in the form of seeds 000 and 001: 12 months of availability against the SLA goal")
    public Uni<Response> monthlyStatus(@Parameter(description = MONTH, example = "2026-10", schema = @Schema(type = SchemaType.STRING, pattern = MONTH_PATTERN)) @QueryParam("month") YearMonth month,
            @Parameter(description = FORMAT, example = "html", schema = @Schema(enumeration = { "json", "html", "pdf", "csv" })) @QueryParam("format") String format,
            @Parameter(description = LANGUAGE, schema = @Schema(enumeration = { "da", "en" })) @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return monthly(ReportKind.MONTHLY_STATUS, month, format, lang, headers);
    }

    @GET
    @Path("fault-log")
    @APIResponse(responseCode = "200", description = "The report in the format asked for", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FaultLogReport.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    @Operation(operationId = "getFaultLog", summary = "The fault log (Krav 20–21) of a month, or of a period from and to")
    public Uni<Response> faultLog(@Parameter(description = MONTH, example = "2026-10", schema = @Schema(type = SchemaType.STRING, pattern = MONTH_PATTERN)) @QueryParam("month") YearMonth month,
            @Parameter(example = "2026-10-01T00:00:00+02:00") @QueryParam("from") OffsetDateTime from,
            @Parameter(example = "2026-11-01T00:00:00+01:00") @QueryParam("to") OffsetDateTime to,
            @Parameter(description = FORMAT, example = "csv", schema = @Schema(enumeration = { "json", "html", "pdf", "csv" })) @QueryParam("format") String format,
            @Parameter(description = LANGUAGE, schema = @Schema(enumeration = { "da", "en" })) @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return respond(generation.faultLog(month, from, to), ReportFormat.chosen(format, headers.getAcceptableMediaTypes()),
                ReportLanguage.chosen(lang, headers.getAcceptableLanguages()));
    }

    @GET
    @Path("usage")
    @APIResponse(responseCode = "200", description = "The report in the format asked for", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageReport.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    @Operation(operationId = "getUsageReport", summary = "The usage report (Krav 25): visits, hits, unique pupils, load over the day and the year, peaks")
    public Uni<Response> usage(@Parameter(description = MONTH, example = "2027-05", schema = @Schema(type = SchemaType.STRING, pattern = MONTH_PATTERN)) @QueryParam("month") YearMonth month,
            @Parameter(description = FORMAT, example = "pdf", schema = @Schema(enumeration = { "json", "html", "pdf", "csv" })) @QueryParam("format") String format,
            @Parameter(description = LANGUAGE, schema = @Schema(enumeration = { "da", "en" })) @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return monthly(ReportKind.USAGE, month, format, lang, headers);
    }

    @GET
    @Path("activity")
    @APIResponse(responseCode = "200", description = "The report in the format asked for", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityReport.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    @Operation(operationId = "getActivityReport", summary = "The activity report (Krav 27): maintenance, and the registered faults with the work on them")
    public Uni<Response> activity(@Parameter(description = MONTH, example = "2026-10", schema = @Schema(type = SchemaType.STRING, pattern = MONTH_PATTERN)) @QueryParam("month") YearMonth month,
            @Parameter(description = FORMAT, example = "json", schema = @Schema(enumeration = { "json", "html", "pdf", "csv" })) @QueryParam("format") String format,
            @Parameter(description = LANGUAGE, schema = @Schema(enumeration = { "da", "en" })) @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return monthly(ReportKind.ACTIVITY, month, format, lang, headers);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "fileMonthReports", summary = "Generate the reports of a closed month and file them in the archive",
            description = "Each kind is filed as its next version in every format, with the SHA-256 of each and the source "
                    + "versions it was made from. Earlier versions stay as they were. All of them are filed or none.")
    @APIResponse(responseCode = "201", description = "Filed; the archived versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ArchivedReportResponse.class)))
    public Uni<RestResponse<List<ArchivedReportResponse>>> archive(@Valid @NotNull ArchivingRequest request) {
        Set<ReportKind> kinds = request.kinds() == null || request.kinds().isEmpty()
                ? EnumSet.allOf(ReportKind.class) : EnumSet.copyOf(request.kinds());
        return archiving.archive(request.month(), kinds, caller.getName())
                .chain(archive::withRenditions)
                .map(filed -> RestResponse.status(RestResponse.Status.CREATED, ArchivedReportResponse.ofEach(filed)));
    }

    @GET
    @Path("monthly-operations/document")
    @Produces({ "application/pdf", "text/csv", MediaType.TEXT_HTML })
    @Operation(operationId = "downloadMonthlyOperationsReport", summary = "The monthly operations report as a document to keep: PDF, CSV or HTML")
    @APIResponse(responseCode = "200", ref = REPORT_DOCUMENT)
    public Uni<Response> monthlyOperationsDocument(@Parameter(description = MONTH, example = "2026-10", schema = @Schema(type = SchemaType.STRING, pattern = MONTH_PATTERN)) @QueryParam("month") YearMonth month,
            @Parameter(description = DOCUMENT_FORMAT, required = true, example = "pdf", schema = @Schema(enumeration = { "pdf", "csv", "html" })) @QueryParam("format") String format,
            @Parameter(description = LANGUAGE, schema = @Schema(enumeration = { "da", "en" })) @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return document(ReportKind.MONTHLY_OPERATIONS, month, format, lang, headers);
    }

    @GET
    @Path("monthly-status/document")
    @Produces({ "application/pdf", "text/csv", MediaType.TEXT_HTML })
    @Operation(operationId = "downloadMonthlyStatus", summary = "The monthly status as a document to keep: PDF, CSV or HTML")
    @APIResponse(responseCode = "200", ref = REPORT_DOCUMENT)
    public Uni<Response> monthlyStatusDocument(@Parameter(description = MONTH, example = "2026-10", schema = @Schema(type = SchemaType.STRING, pattern = MONTH_PATTERN)) @QueryParam("month") YearMonth month,
            @Parameter(description = DOCUMENT_FORMAT, required = true, example = "pdf", schema = @Schema(enumeration = { "pdf", "csv", "html" })) @QueryParam("format") String format,
            @Parameter(description = LANGUAGE, schema = @Schema(enumeration = { "da", "en" })) @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return document(ReportKind.MONTHLY_STATUS, month, format, lang, headers);
    }

    @GET
    @Path("fault-log/document")
    @Produces({ "application/pdf", "text/csv", MediaType.TEXT_HTML })
    @Operation(operationId = "downloadFaultLog", summary = "The fault log of a month, or of a period from and to, as a document to keep: PDF, CSV or HTML")
    @APIResponse(responseCode = "200", ref = REPORT_DOCUMENT)
    public Uni<Response> faultLogDocument(@Parameter(description = MONTH, example = "2026-10", schema = @Schema(type = SchemaType.STRING, pattern = MONTH_PATTERN)) @QueryParam("month") YearMonth month,
            @Parameter(example = "2026-10-01T00:00:00+02:00") @QueryParam("from") OffsetDateTime from,
            @Parameter(example = "2026-11-01T00:00:00+01:00") @QueryParam("to") OffsetDateTime to,
            @Parameter(description = DOCUMENT_FORMAT, required = true, example = "csv", schema = @Schema(enumeration = { "pdf", "csv", "html" })) @QueryParam("format") String format,
            @Parameter(description = LANGUAGE, schema = @Schema(enumeration = { "da", "en" })) @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return respond(generation.faultLog(month, from, to), ReportFormat.document(format), ReportLanguage.chosen(lang, headers.getAcceptableLanguages()));
    }

    @GET
    @Path("usage/document")
    @Produces({ "application/pdf", "text/csv", MediaType.TEXT_HTML })
    @Operation(operationId = "downloadUsageReport", summary = "The usage report as a document to keep: PDF, CSV or HTML")
    @APIResponse(responseCode = "200", ref = REPORT_DOCUMENT)
    public Uni<Response> usageDocument(@Parameter(description = MONTH, example = "2027-05", schema = @Schema(type = SchemaType.STRING, pattern = MONTH_PATTERN)) @QueryParam("month") YearMonth month,
            @Parameter(description = DOCUMENT_FORMAT, required = true, example = "pdf", schema = @Schema(enumeration = { "pdf", "csv", "html" })) @QueryParam("format") String format,
            @Parameter(description = LANGUAGE, schema = @Schema(enumeration = { "da", "en" })) @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return document(ReportKind.USAGE, month, format, lang, headers);
    }

    @GET
    @Path("activity/document")
    @Produces({ "application/pdf", "text/csv", MediaType.TEXT_HTML })
    @Operation(operationId = "downloadActivityReport", summary = "The activity report as a document to keep: PDF, CSV or HTML")
    @APIResponse(responseCode = "200", ref = REPORT_DOCUMENT)
    public Uni<Response> activityDocument(@Parameter(description = MONTH, example = "2026-10", schema = @Schema(type = SchemaType.STRING, pattern = MONTH_PATTERN)) @QueryParam("month") YearMonth month,
            @Parameter(description = DOCUMENT_FORMAT, required = true, example = "pdf", schema = @Schema(enumeration = { "pdf", "csv", "html" })) @QueryParam("format") String format,
            @Parameter(description = LANGUAGE, schema = @Schema(enumeration = { "da", "en" })) @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return document(ReportKind.ACTIVITY, month, format, lang, headers);
    }

    private Uni<Response> monthly(ReportKind kind, YearMonth month, String format, String lang, HttpHeaders headers) {
        ReportFormat chosen = ReportFormat.chosen(format, headers.getAcceptableMediaTypes());
        return respond(monthly(kind, month), chosen, ReportLanguage.chosen(lang, headers.getAcceptableLanguages()));
    }

    private Uni<Response> document(ReportKind kind, YearMonth month, String format, String lang, HttpHeaders headers) {
        ReportFormat chosen = ReportFormat.document(format);
        return respond(monthly(kind, month), chosen, ReportLanguage.chosen(lang, headers.getAcceptableLanguages()));
    }

    private Uni<ReportDocument> monthly(ReportKind kind, YearMonth month) {
        if (month == null) {
            throw new MalformedParameterException("month", "is required, as YYYY-MM");
        }
        return generation.monthly(kind, generation.month(month));
    }

    private Uni<Response> respond(Uni<ReportDocument> document, ReportFormat format, ReportLanguage language) {
        return document.chain(d -> generation.render(d, format, language).map(bytes -> ReportDownload.of(bytes, format,
                d.kind(), d.period(), format == ReportFormat.JSON ? null : language.code())));
    }
}
