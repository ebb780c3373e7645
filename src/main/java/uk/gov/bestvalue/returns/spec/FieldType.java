package uk.gov.bestvalue.returns.spec;

import com.fasterxml.jackson.annotation.JsonCreator;

import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.Parsed;
import uk.gov.bestvalue.returns.workbook.ValueParsers;

/** The type a return's field is read as; each has a parser in {@code workbook.ValueParsers}. */
public enum FieldType {
    TEXT, MONEY, DATE, BOOLEAN, PERCENT, INTEGER;

    @JsonCreator
    static FieldType fromYaml(String value) {
        return valueOf(value.trim().toUpperCase());
    }

    /** Reads a cell as a value of this type. */
    public Parsed<?> parse(CellValue cell) {
        return switch (this) {
            case TEXT -> ValueParsers.text(cell);
            case MONEY -> ValueParsers.money(cell);
            case DATE -> ValueParsers.date(cell);
            case BOOLEAN -> ValueParsers.bool(cell);
            case PERCENT -> ValueParsers.percent(cell);
            case INTEGER -> ValueParsers.integer(cell);
        };
    }
}
