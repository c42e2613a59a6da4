package dk.servicelevel.report;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import dk.servicelevel.local.ArchitectureRules;

/** The platform's architecture rules (docs/testing.md, "Architecture tests"), applied to report-service's classes. */
@AnalyzeClasses(packages = "dk.servicelevel.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final ArchitectureRules RULES = ArchitectureRules.of("report");

    @ArchTest
    static final ArchRule usesNoOtherService = RULES.usesNoOtherService();

    @ArchTest
    static final ArchRule featuresWithoutLoops = RULES.featuresWithoutLoops();

    @ArchTest
    static final ArchRule rulesArePlainJava = RULES.plainJava("ReportMonth", "usage.UsagePatterns", "operations.SystemMonth");

    @ArchTest
    static final ArchRule takesEvaluationsFromSlaService = RULES.usesNoEvaluation();

    @ArchTest
    static final ArchRule queriesInRepositories = RULES.queriesInRepositories();

    @ArchTest
    static final ArchRule apiRecordsAtTheEdge = RULES.apiRecordsAtTheEdge();
}
