package uk.gov.bestvalue.returns.notify;

import java.util.List;
import java.util.Locale;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.FindingSummary;
import uk.gov.bestvalue.returns.workbook.CellRef;

/**
 * The {@code Findings} sheet put first in the annotated workbook: a title line (the file and its counts), a
 * header, then one row per listed finding whose cell address links to the cell itself; beside them, the findings
 * grouped by cause.
 */
final class FindingsSheet {

    static final String NAME = "Findings";
    static final List<String> HEADERS = List.of("Cell", "Rule", "Severity", "Field", "Value", "Message");
    static final int FIRST_FINDING_ROW = 2;
    private static final int[] WIDTHS = {24, 10, 10, 24, 28, 100};
    // the summary by cause sits to the right of the list, one blank column between
    static final int SUMMARY_COLUMN = 7;
    static final List<String> SUMMARY_HEADERS = List.of("Rule", "Field", "Severity", "Findings", "Rows", "What it says");
    private static final int[] SUMMARY_WIDTHS = {10, 24, 10, 10, 24, 80};
    // fewer than a streamed sheet's window of rows, so that the list can still fill in the same rows
    private static final int MAX_SUMMARY_LINES = 50;
    private static final int MAX_TEXT = 32_767;

    private FindingsSheet() {
    }

    /** A name no sheet of the workbook has (Excel compares sheet names ignoring case). */
    static String freeName(List<String> sheetNames) {
        String name = NAME;
        for (int n = 1; taken(sheetNames, name); n++) {
            name = n == 1 ? NAME + " (checks)" : NAME + " (checks " + n + ")";
        }
        return name;
    }

    private static boolean taken(List<String> sheetNames, String name) {
        return sheetNames.stream().anyMatch(each -> each.equalsIgnoreCase(name));
    }

    /**
     * Writes the sheet (at the end of the workbook; the caller moves it first if needed). {@code sheetNames} are
     * the workbook's sheets in order, which the links point into: a CSV file's name may be cut to fit a sheet's.
     */
    static Sheet write(Workbook workbook, String name, String fileName, OrderedFindings findings,
                       List<String> sheetNames) {
        Sheet sheet = workbook.createSheet(name);
        CreationHelper helper = workbook.getCreationHelper();
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle boldStyle = workbook.createCellStyle();
        boldStyle.setFont(bold);
        Font linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        CellStyle linkStyle = workbook.createCellStyle();
        linkStyle.setFont(linkFont);

        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue(title(fileName, findings));
        title.setCellStyle(boldStyle);
        Row header = sheet.createRow(1);
        for (int c = 0; c < HEADERS.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(HEADERS.get(c));
            cell.setCellStyle(boldStyle);
        }
        writeSummary(sheet, findings, boldStyle);
        for (int i = 0; i < findings.listed(); i++) {
            Finding finding = findings.get(i);
            Row row = sheet.getRow(FIRST_FINDING_ROW + i);
            row = row != null ? row : sheet.createRow(FIRST_FINDING_ROW + i);
            Cell address = row.createCell(0);
            address.setCellValue(finding.cell().toString());
            Hyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress(linkAddress(target(finding.cell(), findings.sheetIndex(i), sheetNames)));
            address.setHyperlink(link);
            address.setCellStyle(linkStyle);
            text(row, 1, finding.rule());
            text(row, 2, finding.severity().label());
            text(row, 3, finding.field());
            text(row, 4, finding.value());
            text(row, 5, finding.message());
        }
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, FIRST_FINDING_ROW);
        return sheet;
    }

    /**
     * Beside the list, the findings grouped by cause (rule, field, severity): how many, on which rows, and what the
     * first says, so that a problem repeated on 300 rows reads as one line.
     */
    private static void writeSummary(Sheet sheet, OrderedFindings findings, CellStyle boldStyle) {
        List<FindingSummary> summary = FindingSummary.of(findings.all());
        // rows are written in order (a streamed sheet keeps only a window of them): the summary's rows come first
        boolean cut = summary.size() > MAX_SUMMARY_LINES;
        summary = cut ? summary.subList(0, MAX_SUMMARY_LINES) : summary;
        Row header = sheet.getRow(1);
        for (int c = 0; c < SUMMARY_HEADERS.size(); c++) {
            Cell cell = header.createCell(SUMMARY_COLUMN + c);
            cell.setCellValue(SUMMARY_HEADERS.get(c));
            cell.setCellStyle(boldStyle);
            sheet.setColumnWidth(SUMMARY_COLUMN + c, SUMMARY_WIDTHS[c] * 256);
        }
        for (int i = 0; i < summary.size(); i++) {
            FindingSummary group = summary.get(i);
            Row row = sheet.createRow(FIRST_FINDING_ROW + i);
            text(row, SUMMARY_COLUMN, group.rule());
            text(row, SUMMARY_COLUMN + 1, group.field());
            text(row, SUMMARY_COLUMN + 2, group.severity().label());
            row.createCell(SUMMARY_COLUMN + 3).setCellValue(group.count());
            text(row, SUMMARY_COLUMN + 4, group.rows());
            text(row, SUMMARY_COLUMN + 5, group.examples().get(0).message());
        }
        if (cut) {
            sheet.createRow(FIRST_FINDING_ROW + summary.size()).createCell(SUMMARY_COLUMN)
                    .setCellValue("… and more causes: see the list");
        }
    }

    private static CellRef target(CellRef cell, int sheetIndex, List<String> sheetNames) {
        return sheetIndex < sheetNames.size() ? new CellRef(sheetNames.get(sheetIndex), cell.row(), cell.column())
                : cell;
    }

    static String title(String fileName, OrderedFindings findings) {
        String counts = String.format(Locale.UK, "%s: %,d %s (%,d %s, %,d %s)", fileName, findings.total(),
                findings.total() == 1 ? "finding" : "findings", findings.errors(),
                findings.errors() == 1 ? "error" : "errors", findings.warnings(),
                findings.warnings() == 1 ? "warning" : "warnings");
        if (findings.listed() < findings.total()) {
            return counts + String.format(Locale.UK, ". Only the first %,d are listed here and commented;"
                    + " every finding's cell is coloured.", findings.listed());
        }
        return counts + ". Click a cell address to go to the cell; each coloured cell has a comment saying what to fix.";
    }

    private static void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value);
        }
    }

    /**
     * The link's target. CellRef quotes names with spaces or punctuation; Excel also needs quotes around a name
     * that starts with a digit or reads as a cell reference (e.g. {@code Q1}, {@code R1C1}).
     */
    static String linkAddress(CellRef cell) {
        String ref = cell.toString();
        String sheet = cell.sheet();
        boolean plain = !ref.startsWith("'");
        if (plain && (Character.isDigit(sheet.charAt(0)) || sheet.matches("(?i)[a-z]{1,3}\\d+|r\\d*c\\d*|r|c"))) {
            return "'" + sheet + "'!" + cell.address();
        }
        return ref;
    }
}
