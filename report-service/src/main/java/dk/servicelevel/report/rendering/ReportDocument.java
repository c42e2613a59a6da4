package dk.servicelevel.report.rendering;

import java.time.ZoneId;
import java.util.SortedMap;

import com.fasterxml.jackson.annotation.JsonProperty;

import dk.servicelevel.report.ReportKind;

/**
 * A report: its figures (serialised as they are for JSON) and their layout for people (HTML, PDF, CSV).
 * {@code sources} names each record the figures were made from with its version, so a filed report can be traced.
 */
public interface ReportDocument {

    @JsonProperty
    ReportKind kind();

    /** The month or period reported on, as it is filed. */
    @JsonProperty
    String period();

    SortedMap<String, String> sources();

    /** The zone of the report's months, days and local times. */
    ZoneId zone();

    /** The report laid out for people in the wording of their language. */
    ReportLayout layout(ReportWording wording);
}
