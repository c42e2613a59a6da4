package dk.servicelevel.sla;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import dk.servicelevel.local.ArchitectureRules;

/** The platform's architecture rules (docs/testing.md, "Architecture tests"), applied to sla-service's classes. */
@AnalyzeClasses(packages = "dk.servicelevel.sla", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final ArchitectureRules RULES = ArchitectureRules.of("sla");

    @ArchTest
    static final ArchRule usesNoOtherService = RULES.usesNoOtherService();

    @ArchTest
    static final ArchRule featuresWithoutLoops = RULES.featuresWithoutLoops();

    @ArchTest
    static final ArchRule rulesArePlainJava = RULES.plainJava("evaluation.AvailabilityCalculator", "evaluation.WindowTimeline", "evaluation.ServiceWindowQualification", "evaluation.EvaluationPeriod", "evaluation.RollingLength", "evaluation.PublicHolidays", "definition.DefinitionRules", "measurement.SampleRules", "measurement.SliceAggregation", "breach.BreachRules", "timeline.IntervalSet", "timeline.Interval");

    @ArchTest
    static final ArchRule queriesInRepositories = RULES.queriesInRepositories("measurement.MeasurementStore", "measurement.LatencySummaries");

    @ArchTest
    static final ArchRule apiRecordsAtTheEdge = RULES.apiRecordsAtTheEdge("breach.BreachWebhook");
}
