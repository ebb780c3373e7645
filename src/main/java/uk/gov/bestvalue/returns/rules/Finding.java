package uk.gov.bestvalue.returns.rules;

import uk.gov.bestvalue.returns.workbook.CellRef;

/**
 * One thing wrong with a return: the rule it breaks, where (sheet, row, column), the field and value
 * concerned, and a plain-English message saying what to do about it.
 *
 * @param rule     the rule id, e.g. {@code P1}, or a field check such as {@code FORMAT}
 * @param cell     the cell the finding points at; never null
 * @param field    the return field concerned, e.g. {@code total_value}, or null for a whole-row finding
 * @param value    the value as it appears in the file, or null when the cell is blank
 */
public record Finding(String rule, Severity severity, CellRef cell, String field, String value, String message) {

    /** A finding on a field of a typed row, quoting the cell's value as the file had it. */
    public static Finding on(ReturnRow row, String field, String rule, Severity severity, String message) {
        return new Finding(rule, severity, row.cell(field), field, row.raw(field), message);
    }
}
