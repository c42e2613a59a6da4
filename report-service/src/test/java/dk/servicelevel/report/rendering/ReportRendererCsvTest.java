package dk.servicelevel.report.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.servicelevel.report.rendering.ReportLayout.Cell;
import dk.servicelevel.report.rendering.ReportLayout.Section;
import dk.servicelevel.report.rendering.ReportLayout.Table;

/** The CSV export as the ministry opens it in a spreadsheet: a registered text that looks like a formula stays text. */
class ReportRendererCsvTest {

    @Test
    void aCauseThatLooksLikeAFormulaIsWrittenAsTextAndNumbersStayNumbers() {
        Table faults = new Table(null, List.of("Incident", "Cause", "Minutes"),
                List.of(Cell.row("INC-1", "=HYPERLINK(\"http://evil.example\",\"details\")", -3), Cell.row("INC-2", "Disk full", 42)));
        ReportLayout layout = new ReportLayout("Fault log", "October 2026", List.of(new Section("Faults", List.of(), List.of(), List.of(faults))),
                "None in the period.");

        String csv = new String(ReportRenderer.csv(layout), StandardCharsets.UTF_8);

        assertThat(csv).contains("INC-1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"details\"\")\",-3")
                .contains("INC-2,Disk full,42")
                .doesNotContain(",=HYPERLINK");
    }
}
