package uk.gov.bestvalue.returns.notify;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.workbook.RowCursor;
import uk.gov.bestvalue.returns.workbook.SheetInfo;
import uk.gov.bestvalue.returns.workbook.SheetRow;
import uk.gov.bestvalue.returns.workbook.WorkbookFile;

/**
 * Annotates a file by copying its values, row by row with the project's streaming readers, into a new .xlsx
 * written by SXSSF (a window of rows in memory, the rest in a compressed temporary file): a CSV file, and an
 * .xlsx too large to edit whole. Memory stays flat whatever the size; what is held grows only with the listed
 * findings (comments and links, at most the limit). Values are copied as read (a formula as its cached value);
 * the original's formatting is not, beyond dates shown as dates.
 */
final class StreamedCopyAnnotation {

    private static final int WINDOW = 100;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private StreamedCopyAnnotation() {
    }

    /**
     * Writes the annotated copy. {@code names} are the sheets' names as the findings give them, in the source's
     * order: the source's own, unless a CSV file's one sheet is to be named as its findings name it.
     */
    static int write(WorkbookFile source, List<String> names, String fileName, List<Finding> findings, int limit,
                     OutputStream out) throws IOException {
        List<SheetInfo> sheets = source.sheets();
        OrderedFindings ordered = OrderedFindings.of(findings, names, limit);
        // a CSV file's name may be longer than a sheet's 31 characters, or hold characters a sheet's may not
        List<String> sheetNames = names.stream().map(WorkbookUtil::createSafeSheetName).toList();
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, false);
        try {
            FindingsSheet.write(workbook, FindingsSheet.freeName(sheetNames), fileName, ordered, sheetNames);
            CellMarks marks = new CellMarks(new FindingStyles(workbook), workbook.getCreationHelper());
            CopiedValues values = new CopiedValues(workbook);
            int next = 0;
            for (int s = 0; s < sheets.size(); s++) {
                Sheet sheet = workbook.createSheet(sheetNames.get(s));
                workbook.setSheetHidden(s + 1, sheets.get(s).hidden());
                next = ordered.firstOnOrAfter(s, next);
                try (RowCursor rows = source.openSheet(sheets.get(s).name())) {
                    next = copySheet(rows, sheet, s, ordered, next, values, marks);
                }
            }
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            workbook.write(out);
            return ordered.listed();
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static int copySheet(RowCursor rows, Sheet sheet, int sheetIndex, OrderedFindings findings, int next,
                                 CopiedValues values, CellMarks marks) throws IOException {
        int width = 0;
        int lastRow = 0;
        for (SheetRow row; (row = rows.next()) != null; ) {
            int number = row.rowNumber();
            if (number <= lastRow || number > MAX_ROWS) {
                continue; // out of order in a damaged file, or beyond what an .xlsx can hold
            }
            lastRow = number;
            while (next < findings.total() && findings.sheetIndex(next) == sheetIndex
                    && findings.get(next).cell().row() < number) {
                next++; // on a row the file does not have: listed only
            }
            Row copy = sheet.createRow(number - 1);
            values.copy(row, copy);
            width = Math.max(width, row.width());
            while (next < findings.total() && findings.sheetIndex(next) == sheetIndex
                    && findings.get(next).cell().row() == number) {
                int end = findings.endOfCell(next);
                int column = findings.get(next).cell().column();
                Cell cell = column < 0 ? null : copy.getCell(column);
                if (cell == null && column >= 0 && column < width) {
                    cell = copy.createCell(column); // a required value left blank
                }
                if (cell != null) {
                    marks.mark(cell, findings, next, end);
                }
                next = end;
            }
        }
        return next;
    }
}
