package dk.servicelevel.booking;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import dk.servicelevel.local.ArchitectureRules;

/** The platform's architecture rules (docs/testing.md, "Architecture tests"), applied to booking-service's classes. */
@AnalyzeClasses(packages = "dk.servicelevel.booking", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final ArchitectureRules RULES = ArchitectureRules.of("booking");

    @ArchTest
    static final ArchRule usesNoOtherService = RULES.usesNoOtherService();

    @ArchTest
    static final ArchRule featuresWithoutLoops = RULES.featuresWithoutLoops();

    @ArchTest
    static final ArchRule rulesArePlainJava = RULES.plainJava("capacity.CapacityModel", "slot.SlotPlan", "schoolyear.SchoolCalendar", "schoolyear.DanishHolidays", "schoolyear.SittingLimit", "booking.TermOfSlot",
            "forecast.HourlyLoad");

    @ArchTest
    static final ArchRule queriesInRepositories = RULES.queriesInRepositories("booking.SeatReservation", "session.SessionFactsCache", "session.SessionEventJournal", "measurement.MeasurementOutbox");

    @ArchTest
    static final ArchRule apiRecordsAtTheEdge = RULES.apiRecordsAtTheEdge("session.SessionMeasurement");
}
