package dk.servicelevel.incident.incident;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A preventive action of the remedy plan (seed 002, Krav 21; seed 003). */
@Schema(description = "A preventive action so that the fault does not happen again")
@RegisterForReflection(registerFullHierarchy = true)
public record RemedyAction(
        @Schema(example = "Alert at 80% disk use on the database hosts") @NotBlank @Size(max = 500) String action,
        @Schema(example = "Platform team") @NotBlank @Size(max = 200) String owner,
        @Schema(example = "2026-11-15") @NotNull LocalDate dueDate,
        boolean done) {
}
