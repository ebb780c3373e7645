package uk.gov.bestvalue.returns.notify;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.SheetRow;

/** Writes the cells of a row as read (text as text, numbers, dates with a date format, booleans, error codes). */
final class CopiedValues {

    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();

    // set on every cell: SXSSF looks up the column's style for a cell without one, building a style object each time
    private final CellStyle general;
    private final CellStyle date;
    private final CellStyle dateTime;

    CopiedValues(Workbook workbook) {
        general = workbook.getCellStyleAt(0);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss"));
    }

    void copy(SheetRow from, Row to) {
        int width = Math.min(from.width(), MAX_COLUMNS);
        for (int c = 0; c < width; c++) {
            CellValue value = from.cell(c);
            switch (value.kind()) {
                case BLANK -> {
                    // nothing to write
                }
                case TEXT -> cell(to, c, general).setCellValue(value.text().length() > MAX_TEXT
                        ? value.text().substring(0, MAX_TEXT) : value.text());
                case NUMBER -> cell(to, c, general).setCellValue(value.number());
                case DATE -> cell(to, c, value.dateTime().toLocalTime().toSecondOfDay() == 0 ? date : dateTime)
                        .setCellValue(value.number());
                case BOOLEAN -> cell(to, c, general).setCellValue(value.number() == 1);
                case ERROR -> error(cell(to, c, general), value.text());
            }
        }
    }

    private static Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    private static void error(Cell cell, String code) {
        try {
            cell.setCellErrorValue(FormulaError.forString(code).getCode());
        } catch (IllegalArgumentException e) {
            cell.setCellValue(code); // a code Excel does not know is kept as the text it was
        }
    }
}
