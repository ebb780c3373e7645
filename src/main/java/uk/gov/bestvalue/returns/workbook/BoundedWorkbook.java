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
        // every cell of every row passes here: the row's own array, and the limits in locals, keep the loop tight
        CellValue[] cells = row.cells();
        int maxCells = limits.maxCellsPerRow();
        int maxChars = limits.maxCellChars();
        // a row no wider than the limit cannot hold too many cells: only its cells' lengths are looked at
        boolean counting = cells.length > maxCells;
        int filled = 0;
        for (int column = 0; column < cells.length; column++) {
            CellValue cell = cells[column];
            if (cell == null || cell.kind() == CellKind.BLANK) {
                continue;
            }
            if (counting && ++filled > maxCells) {
                throw UnreadableWorkbookException.tooManyCells(row.sheet(), row.rowNumber(), countFilled(row),
                        maxCells);
            }
            if (cell.text().length() > maxChars) {
                throw UnreadableWorkbookException.cellTooLong("Cell " + row.ref(column), cell.text().length(),
                        maxChars);
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
