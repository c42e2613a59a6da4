package dk.servicelevel.report.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

import dk.servicelevel.api.MalformedParameterException;

class ReportFormatTest {

    @Test
    void theFormatParameterWinsOverTheAcceptHeader() {
        assertThat(ReportFormat.chosen("PDF", List.of(MediaType.APPLICATION_JSON_TYPE))).isEqualTo(ReportFormat.PDF);
    }

    @Test
    void theAcceptHeaderDecidesInItsOrderAndAnythingIsJson() {
        assertThat(ReportFormat.chosen(null, List.of(MediaType.valueOf("text/csv"), MediaType.TEXT_HTML_TYPE)))
                .isEqualTo(ReportFormat.CSV);
        assertThat(ReportFormat.chosen(null, List.of(MediaType.WILDCARD_TYPE))).isEqualTo(ReportFormat.JSON);
    }

    @Test
    void anUnknownFormatIsABadParameterAndAnUnmetAcceptHeaderIsNotAcceptable() {
        assertThatThrownBy(() -> ReportFormat.chosen("docx", List.of())).isInstanceOf(MalformedParameterException.class);
        assertThatThrownBy(() -> ReportFormat.chosen(null, List.of(MediaType.APPLICATION_XML_TYPE)))
                .isInstanceOf(NotAcceptableException.class);
    }

    @Test
    void aDocumentIsAPdfACsvOrAnHtmlPageAndItsFormatMustBeGiven() {
        assertThat(ReportFormat.document("pdf")).isEqualTo(ReportFormat.PDF);
        assertThat(ReportFormat.document("CSV")).isEqualTo(ReportFormat.CSV);
        assertThatThrownBy(() -> ReportFormat.document(null)).isInstanceOf(MalformedParameterException.class).hasMessageContaining("required");
        assertThatThrownBy(() -> ReportFormat.document("json")).isInstanceOf(MalformedParameterException.class).hasMessageContaining("pdf, csv, html");
    }
}
