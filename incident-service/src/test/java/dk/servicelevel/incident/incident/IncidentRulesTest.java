package dk.servicelevel.incident.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.servicelevel.rules.Violation;

class IncidentRulesTest {

    private static final Instant NOW = Instant.parse("2026-10-31T12:00:00Z");
    private static final Instant T = Instant.parse("2026-10-07T02:00:00Z");

    @Test
    void theVendorKnewAtTheEarlierOfDetectionAndReport() {
        assertEquals(T, times(null, T.plusSeconds(60), T, null, null).knownAt().orElseThrow());
        assertEquals(T, times(null, T, null, null, null).knownAt().orElseThrow());
        assertEquals(T, times(null, null, T, null, null).knownAt().orElseThrow());
    }

    @Test
    void instantsInAPossibleOrderPass() {
        assertTrue(times(T, T.plusSeconds(60), T.plusSeconds(300), T.plusSeconds(120), T.plusSeconds(900))
                .impossibilities(NOW).isEmpty());
    }

    @Test
    void namesEachInstantOutOfOrder() {
        var found = times(T, T.minusSeconds(60), null, T.minusSeconds(120), T.minusSeconds(30)).impossibilities(NOW);
        assertEquals(List.of("detectedAt", "acknowledgedAt", "restoredAt"),
                found.stream().map(Violation::field).distinct().toList());
    }

    @Test
    void needsDetectionOrReportAndRefusesTheFuture() {
        assertEquals("detectedAt", times(T, null, null, null, null).impossibilities(NOW).get(0).field());
        assertEquals("reportedAt", times(null, null, NOW.plusSeconds(1), null, null).impossibilities(NOW).get(0).field());
    }

    @Test
    void statesMoveForwardCloseOnlyWhenResolvedAndReopen() {
        assertTrue(IncidentState.REGISTERED.mayMoveTo(IncidentState.INVESTIGATING));
        assertTrue(IncidentState.REGISTERED.mayMoveTo(IncidentState.RESOLVED));
        assertFalse(IncidentState.MITIGATED.mayMoveTo(IncidentState.INVESTIGATING));
        assertFalse(IncidentState.INVESTIGATING.mayMoveTo(IncidentState.CLOSED));
        assertTrue(IncidentState.RESOLVED.mayMoveTo(IncidentState.CLOSED));
        assertTrue(IncidentState.CLOSED.mayMoveTo(IncidentState.INVESTIGATING));
        assertTrue(IncidentState.CLOSED.isReopening(IncidentState.INVESTIGATING));
        assertFalse(IncidentState.CLOSED.mayMoveTo(IncidentState.REGISTERED));
        assertFalse(IncidentState.CLOSED.mayMoveTo(IncidentState.CLOSED));
    }

    @Test
    void deadlinesCountFromWhenTheVendorKnew() {
        ResponseDeadlines deadlines = new ResponseDeadlines(
                Map.of(1, new ResponseDeadlines.Deadline(Duration.ofHours(1), Duration.ofHours(2))));
        var due = deadlines.dueTimes(1, T).orElseThrow();
        assertEquals(T.plusSeconds(3600), due.acknowledgeBy());
        assertEquals(T.plusSeconds(7200), due.restoreBy());
        assertTrue(deadlines.dueTimes(3, T).isEmpty());

        assertFalse(ResponseDeadlines.missed(due.acknowledgeBy(), T.plusSeconds(3600), NOW));
        assertTrue(ResponseDeadlines.missed(due.acknowledgeBy(), T.plusSeconds(3601), NOW));
        assertTrue(ResponseDeadlines.missed(due.restoreBy(), null, NOW));
        assertFalse(ResponseDeadlines.missed(due.restoreBy(), null, T.plusSeconds(60)));
    }

    private static IncidentTimes times(Instant occurred, Instant detected, Instant reported, Instant acknowledged,
            Instant restored) {
        return new IncidentTimes(occurred, detected, reported, acknowledged, restored, null);
    }
}
