package dk.servicelevel.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.servicelevel.report.archive.ArchivedReportResponse;

/** The archive marks, of each kind and period, only the newest version as the one to read. */
class ArchiveListingTest {

    @Test
    void onlyTheHighestVersionOfEachKindAndPeriodIsMarkedNewest() {
        List<ArchivePage.Filed> filed = ArchivePage.Filed.of(List.of(
                report(1, "MONTHLY_OPERATIONS", "2026-10", 1), report(2, "MONTHLY_OPERATIONS", "2026-10", 2),
                report(3, "FAULT_LOG", "2026-10", 1), report(4, "MONTHLY_OPERATIONS", "2026-09", 1)), r -> "generated");

        assertThat(filed).extracting(f -> f.report().id(), ArchivePage.Filed::newest)
                .containsExactly(tuple(1L, false), tuple(2L, true),
                        tuple(3L, true), tuple(4L, true));
    }

    private static ArchivedReportResponse report(long id, String kind, String period, int version) {
        return new ArchivedReportResponse(id, kind, period, version, "ab".repeat(32), Instant.parse("2026-11-02T08:00:00Z"),
                "ministry-user", Map.of(), List.of());
    }
}
