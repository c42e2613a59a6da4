package dk.servicelevel.report.archive;

import java.util.List;
import java.util.SortedMap;

import dk.servicelevel.report.ReportKind;
import dk.servicelevel.report.rendering.ReportFormat;
import dk.servicelevel.report.rendering.ReportLanguage;

/**
 * A generated report ready to be filed: its figures (JSON), the source versions they were made from, and its
 * renditions for people in every format and language.
 */
public record RenderedReport(ReportKind kind, String period, SortedMap<String, String> sources, byte[] figures,
        List<Rendition> renditions) {

    public record Rendition(ReportFormat format, ReportLanguage language, byte[] content) {
    }
}
