package dk.servicelevel.report.statuspage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.servicelevel.report.status.MonthlyStatusReport.MonthAvailability;
import dk.servicelevel.report.status.MonthlyStatusReport.SlaRow;
import dk.servicelevel.report.status.MonthlyStatusReport.WindowAvailability;

class AvailabilityTableTest {

    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Test
    void aColumnPerLayerAndWindowWithItsOwnTargetAndARowPerMonthNewestFirst() {
        SlaRow application = new SlaRow("NT-APPLICATION", "NT, application", "APPLICATION", new BigDecimal("99.9"), List.of(
                notInForce(SEPTEMBER),
                month(OCTOBER, window("A", "99.9", "99.469", false), window("B", "95.0", "100.000", true))));
        SlaRow infrastructure = new SlaRow("NT-INFRASTRUCTURE", "NT, infrastructure", "INFRASTRUCTURE", new BigDecimal("99.9"), List.of(
                month(SEPTEMBER, window("A", "99.9", "100.000", true)),
                month(OCTOBER, window("A", "99.9", "99.950", true))));

        AvailabilityTable table = AvailabilityTable.of(List.of(application, infrastructure));

        assertThat(table.columns()).extracting(c -> c.layer() + " " + c.window() + " " + c.targetPercent())
                .containsExactly("APPLICATION A 99.9", "APPLICATION B 95.0", "INFRASTRUCTURE A 99.9");
        assertThat(table.rows()).extracting(AvailabilityTable.Row::month).containsExactly(OCTOBER, SEPTEMBER);
        assertThat(table.newest().cells()).extracting(AvailabilityTable.Cell::availabilityPercent)
                .containsExactly(new BigDecimal("99.469"), new BigDecimal("100.000"), new BigDecimal("99.950"));
        assertThat(table.newest().cells().get(0).met()).isFalse();
        AvailabilityTable.Row september = table.rows().get(1);
        assertThat(september.cells().get(0).noFigures()).as("before the SLA: neither met nor missed").isTrue();
        assertThat(september.cells().get(0).met()).isTrue();
        assertThat(september.cells().get(2).availabilityPercent()).isEqualByComparingTo("100");
    }

    @Test
    void noSlaNoColumnsNorRows() {
        AvailabilityTable table = AvailabilityTable.of(List.of());
        assertThat(table.columns()).isEmpty();
        assertThat(table.newest()).isNull();
    }

    private static MonthAvailability month(YearMonth month, WindowAvailability... windows) {
        return new MonthAvailability(month, null, null, null, List.of(windows));
    }

    private static MonthAvailability notInForce(YearMonth month) {
        return new MonthAvailability(month, null, null, null, List.of());
    }

    private static WindowAvailability window(String name, String target, String availability, boolean met) {
        return new WindowAvailability(name, new BigDecimal(target), new BigDecimal(availability), met, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
