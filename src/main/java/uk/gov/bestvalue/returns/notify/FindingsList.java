package uk.gov.bestvalue.returns.notify;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Severity;

/**
 * The findings of a file too large to send back whole, as a workbook of one {@code Findings} sheet (cell, rule,
 * severity, field, value, message), every finding listed, streamed row by row so memory stays flat.
 */
final class FindingsList {

    private static final int MAX_TEXT = 32_767;

    private FindingsList() {
    }

    static void write(String fileName, List<Finding> findings, OutputStream out) throws IOException {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        workbook.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = workbook.createSheet(FindingsSheet.NAME);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle boldStyle = workbook.createCellStyle();
            boldStyle.setFont(bold);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(String.format(Locale.UK, "%s: %,d findings (%,d errors, %,d warnings). "
                    + "The file is too large to send back marked; each finding's cell is given here: correct it in your "
                    + "original.", fileName, findings.size(), errors, findings.size() - errors));
            title.getCell(0).setCellStyle(boldStyle);
            Row header = sheet.createRow(1);
            for (int c = 0; c < FindingsSheet.HEADERS.size(); c++) {
                header.createCell(c).setCellValue(FindingsSheet.HEADERS.get(c));
                header.getCell(c).setCellStyle(boldStyle);
            }
            int r = FindingsSheet.FIRST_FINDING_ROW;
            for (Finding finding : findings) {
                Row row = sheet.createRow(r++);
                text(row, 0, finding.cell().toString());
                text(row, 1, finding.rule());
                text(row, 2, finding.severity().label());
                text(row, 3, finding.field());
                text(row, 4, finding.value());
                text(row, 5, finding.message());
            }
            sheet.createFreezePane(0, FindingsSheet.FIRST_FINDING_ROW);
            int[] widths = {24, 10, 10, 24, 28, 100};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            workbook.write(out);
        } finally {
            workbook.close(); // deletes SXSSF's temporary files
        }
    }

    private static void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value);
        }
    }
}
