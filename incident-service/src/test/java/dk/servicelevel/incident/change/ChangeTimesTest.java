package dk.servicelevel.incident.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dk.servicelevel.rules.Violation;

class ChangeTimesTest {

    private static final Instant NOW = Instant.parse("2026-10-20T12:00:00Z");
    private static final Instant START = Instant.parse("2026-10-17T23:00:00Z");
    private static final Instant END = Instant.parse("2026-10-18T01:00:00Z");

    @Test
    void aPlannedChangeCarriedOutInThePastIsPossible() {
        ChangeTimes times = new ChangeTimes(START, END, START.plusSeconds(60), END, START.minus(Duration.ofDays(3)), true);
        assertThat(times.impossibilities(NOW)).isEmpty();
    }

    @Test
    void namesEachImpossibleInstant() {
        ChangeTimes times = new ChangeTimes(END, START, null, END, NOW.plusSeconds(1), true);
        assertThat(times.impossibilities(NOW)).extracting(Violation::field)
                .containsExactly("plannedEndAt", "actualStartAt", "announcedAt");
    }

    @Test
    void aResultNeedsTheActualEndAndTheActualEndFollowsTheStart() {
        ChangeTimes times = new ChangeTimes(START, END, END, START, START.minus(Duration.ofDays(3)), false);
        assertThat(times.impossibilities(NOW)).extracting(Violation::field).containsExactly("actualEndAt");
        ChangeTimes unfinished = new ChangeTimes(START, END, START, null, START.minus(Duration.ofDays(3)), true);
        assertThat(unfinished.impossibilities(NOW)).extracting(Violation::field).containsExactly("result");
    }

    @Test
    void actualTimesInTheFutureAreImpossible() {
        ChangeTimes times = new ChangeTimes(NOW, NOW.plusSeconds(7200), NOW.plusSeconds(60), null, NOW, false);
        assertThat(times.impossibilities(NOW)).extracting(Violation::field).containsExactly("actualStartAt");
    }

    @Test
    void theNoticeIsKeptWhenAnnouncedAtLeastTheNoticePeriodBeforeThePlannedStart() {
        Duration twoDays = Duration.ofDays(2);
        assertThat(new ChangeTimes(START, END, null, null, START.minus(twoDays), false).announcedInTime(twoDays)).isTrue();
        assertThat(new ChangeTimes(START, END, null, null, START.minus(twoDays).plusSeconds(1), false)
                .announcedInTime(twoDays)).isFalse();
    }
}
