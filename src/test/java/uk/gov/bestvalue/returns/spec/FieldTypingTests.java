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
        CellValue yes = CellValue.text("Y");
        Parsed<?> first = typing.parse(declared, yes);

        // when
        Parsed<?> again = typing.parse(declared, yes);
        Parsed<?> equalCell = typing.parse(declared, CellValue.text("Y"));
        Parsed<?> otherField = typing.parse(value, yes);

        // then
        assertThat(again).isSameAs(first);
        assertThat(equalCell).isNotSameAs(first).isEqualTo(first);
        assertThat(otherField.failed()).as("the same cell under a money field is read as money").isTrue();
    }
}
