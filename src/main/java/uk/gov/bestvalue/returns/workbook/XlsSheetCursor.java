package uk.gov.bestvalue.returns.workbook;

import java.util.Arrays;
import java.util.Iterator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;

/** Walks the rows of an xls sheet already held in memory by HSSF. */
final class XlsSheetCursor implements RowCursor {

    private static final CellValue[] NO_CELLS = new CellValue[0];

    private final String sheet;
    private final Iterator<Row> rows;

    XlsSheetCursor(String sheet, Iterator<Row> rows) {
        this.sheet = sheet;
        this.rows = rows;
    }

    @Override
    public SheetRow next() throws UnreadableWorkbookException {
        if (rows == null || !rows.hasNext()) {
            return null;
        }
        Row row = rows.next();
        try {
            return new SheetRow(sheet, row.getRowNum() + 1, cells(row));
        } catch (RuntimeException e) {
            throw UnreadableWorkbookException.whileReading("sheet '" + sheet + "' row " + (row.getRowNum() + 1), e);
        }
    }

    private static CellValue[] cells(Row row) {
        int last = row.getLastCellNum();
        if (last <= 0) {
            return NO_CELLS;
        }
        CellValue[] cells = new CellValue[last];
        int width = 0;
        for (int column = 0; column < last; column++) {
            Cell cell = row.getCell(column);
            CellValue value = cell == null ? CellValue.BLANK : value(cell);
            cells[column] = value;
            if (value.kind() != CellKind.BLANK) {
                width = column + 1;
            }
        }
        return width == last ? cells : Arrays.copyOf(cells, width);
    }

    private static CellValue value(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case NUMERIC:
                double n = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(n)) {
                    return CellValue.date(cell.getLocalDateTimeCellValue(), n);
                }
                return CellValue.number(n, null);
            case STRING:
                String text = cell.getStringCellValue();
                return text == null ? CellValue.BLANK : CellValue.text(text);
            case BOOLEAN:
                return CellValue.bool(cell.getBooleanCellValue());
            case ERROR:
                return CellValue.error(errorCode(cell.getErrorCellValue()));
            default:
                return CellValue.BLANK;
        }
    }

    private static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#N/A";
        }
    }

    @Override
    public void close() {
        // the workbook owns the memory; nothing to release per sheet
    }
}
