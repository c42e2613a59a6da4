package dk.servicelevel.report.rendering;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;

import dk.servicelevel.api.MalformedParameterException;

/** The formats every report comes in, chosen by {@code ?format=} or else by the Accept header. */
public enum ReportFormat {
    JSON(MediaType.APPLICATION_JSON, "json"),
    HTML(MediaType.TEXT_HTML, "html"),
    PDF("application/pdf", "pdf"),
    CSV("text/csv", "csv");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static ReportFormat chosen(String format, List<MediaType> acceptable) {
        if (format != null) {
            return Arrays.stream(values()).filter(f -> f.extension.equals(format.toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new MalformedParameterException("format", "must be one of json, html, pdf, csv"));
        }
        return acceptable.stream().map(ReportFormat::matching).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new NotAcceptableException("Reports come as application/json, text/html, application/pdf or text/csv"));
    }

    /** A format to keep as a document: the figures as JSON are the report's own answer, not a document. */
    public static ReportFormat document(String format) {
        if (format == null || format.isBlank()) {
            throw new MalformedParameterException("format", "is required: pdf, csv or html");
        }
        ReportFormat chosen = chosen(format, List.of());
        if (chosen == JSON) {
            throw new MalformedParameterException("format", "must be one of pdf, csv, html; the figures as JSON are the report's own operation");
        }
        return chosen;
    }

    public static Optional<ReportFormat> forMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst();
    }

    private static Optional<ReportFormat> matching(MediaType accepted) {
        return Arrays.stream(values()).filter(f -> accepted.isCompatible(MediaType.valueOf(f.mediaType))).findFirst();
    }
}
