package dk.servicelevel.report.archive;

import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.servicelevel.api.MalformedParameterException;
import dk.servicelevel.api.Roles;
import dk.servicelevel.report.ReportKind;
import dk.servicelevel.report.rendering.ReportDownload;
import dk.servicelevel.report.rendering.ReportFormat;
import dk.servicelevel.report.rendering.ReportLanguage;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/reports")
@Tag(name = "Report archive", description = "Every filed report, as immutable versions with their checksums")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.MINISTRY, Roles.VENDOR_OPS, Roles.ADMIN })
public class ReportArchiveResource {

    /** Filed bytes are documented as bytes: a generated client keeps them as a file, checksum intact. */
    private static final String BYTES = "binary";
    private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    private final ReportArchive archive;

    ReportArchiveResource(ReportArchive archive) {
        this.archive = archive;
    }

    @GET
    @Operation(operationId = "listArchivedReports", summary = "List archived report versions, newest month first")
    public Uni<List<ArchivedReportResponse>> list(
            @Parameter(description = "Kind of report", example = "MONTHLY_OPERATIONS")
            @QueryParam("kind") ReportKind kind,
            @Parameter(description = "Month reported on", example = "2026-10")
            @QueryParam("period") @Pattern(regexp = MONTH, message = "must be a month as YYYY-MM") String period) {
        return archive.matching(kind,
                period == null ? null : YearMonth.parse(period)).chain(archive::withRenditions).map(ArchivedReportResponse::ofEach);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(operationId = "getArchivedReport", summary = "Describe one archived report version: its formats with their checksums, and its sources")
    @APIResponse(responseCode = "200", description = "The archived version")
    @APIResponse(responseCode = "404", description = "No archived report has this id")
    public Uni<ArchivedReportResponse> get(@PathParam("id") long id) {
        return archive.get(id).chain(report -> archive.withRenditions(List.of(report))).map(filed -> ArchivedReportResponse.of(filed.get(0)));
    }

    @GET
    @Path("{id: \\d+}/content")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, "application/pdf", "text/csv" })
    @Operation(operationId = "downloadArchivedReport", summary = "Open an archived report version exactly as filed, as a link does",
            description = "The address of each filed format's `href`, for links and browsers; a program (a generated client) "
                    + "downloads the same bytes with downloadFiledReport, which documents every format as bytes. `format` is json, "
                    + "html, pdf or csv; without it the Accept header decides (JSON by default). `lang` (da or en; without it "
                    + "Accept-Language decides, Danish by default) chooses the language of html, pdf and csv; Content-Language "
                    + "says which it is. The SHA-256 of the bytes equals the checksum filed for that format and language.")
    @APIResponse(responseCode = "200", description = "The filed bytes in the format chosen", headers = @Header(name = "Content-Language", ref = "Content-Language"),
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = BYTES)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "404", description = "No archived report has this id")
    public Uni<Response> content(@PathParam("id") long id,
            @Parameter(example = "pdf", schema = @Schema(enumeration = { "json", "html", "pdf", "csv" })) @QueryParam("format") String format,
            @Parameter(example = "da", schema = @Schema(enumeration = { "da", "en" })) @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return filed(id, ReportFormat.chosen(format, headers.getAcceptableMediaTypes()), ReportLanguage.chosen(lang, headers.getAcceptableLanguages()));
    }

    @GET
    @Path("{id: \\d+}/file")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, "application/pdf", "text/csv" })
    @Operation(operationId = "downloadFiledReport", summary = "Download an archived report version exactly as filed, as a file",
            description = "The bytes filed for the format (json, html, pdf or csv) and, but for json, the language (da or en, "
                    + "Danish by default); Content-Language says which it is. Their SHA-256 equals the checksum filed for them.")
    @APIResponse(responseCode = "200", description = "The filed bytes in the format chosen", headers = @Header(name = "Content-Language", ref = "Content-Language"),
            content = { @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = BYTES)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = BYTES)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING, format = BYTES)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.STRING, format = BYTES)) })
    @APIResponse(responseCode = "404", description = "No archived report has this id")
    public Uni<Response> file(@PathParam("id") long id,
            @Parameter(required = true, example = "pdf", schema = @Schema(enumeration = { "json", "html", "pdf", "csv" })) @QueryParam("format") String format,
            @Parameter(example = "da", schema = @Schema(enumeration = { "da", "en" })) @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        if (format == null) {
            throw new MalformedParameterException("format", "is required: json, html, pdf or csv");
        }
        return filed(id, ReportFormat.chosen(format, List.of()), ReportLanguage.chosen(lang, headers.getAcceptableLanguages()));
    }

    private Uni<Response> filed(long id, ReportFormat format, ReportLanguage language) {
        return archive.get(id).chain(report -> archive.content(id, format, language)
                .map(filed -> ReportDownload.of(filed.content(), format, ReportKind.valueOf(report.kind),
                        report.period + "-v" + report.reportVersion, filed.language())));
    }
}
