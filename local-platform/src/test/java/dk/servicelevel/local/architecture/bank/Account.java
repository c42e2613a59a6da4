package dk.servicelevel.local.architecture.bank;

/** A class of another service, for ArchitectureRulesTest. */
public record Account(String number) {
}
