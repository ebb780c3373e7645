package uk.gov.bestvalue.returns.spec;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The type a return's field is read as; each has a parser in {@code workbook.ValueParsers}. */
public enum FieldType {
    TEXT, MONEY, DATE, BOOLEAN, PERCENT, INTEGER;

    @JsonCreator
    static FieldType fromYaml(String value) {
        return valueOf(value.trim().toUpperCase());
    }
}
