package uk.gov.bestvalue.returns.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

import uk.gov.bestvalue.returns.spec.HeaderMatch;
import uk.gov.bestvalue.returns.spec.ReturnSpec;
import uk.gov.bestvalue.returns.workbook.CellRef;

/**
 * One data row of a return, its cells typed by the return's spec, each value still tied to its cell.
 * A value is null when the cell is blank, could not be read, or the file lacks the column.
 */
public final class ReturnRow {

    private final HeaderMatch header;
    private final int rowNumber;
    private final Object[] values;
    private final String[] texts;

    ReturnRow(HeaderMatch header, int rowNumber, Object[] values, String[] texts) {
        this.header = header;
        this.rowNumber = rowNumber;
        this.values = values;
        this.texts = texts;
    }

    public ReturnSpec spec() {
        return header.spec();
    }

    public String sheet() {
        return header.sheet();
    }

    /** The 1-based spreadsheet row. */
    public int rowNumber() {
        return rowNumber;
    }

    /** The typed value of a field by its position in the spec. */
    public Object value(int fieldIndex) {
        return values[fieldIndex];
    }

    public String text(String field) {
        return (String) values[header.spec().indexOf(field)];
    }

    public BigDecimal money(String field) {
        return (BigDecimal) values[header.spec().indexOf(field)];
    }

    public LocalDate date(String field) {
        return (LocalDate) values[header.spec().indexOf(field)];
    }

    /** A Y/N field, null when blank. */
    public Boolean flag(String field) {
        return (Boolean) values[header.spec().indexOf(field)];
    }

    /** A Y/N field that counts as yes only when it says so. */
    public boolean isYes(String field) {
        return Boolean.TRUE.equals(flag(field));
    }

    /** The cell's text as the file had it, for messages; null when blank or absent. */
    public String raw(String field) {
        return texts[header.spec().indexOf(field)];
    }

    /**
     * The cell of a field on this row. When the file lacks the column, the finding points at the row's
     * key column instead, so it still lands on the right row.
     */
    public CellRef cell(String field) {
        int column = header.columnOf(field);
        if (column < 0) {
            column = header.spec().keyField() != null ? header.columnOf(header.spec().keyField().name()) : 0;
        }
        return new CellRef(header.sheet(), rowNumber, Math.max(column, 0));
    }

    /** Whether the file has a column for the field. */
    public boolean hasColumn(String field) {
        return header.columnOf(field) >= 0;
    }
}
