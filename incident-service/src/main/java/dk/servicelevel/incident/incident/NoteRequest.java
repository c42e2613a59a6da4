package dk.servicelevel.incident.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A note to add to an incident's timeline")
public record NoteRequest(@Schema(example = "Vendor's DBA engaged") @NotBlank @Size(max = 10000) String text) {
}
