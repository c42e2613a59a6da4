package dk.servicelevel.report.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.servicelevel.report.ReportMonth;
import dk.servicelevel.report.operations.MonthlyOperationsReport.LayerOperations;
import dk.servicelevel.report.operations.MonthlyOperationsReport.SystemOperations;
import dk.servicelevel.report.source.CallCounts;
import dk.servicelevel.report.source.ChangeRecord;
import dk.servicelevel.report.source.IncidentRecord;
import dk.servicelevel.report.source.OutageRecord;
import dk.servicelevel.report.source.ServiceWindowRecord;
import dk.servicelevel.report.source.SlaAvailability;
import dk.servicelevel.report.source.SlaRecord;

/** The monthly operations report's part of one system, put together from the sources' answers without asking them. */
class SystemMonthTest {

    private static final ReportMonth OCTOBER = new ReportMonth(YearMonth.of(2026, 10), ZoneId.of("Europe/Copenhagen"));
    private static final Instant OCT_7 = Instant.parse("2026-10-07T02:00:00Z");
    private static final SlaAvailability.ResponseTimes RESPONSE_TIMES = new SlaAvailability.ResponseTimes(Duration.ofSeconds(2),
            List.of(), null);

    @Test
    void eachLayerHasItsEvaluationItsOutagesAndTheWorstColourOfItsProductionFaults() {
        SystemMonth month = new SystemMonth("NT", OCTOBER, calls(), List.of(
                layer("NT-APP", "APPLICATION", window("A", "99.9", "99.95", true), window("B", "99.5", "99.10", false)),
                layer("NT-INFRA", "INFRASTRUCTURE", window("A", "99.9", "100.00", true))),
                List.of(incident("INC-1", "NT", "APPLICATION", "PRODUCTION", "YELLOW"), incident("INC-2", "NT", "APPLICATION", "TEST", "RED"),
                        incident("INC-3", "SP", "APPLICATION", "PRODUCTION", "RED")),
                List.of(), List.of(), List.of(), List.of(), List.of());

        SystemOperations operations = month.operations();

        LayerOperations application = operations.layers().get(0);
        assertThat(application.status()).as("RED of a test environment does not count").isEqualTo("YELLOW");
        assertThat(application.targetsMet()).as("window B missed its target").isFalse();
        assertThat(application.faults()).extracting(MonthlyOperationsReport.FaultFacts::incidentId).containsExactly("INC-1", "INC-2");
        assertThat(application.windows().get(0).hoursAgreed()).isEqualByComparingTo("100.00");
        assertThat(application.windows().get(0).hoursAvailable()).isEqualByComparingTo("99.50");
        LayerOperations infrastructure = operations.layers().get(1);
        assertThat(infrastructure.status()).isEqualTo("GREEN");
        assertThat(infrastructure.targetsMet()).isTrue();
        assertThat(operations.narratives()).extracting("incidentId").as("production incidents of this system only").containsExactly("INC-1");
        assertThat(operations.responseTimes()).isSameAs(RESPONSE_TIMES);
    }

    @Test
    void anOutageThatGoesOnIsCountedToTheEndOfTheMonthAndAChangeByWhenItWasCarriedOut() {
        Instant lastDay = Instant.parse("2026-10-31T21:00:00Z");
        SystemMonth month = new SystemMonth("NT", OCTOBER, calls(),
                List.of(new SystemMonth.EvaluatedLayer(sla("NT-APP", "APPLICATION"), availability(window("A", "99.9", "99.0", false)),
                        List.of(new OutageRecord("INC-4", "NT", "APPLICATION", 1, "RED", lastDay, null)))),
                List.of(), List.of(new ServiceWindowRecord(9, "NT", OCT_7, OCT_7.plus(Duration.ofMinutes(90)), "Patching", OCT_7, 0)),
                List.of(new ChangeRecord(5, "NT", "STANDARD", "Release 4.2", OCT_7, OCT_7.plusSeconds(3600), OCT_7.plusSeconds(600),
                        OCT_7.plusSeconds(4200), true, OCT_7, "SUCCEEDED", null, true, 0)),
                List.of(), List.of(), List.of());

        SystemOperations operations = month.operations();

        // 2026-10-31T21:00Z is 22:00 in Copenhagen (winter time from 25 October): two hours are left of October
        assertThat(operations.layers().get(0).outages().get(0).hours()).isEqualByComparingTo("2.00");
        assertThat(operations.layers().get(0).outages().get(0).end()).isNull();
        assertThat(operations.serviceWindows().get(0).hours()).isEqualByComparingTo("1.50");
        assertThat(operations.changes().get(0).start()).isEqualTo(OCT_7.plusSeconds(600));
        assertThat(operations.changes().get(0).end()).isEqualTo(OCT_7.plusSeconds(4200));
        assertThat(operations.transactions()).isEqualTo(1200);
    }

    private static SystemMonth.EvaluatedLayer layer(String id, String layer, SlaAvailability.Window... windows) {
        return new SystemMonth.EvaluatedLayer(sla(id, layer), availability(windows), List.of());
    }

    private static SlaRecord sla(String id, String layer) {
        return new SlaRecord(id, id, "NT", layer, List.of(new SlaRecord.Version(1, Instant.parse("2026-01-01T00:00:00Z"))));
    }

    private static SlaAvailability availability(SlaAvailability.Window... windows) {
        return new SlaAvailability("NT-APP", "NT", "APPLICATION", OCTOBER.zone(), OCTOBER.start(), OCTOBER.end(), OCTOBER.end(),
                List.of(), List.of(windows), windows[0], RESPONSE_TIMES);
    }

    /** A window of 6,000 agreed minutes (100 hours) with 30 minutes down. */
    private static SlaAvailability.Window window(String name, String target, String achieved, boolean met) {
        return new SlaAvailability.Window(name, new BigDecimal(target), new BigDecimal("6000"), BigDecimal.ZERO, new BigDecimal("30"),
                new BigDecimal(achieved), met, BigDecimal.ZERO, List.of());
    }

    private static IncidentRecord incident(String id, String system, String layer, String environment, String colour) {
        return new IncidentRecord(id, system, layer, environment, 2, colour, "RESOLVED", false, OCT_7, OCT_7, OCT_7.plusSeconds(300),
                OCT_7.plusSeconds(3600), null, null, "Slow logins", "", "", "A disk ran full", "Disk extended", List.of(), null, 1);
    }

    private static CallCounts calls() {
        return new CallCounts("NT", OCTOBER.month(), 1200, Map.of("B", 1200L), List.of());
    }
}
