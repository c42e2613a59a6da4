package dk.servicelevel.incident.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class OpenIncidentListTest {

    private static final OpenIncidentList.Filter EVERYTHING = new OpenIncidentList.Filter(null, null, null, null);

    @Test
    void aPageAtATimeWithTheLastPageShortAndPagesBeyondItShowingTheLast() {
        List<IncidentRow> open = rows(30, "NT", "RED");
        OpenIncidentList first = OpenIncidentList.of(open, EVERYTHING, 1, 25);
        assertThat(first.shown()).hasSize(25);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        OpenIncidentList beyond = OpenIncidentList.of(open, EVERYTHING, 9, 25);
        assertThat(beyond.page()).isEqualTo(2);
        assertThat(beyond.shown()).hasSize(5);
        assertThat(OpenIncidentList.of(List.of(), EVERYTHING, 0, 25).pages()).isEqualTo(1);
    }

    @Test
    void theFilterNarrowsTheListWhileTheCountsTellTheWholeOfIt() {
        List<IncidentRow> open = new ArrayList<>(rows(3, "NT", "RED"));
        open.addAll(rows(2, "SP", "YELLOW"));
        OpenIncidentList yellow = OpenIncidentList.of(open, new OpenIncidentList.Filter(null, null, null, "YELLOW"), 1, 25);
        assertThat(yellow.shown()).extracting(IncidentRow::system).containsOnly("SP");
        assertThat(yellow.matching()).isEqualTo(2);
        assertThat(yellow.open()).isEqualTo(5);
        assertThat(yellow.byColour()).containsEntry("RED", 3L).containsEntry("YELLOW", 2L);
        assertThat(yellow.bySystem()).containsEntry("NT", 3L).containsEntry("SP", 2L);
        assertThat(new OpenIncidentList.Filter("S P", "REGISTERED", 2, null).query()).isEqualTo("&system=S+P&state=REGISTERED&category=2");
    }

    private static List<IncidentRow> rows(int count, String system, String colour) {
        List<IncidentRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new IncidentRow("INC-2026-" + system + i, system, "APPLICATION", 2, colour, "REGISTERED", "Slow",
                    "", "", false, "", false, false, ""));
        }
        return rows;
    }
}
