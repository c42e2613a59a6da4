package dk.servicelevel.report.archive;

import java.util.Map;
import java.util.SortedMap;

import dk.servicelevel.report.rendering.ReportFormat;
import dk.servicelevel.report.ReportKind;

/** A generated report in every format, with the source versions it was made from, ready to be filed. */
public record RenderedReport(ReportKind kind, String period, SortedMap<String, String> sources,
        Map<ReportFormat, byte[]> formats) {
}
