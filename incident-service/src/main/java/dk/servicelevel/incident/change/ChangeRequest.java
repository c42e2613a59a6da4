package dk.servicelevel.incident.change;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A change to announce, or the whole change when it is updated with its actual times and result")
public record ChangeRequest(
        @Schema(description = "Code of the system in the catalogue", example = "NT")
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,19}", message = "must be a system code: 2 to 20 upper-case letters, digits or hyphens")
        String systemCode,
        @Schema(example = "STANDARD") @NotNull ChangeKind kind,
        @Schema(example = "Release 26.10 of the test player") @NotBlank @Size(max = 200) String title,
        @Schema(example = "2026-10-17T01:00:00+02:00") @NotNull OffsetDateTime plannedStartAt,
        @Schema(example = "2026-10-17T03:00:00+02:00") @NotNull OffsetDateTime plannedEndAt,
        @Schema(description = "When it really started; empty until then") OffsetDateTime actualStartAt,
        @Schema(description = "When it really ended; empty until then") OffsetDateTime actualEndAt,
        @Schema(description = "Whether the users lose the system while it is carried out") @NotNull Boolean withDowntime,
        @Schema(description = "When the users were told", example = "2026-10-03T09:00:00+02:00") @NotNull OffsetDateTime announcedAt,
        @Schema(description = "How it ended; only once it has ended") ChangeResult result,
        @Schema(description = "What happened, in a few words") @Size(max = 2000) String resultNote) {
}
