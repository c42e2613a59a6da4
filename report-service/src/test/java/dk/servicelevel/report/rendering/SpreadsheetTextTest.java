package dk.servicelevel.report.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void aCellASpreadsheetWouldRunIsWrittenAsText() {
        assertThat(SpreadsheetText.neutralised("=HYPERLINK(\"http://evil.example\";\"see\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\";\"see\")");
        assertThat(SpreadsheetText.neutralised("+1+cmd")).isEqualTo("'+1+cmd");
        assertThat(SpreadsheetText.neutralised("-2+3+cmd")).isEqualTo("'-2+3+cmd");
        assertThat(SpreadsheetText.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.neutralised("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SpreadsheetText.neutralised("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void textAndNumbersStayAsTheyAre() {
        assertThat(SpreadsheetText.neutralised("Disk full")).isEqualTo("Disk full");
        assertThat(SpreadsheetText.neutralised("-3.5")).isEqualTo("-3.5");
        assertThat(SpreadsheetText.neutralised("+45")).isEqualTo("+45");
        assertThat(SpreadsheetText.neutralised("99,95%")).isEqualTo("99,95%");
        assertThat(SpreadsheetText.neutralised("")).isEmpty();
    }
}
