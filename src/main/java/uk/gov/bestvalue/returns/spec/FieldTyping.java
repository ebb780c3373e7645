package uk.gov.bestvalue.returns.spec;

import java.util.List;

import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.Parsed;

/**
 * Types one table's cells by their fields, row after row, remembering each field's last cell and what it came to: an
 * xlsx reader hands out one value per shared string, so a column's repeats (Y and N, a supplier's name, blanks) are
 * typed once a run of them rather than once a cell. Use one per table, read in one thread.
 */
public final class FieldTyping {

    private final FieldType[] types;
    private final CellValue[] lastCells;
    private final Parsed<?>[] lastParsed;

    /** Typing for a spec's fields, by their position. */
    public FieldTyping(List<FieldSpec> fields) {
        this.types = fields.stream().map(FieldSpec::type).toArray(FieldType[]::new);
        this.lastCells = new CellValue[types.length];
        this.lastParsed = new Parsed<?>[types.length];
    }

    /** A cell read as field {@code field}'s type; the same answer again for the same cell (a parse has no state). */
    public Parsed<?> parse(int field, CellValue cell) {
        if (cell == lastCells[field]) {
            return lastParsed[field];
        }
        Parsed<?> parsed = types[field].parse(cell);
        lastCells[field] = cell;
        lastParsed[field] = parsed;
        return parsed;
    }
}
