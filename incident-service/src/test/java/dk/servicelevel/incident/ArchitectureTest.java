package dk.servicelevel.incident;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import dk.servicelevel.local.ArchitectureRules;

/** The platform's architecture rules (docs/testing.md, "Architecture tests"), applied to incident-service's classes. */
@AnalyzeClasses(packages = "dk.servicelevel.incident", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final ArchitectureRules RULES = ArchitectureRules.of("incident");

    @ArchTest
    static final ArchRule usesNoOtherService = RULES.usesNoOtherService();

    @ArchTest
    static final ArchRule featuresWithoutLoops = RULES.featuresWithoutLoops();

    @ArchTest
    static final ArchRule rulesArePlainJava = RULES.plainJava("incident.IncidentTimes", "change.ChangeTimes", "incident.ResponseDeadlines", "monthlycount.MonthlyTally");

    @ArchTest
    static final ArchRule queriesInRepositories = RULES.queriesInRepositories();

    @ArchTest
    static final ArchRule apiRecordsAtTheEdge = RULES.apiRecordsAtTheEdge();
}
