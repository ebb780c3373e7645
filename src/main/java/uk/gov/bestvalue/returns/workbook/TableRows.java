package uk.gov.bestvalue.returns.workbook;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;

/**
 * The data rows below a header row: skips blank rows, and the totals and notes rows below a table.
 *
 * <p>Rows below the table are recognised by shape, not by a word (real suppliers are called "Total Insignia
 * Ltd"): a totals-shaped row has a number (or money text), no date, at most one other piece of text
 * such as a label, and values in at most half the header's columns; a notes-shaped row has text in one or two
 * cells and no number or date. Such rows are held back: if a real data row follows they were data after all and
 * are returned in order; at the end of the sheet they are dropped and counted.
 */
public final class TableRows implements Closeable {

    // More held rows than this is a table of sparse data, not a block of totals.
    private static final int MAX_HELD = 50;

    private final RowCursor cursor;
    private final int headerRowNumber;
    private final int headerWidth;
    private final ArrayDeque<SheetRow> held = new ArrayDeque<>();
    private final ArrayDeque<SheetRow> ready = new ArrayDeque<>();
    private int skippedTotalsRows;
    private boolean ended;

    /** {@code cursor} is opened at the top of the sheet; rows up to and including the header row are skipped. */
    public TableRows(RowCursor cursor, int headerRowNumber, int headerWidth) {
        this.cursor = cursor;
        this.headerRowNumber = headerRowNumber;
        this.headerWidth = headerWidth;
    }

    /** The next data row, or null at the end of the table. */
    public SheetRow next() throws IOException {
        while (ready.isEmpty() && !ended) {
            SheetRow row = cursor.next();
            if (row == null) {
                ended = true;
                skippedTotalsRows += held.size();
                held.clear();
            } else if (row.rowNumber() > headerRowNumber && !isBlankUnderTheHeader(row)) {
                accept(row);
            }
        }
        return ready.poll();
    }

    /**
     * Whether the row is blank in the header's columns: what lies to their right has no title, so no field can take
     * it (Salford's spend files end with hundreds of rows holding only a formula's "#N/A" there).
     */
    private boolean isBlankUnderTheHeader(SheetRow row) {
        int width = headerWidth > 0 ? Math.min(row.width(), headerWidth) : row.width();
        for (int column = 0; column < width; column++) {
            if (!row.cell(column).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private void accept(SheetRow row) {
        if (isTotalsShaped(row) || isNotesShaped(row)) {
            held.add(row);
            if (held.size() > MAX_HELD) {
                ready.addAll(held);
                held.clear();
            }
            return;
        }
        ready.addAll(held);
        held.clear();
        ready.add(row);
    }

    /** How many trailing totals rows were dropped. */
    public int skippedTotalsRows() {
        return skippedTotalsRows;
    }

    boolean isTotalsShaped(SheetRow row) {
        int numbers = 0;
        int words = 0;
        int filled = 0;
        for (int column = 0; column < row.width(); column++) {
            CellValue cell = row.cell(column);
            if (cell.isBlank()) {
                continue;
            }
            filled++;
            if (words > 1) {
                return false; // a data row's second label settles it: the rest of the row need not be parsed
            }
            switch (cell.kind()) {
                case DATE:
                    return false;
                case NUMBER:
                    numbers++;
                    break;
                case TEXT:
                    if (Decimals.parse(cell.text(), true) != null) {
                        numbers++;
                    } else if (cell.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                        words++; // a cell of only dashes or daggers is decoration, not a label
                    }
                    break;
                case BOOLEAN:
                    words++;
                    break;
                default:
                    break;
            }
        }
        return numbers > 0 && words <= 1 && filled * 2 <= headerWidth;
    }

    /** Text in one or two cells and no number or date: a note or source line below the table. */
    boolean isNotesShaped(SheetRow row) {
        int filled = 0;
        for (int column = 0; column < row.width(); column++) {
            CellValue cell = row.cell(column);
            if (cell.isBlank()) {
                continue;
            }
            if (++filled > 2 || cell.kind() != CellKind.TEXT || Decimals.parse(cell.text(), true) != null) {
                return false;
            }
        }
        return filled <= 2 && filled * 3 <= headerWidth;
    }

    @Override
    public void close() throws IOException {
        cursor.close();
    }
}
