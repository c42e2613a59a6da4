package dk.servicelevel.sla.evaluation;

import java.time.Instant;

import dk.servicelevel.sla.definition.SlaDefinition;

/** A version of an SLA's definition, in force from its instant until the next version's. */
public record DefinitionVersion(int number, Instant validFrom, SlaDefinition definition) {
}
