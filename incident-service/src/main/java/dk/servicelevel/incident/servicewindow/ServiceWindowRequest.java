package dk.servicelevel.incident.servicewindow;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A service window to announce")
public record ServiceWindowRequest(
        @Schema(description = "Code of the system in the catalogue", example = "NT")
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,19}", message = "must be a system code: 2 to 20 upper-case letters, digits or hyphens")
        String systemCode,
        @Schema(example = "2026-10-17T01:00:00+02:00") @NotNull OffsetDateTime startAt,
        @Schema(example = "2026-10-17T02:00:00+02:00") @NotNull OffsetDateTime endAt,
        @Schema(example = "Operating system security updates") @NotBlank @Size(max = 500) String purpose,
        @Schema(description = "When the users were told", example = "2026-10-13T09:00:00+02:00") @NotNull OffsetDateTime announcedAt) {
}
