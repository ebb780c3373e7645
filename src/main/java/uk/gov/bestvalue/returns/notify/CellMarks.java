package uk.gov.bestvalue.returns.notify;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Severity;

/**
 * Marks one cell with its findings: the fill, and a comment naming each rule, its severity and the fix. The
 * comments already on a sheet are looked up once per sheet: POI's own lookup of a cell's comment walks every
 * comment shape, which over thousands of findings would cost their square.
 */
final class CellMarks {

    static final String AUTHOR = "Best Value checks";
    private static final int MAX_COMMENT_CHARS = 32_000;

    private final FindingStyles styles;
    private final CreationHelper helper;
    private final Map<Sheet, Map<CellAddress, Comment>> comments = new IdentityHashMap<>();

    CellMarks(FindingStyles styles, CreationHelper helper) {
        this.styles = styles;
        this.helper = helper;
    }

    /**
     * Marks {@code cell} with the findings {@code from} (inclusive) to {@code end} (exclusive) of {@code findings};
     * only those before {@code findings.listed()} go into the comment.
     */
    void mark(Cell cell, OrderedFindings findings, int from, int end) {
        Severity worst = Severity.WARNING;
        for (int i = from; i < end; i++) {
            worst = findings.get(i).severity() == Severity.ERROR ? Severity.ERROR : worst;
        }
        cell.setCellStyle(styles.marked(cell.getCellStyle(), worst));
        int commented = Math.min(end, findings.listed());
        if (commented > from) {
            comment(cell, text(findings, from, commented), commented - from);
        }
    }

    static String text(OrderedFindings findings, int from, int end) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < end; i++) {
            Finding finding = findings.get(i);
            text.append(i == from ? "" : "\n\n").append(finding.rule()).append(" (")
                    .append(finding.severity().label()).append("): ").append(finding.message());
        }
        return text.length() > MAX_COMMENT_CHARS ? text.substring(0, MAX_COMMENT_CHARS) : text.toString();
    }

    private void comment(Cell cell, String text, int count) {
        Sheet sheet = cell.getSheet();
        Map<CellAddress, Comment> onSheet = comments.computeIfAbsent(sheet, s -> new HashMap<>(s.getCellComments()));
        Comment existing = onSheet.get(cell.getAddress());
        if (existing != null) {
            // the owner's own comment stays, with the findings after it
            String before = existing.getString() == null ? "" : existing.getString().getString();
            existing.setString(helper.createRichTextString(before + "\n\n" + text));
            return;
        }
        Drawing<?> drawing = sheet.getDrawingPatriarch() != null ? sheet.getDrawingPatriarch()
                : sheet.createDrawingPatriarch();
        ClientAnchor anchor = helper.createClientAnchor();
        // the box opens to the right of the cell unless that cell has a comment of its own (a clash in xlsx)
        int maxColumn = sheet.getWorkbook().getSpreadsheetVersion().getLastColumnIndex();
        int column = cell.getColumnIndex() + 1;
        if (column > maxColumn || onSheet.containsKey(new CellAddress(cell.getRowIndex(), column))) {
            column = cell.getColumnIndex();
        }
        anchor.setCol1(column);
        anchor.setCol2(Math.min(maxColumn, column + 4));
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(Math.min(lastRow(sheet), cell.getRowIndex() + 3 + 2 * count));
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor(AUTHOR);
        comment.setAddress(cell.getRowIndex(), cell.getColumnIndex());
        cell.setCellComment(comment);
        onSheet.put(cell.getAddress(), comment);
    }

    private static int lastRow(Sheet sheet) {
        SpreadsheetVersion version = sheet.getWorkbook().getSpreadsheetVersion();
        return version.getLastRowIndex();
    }
}
