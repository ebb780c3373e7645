package uk.gov.bestvalue.returns.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cells that a spreadsheet would run as a formula are written as text; numbers and plain text as they are. */
class CsvCellsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            =1+2                | '=1+2
            +44 20 7946 0000    | '+44 20 7946 0000
            -cmd                | '-cmd
            @SUM(A1:A9)         | '@SUM(A1:A9)
            -1250.50            | -1250.50
            +3                  | +3
            -1.5E3              | -1.5E3
            Plain text          | Plain text
            a=b                 | a=b
            """)
    void aCellIsNeutralisedOnlyWhenASpreadsheetWouldRunIt(String cell, String written) {
        assertThat(CsvCells.safe(cell)).isEqualTo(written);
    }

    @org.junit.jupiter.api.Test
    void tabsCarriageReturnsAndEmptyCells() {
        assertThat(CsvCells.safe("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvCells.safe("\rcmd")).isEqualTo("'\rcmd");
        assertThat(CsvCells.safe("")).isEmpty();
        assertThat(CsvCells.safe((String) null)).isNull();
        assertThat(CsvCells.safe(new String[] {"=x", "1"})).containsExactly("'=x", "1");
    }
}
