package uk.gov.bestvalue.returns.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A workbook of any format held to the limits that do not depend on its format: the number of sheets (judged on
 * opening) and, row by row as they are read, the cells in a row and the characters in a cell.
 */
final class BoundedWorkbook implements WorkbookFile {

    private final WorkbookFile workbook;
    private final ReadLimits limits;

    private BoundedWorkbook(WorkbookFile workbook, ReadLimits limits) {
        this.workbook = workbook;
        this.limits = limits;
    }

    /** Wraps an open workbook, closing it when it already has too many sheets. */
    static WorkbookFile of(WorkbookFile workbook, ReadLimits limits) throws IOException {
        int sheets = workbook.sheets().size();
        if (sheets > limits.maxSheets()) {
            workbook.close();
            throw UnreadableWorkbookException.tooManySheets(sheets, limits.maxSheets());
        }
        return new BoundedWorkbook(workbook, limits);
    }

    @Override
    public Path path() {
        return workbook.path();
    }

    @Override
    public WorkbookFormat format() {
        return workbook.format();
    }

    @Override
    public List<SheetInfo> sheets() {
        return workbook.sheets();
    }

    @Override
    public RowCursor openSheet(String sheetName) throws IOException {
        RowCursor rows = workbook.openSheet(sheetName);
        return new RowCursor() {
            @Override
            public SheetRow next() throws IOException {
                SheetRow row = rows.next();
                if (row != null) {
                    check(row);
                }
                return row;
            }

            @Override
            public void close() throws IOException {
                rows.close();
            }
        };
    }

    private void check(SheetRow row) throws UnreadableWorkbookException {
        // a row no wider than the limit cannot hold too many cells: only its cells' lengths are looked at
        boolean counting = row.width() > limits.maxCellsPerRow();
        int filled = 0;
        for (int column = 0; column < row.width(); column++) {
            CellValue cell = row.cell(column);
            if (cell.kind() == CellKind.BLANK) {
                continue;
            }
            if (counting && ++filled > limits.maxCellsPerRow()) {
                throw UnreadableWorkbookException.tooManyCells(row.sheet(), row.rowNumber(), countFilled(row),
                        limits.maxCellsPerRow());
            }
            if (cell.text().length() > limits.maxCellChars()) {
                throw UnreadableWorkbookException.cellTooLong("Cell " + row.ref(column), cell.text().length(),
                        limits.maxCellChars());
            }
        }
    }

    private static int countFilled(SheetRow row) {
        int filled = 0;
        for (int column = 0; column < row.width(); column++) {
            filled += row.cell(column).kind() == CellKind.BLANK ? 0 : 1;
        }
        return filled;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
