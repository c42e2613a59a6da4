package dk.servicelevel.report.source;

import java.time.Instant;

/** A change to a system in operation. */
public record ChangeRecord(long id, String systemCode, String kind, String title, Instant plannedStartAt,
        Instant plannedEndAt, Instant actualStartAt, Instant actualEndAt, boolean withDowntime, Instant announcedAt,
        String result, String resultNote, boolean noticeKept, long version) {
}
