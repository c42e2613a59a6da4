package dk.servicelevel.report.archive;

import java.util.List;
import java.util.Map;

import dk.servicelevel.report.archive.ArchivedRenditionRepository.Checksum;

/** An archived version of a report with what it was made from and the checksum of each of its renditions. */
public record FiledReport(ArchivedReport report, Map<String, String> sources, List<Checksum> renditions) {
}
