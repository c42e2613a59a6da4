package dk.servicelevel.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.servicelevel.report.archive.ArchivedReportResponse;
import dk.servicelevel.report.archive.ArchivedReportResponse.Format;

/** The archive marks, of each kind and period, only the newest version as the one to read. */
class ArchiveListingTest {

    @Test
    void onlyTheHighestVersionOfEachKindAndPeriodIsMarkedNewest() {
        List<ArchivePage.Filed> filed = ArchivePage.Filed.of(List.of(
                report(1, "MONTHLY_OPERATIONS", "2026-10", 1), report(2, "MONTHLY_OPERATIONS", "2026-10", 2),
                report(3, "FAULT_LOG", "2026-10", 1), report(4, "MONTHLY_OPERATIONS", "2026-09", 1)), r -> "generated", "da");

        assertThat(filed).extracting(f -> f.report().id(), ArchivePage.Filed::newest)
                .containsExactly(tuple(1L, false), tuple(2L, true),
                        tuple(3L, true), tuple(4L, true));
    }

    @Test
    void eachFormatIsOfferedOnceInTheReadersLanguageOrAsItWasFiled() {
        List<Format> filed = List.of(format("application/json", null), format("application/pdf", "da"),
                format("application/pdf", "en"), format("text/csv", "en"));

        assertThat(ArchivePage.Filed.formatsIn(filed, "en")).extracting(Format::mediaType, Format::language)
                .containsExactly(tuple("application/json", null), tuple("application/pdf", "en"), tuple("text/csv", "en"));
        assertThat(ArchivePage.Filed.formatsIn(filed, "da")).extracting(Format::mediaType, Format::language)
                .containsExactly(tuple("application/json", null), tuple("application/pdf", "da"), tuple("text/csv", "en"));
    }

    private static Format format(String mediaType, String language) {
        return new Format(mediaType, language, "cd".repeat(32), "/api/v1/reports/1/content");
    }

    private static ArchivedReportResponse report(long id, String kind, String period, int version) {
        return new ArchivedReportResponse(id, kind, period, version, "ab".repeat(32), Instant.parse("2026-11-02T08:00:00Z"),
                "ministry-user", Map.of(), List.of());
    }
}
