package dk.servicelevel.booking.session;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page view or an answer in a session")
public record EventRequest(@Schema(example = "ANSWER") @NotNull SessionEvent.Kind kind) {
}
