package dk.servicelevel.incident.servicewindow;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An announced service window")
public record ServiceWindowResponse(
        @Schema(example = "12") long id,
        @Schema(example = "NT") String systemCode,
        Instant startAt,
        Instant endAt,
        String purpose,
        Instant announcedAt,
        @Schema(description = "Who announced it (the token's subject)") String announcedBy,
        long version) {

    static ServiceWindowResponse of(ServiceWindow window) {
        return new ServiceWindowResponse(window.id, window.systemCode, window.startAt, window.endAt, window.purpose,
                window.announcedAt, window.announcedBy, window.version);
    }
}
