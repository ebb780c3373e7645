package uk.gov.bestvalue.returns.spec;

import java.util.List;

import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.SheetRow;
import uk.gov.bestvalue.returns.workbook.ValueParsers;

/**
 * Tells a file whose data starts on its first row (a finance export saved without its column titles) from
 * one with the wrong titles, so its owner is told to add the header rather than to rename columns.
 */
final class NoHeaderRow {

    private NoHeaderRow() {
    }

    /** A sentence for the start of the rejection's reason, or "" when the first row is not data. */
    static String explain(List<List<SheetRow>> topRowsBySheet) {
        for (List<SheetRow> top : topRowsBySheet) {
            if (!top.isEmpty() && looksLikeData(top.get(0))) {
                SheetRow first = top.get(0);
                return "The file has no header row: row " + first.rowNumber() + " of '" + first.sheet()
                        + "' already holds data (a date and an amount), so its columns cannot be told apart. "
                        + "Add a row of column titles above it.\n";
            }
        }
        return "";
    }

    /** A date in one cell and an amount in another: what a payment or receipt line has and a title row has not. */
    private static boolean looksLikeData(SheetRow row) {
        int dateColumn = -1;
        for (int column = 0; column < row.width() && dateColumn < 0; column++) {
            CellValue cell = row.cell(column);
            // a plain number is not taken for a date (a serial) here: an amount would be
            if (!cell.isBlank() && ValueParsers.date(cell).value() != null && ValueParsers.money(cell).value() == null) {
                dateColumn = column;
            }
        }
        if (dateColumn < 0) {
            return false;
        }
        for (int column = 0; column < row.width(); column++) {
            CellValue cell = row.cell(column);
            if (column != dateColumn && !cell.isBlank() && ValueParsers.money(cell).value() != null) {
                return true;
            }
        }
        return false;
    }
}
