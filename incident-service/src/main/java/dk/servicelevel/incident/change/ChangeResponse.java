package dk.servicelevel.incident.change;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A change to a system in operation")
public record ChangeResponse(
        @Schema(example = "7") long id,
        @Schema(example = "NT") String systemCode,
        ChangeKind kind,
        String title,
        Instant plannedStartAt,
        Instant plannedEndAt,
        Instant actualStartAt,
        Instant actualEndAt,
        boolean withDowntime,
        Instant announcedAt,
        @Schema(description = "Who announced it (the token's subject)") String announcedBy,
        ChangeResult result,
        String resultNote,
        @Schema(description = "False when a change with downtime was announced later than the notice period before its planned start")
        boolean noticeKept,
        long version) {

    static ChangeResponse of(SystemChange change, Duration downtimeNotice) {
        boolean noticeKept = !change.withDowntime || change.times().announcedInTime(downtimeNotice);
        return new ChangeResponse(change.id, change.systemCode, change.kind, change.title, change.plannedStartAt,
                change.plannedEndAt, change.actualStartAt, change.actualEndAt, change.withDowntime,
                change.announcedAt, change.announcedBy, change.result, change.resultNote, noticeKept, change.version);
    }
}
