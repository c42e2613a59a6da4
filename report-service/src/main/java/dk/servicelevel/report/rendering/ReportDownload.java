package dk.servicelevel.report.rendering;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import dk.servicelevel.report.ReportKind;

/** A report's bytes as an HTTP answer, with a file name a person can keep (monthly-operations-2026-10.pdf). */
public final class ReportDownload {

    private ReportDownload() {
    }

    /** The answer, with the language its text is in (none for the figures). */
    public static Response of(byte[] content, ReportFormat format, ReportKind kind, String period, String language) {
        String name = kind.name().toLowerCase().replace('_', '-') + "-" + period.replaceAll("[^0-9A-Za-z-]", "_")
                + "." + format.extension();
        Response.ResponseBuilder answer = Response.ok(content, format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"");
        return (language == null ? answer : answer.header(HttpHeaders.CONTENT_LANGUAGE, language)).build();
    }
}
