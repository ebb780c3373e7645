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

    private final CellStyle date;
    private final CellStyle dateTime;

    CopiedValues(Workbook workbook) {
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
                case TEXT -> to.createCell(c).setCellValue(value.text().length() > MAX_TEXT
                        ? value.text().substring(0, MAX_TEXT) : value.text());
                case NUMBER -> to.createCell(c).setCellValue(value.number());
                case DATE -> {
                    Cell cell = to.createCell(c);
                    cell.setCellValue(value.number());
                    cell.setCellStyle(value.dateTime().toLocalTime().toSecondOfDay() == 0 ? date : dateTime);
                }
                case BOOLEAN -> to.createCell(c).setCellValue(value.number() == 1);
                case ERROR -> error(to.createCell(c), value.text());
            }
        }
    }

    private static void error(Cell cell, String code) {
        try {
            cell.setCellErrorValue(FormulaError.forString(code).getCode());
        } catch (IllegalArgumentException e) {
            cell.setCellValue(code); // a code Excel does not know is kept as the text it was
        }
    }
}
