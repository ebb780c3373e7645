package uk.gov.bestvalue.returns.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.Parsed;

/** A table's cells typed by their fields, a column's repeated cell once a run. */
class FieldTypingTests {

    private final ReturnSpec spec = ReturnCatalog.load(new JobDefinitions(Path.of("jobs")))
            .byId("procurement-contracts").orElseThrow();
    private final FieldTyping typing = new FieldTyping(spec.fields());
    private final int declared = spec.indexOf("declaration_of_interest");
    private final int value = spec.indexOf("total_value");

    @Test
    void typesEachCellAsItsFieldSays() {
        assertThat(typing.parse(declared, CellValue.text("Yes")).value()).isEqualTo(true);
        assertThat(typing.parse(value, CellValue.text("£1,200.50")).value()).hasToString("1200.50");
        assertThat(typing.parse(value, CellValue.text("about a grand")).failed()).isTrue();
    }

    @Test
    void theSameCellAgainIsTheSameAnswerAndAnEqualCellIsTypedAfresh() {
        // given one shared-string cell, as an xlsx reader hands it out for every repeat
        CellValue amount = CellValue.text("£1,200.50");
        Parsed<?> first = typing.parse(value, amount);

        // when
        Parsed<?> again = typing.parse(value, amount);
        Parsed<?> equalCell = typing.parse(value, CellValue.text("£1,200.50"));
        Parsed<?> otherField = typing.parse(declared, amount);

        // then
        assertThat(again).isSameAs(first);
        assertThat(equalCell).isNotSameAs(first).isEqualTo(first);
        assertThat(otherField.failed()).as("the same cell under a yes/no field is read as yes or no").isTrue();
    }

    @Test
    void yesAndNoAreEachOneAnswer() {
        // a yes/no column is typed on every row: its answers are made once, whichever cell holds them
        assertThat(typing.parse(declared, CellValue.text("Y"))).isSameAs(typing.parse(declared, CellValue.text("yes")));
        assertThat(typing.parse(declared, CellValue.text("N"))).isSameAs(typing.parse(declared, CellValue.bool(false)));
    }
}
