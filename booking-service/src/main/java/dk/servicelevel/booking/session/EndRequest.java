package dk.servicelevel.booking.session;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How a session ended")
public record EndRequest(@Schema(example = "COMPLETED") @NotNull SessionState outcome) {
}
