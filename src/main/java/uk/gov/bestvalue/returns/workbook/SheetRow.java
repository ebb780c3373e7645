package uk.gov.bestvalue.returns.workbook;

import java.util.Arrays;

/** One row of a sheet as read, cells indexed by 0-based column. */
public record SheetRow(String sheet, int rowNumber, CellValue[] cells) {

    private static final CellValue[] NO_CELLS = new CellValue[0];

    /** {@code rowNumber} is the 1-based spreadsheet row; the array is used as given, not copied. */
    public SheetRow {
        cells = cells == null ? NO_CELLS : cells;
    }

    /** The cell in a 0-based column; {@link CellValue#BLANK} beyond the row's last cell. */
    public CellValue cell(int column) {
        if (column < 0 || column >= cells.length) {
            return CellValue.BLANK;
        }
        CellValue value = cells[column];
        return value == null ? CellValue.BLANK : value;
    }

    public int width() {
        return cells.length;
    }

    /** True when every cell is blank. */
    public boolean isBlank() {
        for (CellValue value : cells) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    public CellRef ref(int column) {
        return new CellRef(sheet, rowNumber, column);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SheetRow other && rowNumber == other.rowNumber
                && sheet.equals(other.sheet) && Arrays.equals(cells, other.cells);
    }

    @Override
    public int hashCode() {
        return (sheet.hashCode() * 31 + rowNumber) * 31 + Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        return "SheetRow[" + sheet + "!" + rowNumber + " " + Arrays.toString(cells) + "]";
    }
}
