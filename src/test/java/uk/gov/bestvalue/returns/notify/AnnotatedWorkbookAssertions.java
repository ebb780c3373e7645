package uk.gov.bestvalue.returns.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFColor;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.workbook.CellKind;
import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.RowCursor;
import uk.gov.bestvalue.returns.workbook.SheetInfo;
import uk.gov.bestvalue.returns.workbook.SheetRow;
import uk.gov.bestvalue.returns.workbook.WorkbookFile;
import uk.gov.bestvalue.returns.workbook.Workbooks;

/** What an annotated workbook must show, checked by opening it with POI and with the project's own readers. */
final class AnnotatedWorkbookAssertions {

    static final String RED = "FF8080";
    static final String AMBER = "FFCC00";

    private AnnotatedWorkbookAssertions() {
    }

    static Workbook open(Path file) throws Exception {
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    /** The Findings sheet is first and active, lists each finding once in the given order with a link to its cell. */
    static void assertFindingsSheet(Workbook annotated, String name, List<Finding> listed) {
        assertThat(annotated.getSheetName(0)).isEqualTo(name);
        assertThat(annotated.getActiveSheetIndex()).isZero();
        assertThat(annotated.getSheetAt(0).isSelected()).isTrue();
        for (int i = 1; i < annotated.getNumberOfSheets(); i++) {
            assertThat(annotated.getSheetAt(i).isSelected()).as("sheet %d selected", i).isFalse();
        }
        Sheet sheet = annotated.getSheetAt(0);
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Cell");
        assertThat(sheet.getLastRowNum()).isEqualTo(FindingsSheet.FIRST_FINDING_ROW + listed.size() - 1);
        for (int i = 0; i < listed.size(); i++) {
            Finding finding = listed.get(i);
            Row row = sheet.getRow(FindingsSheet.FIRST_FINDING_ROW + i);
            Cell address = row.getCell(0);
            assertThat(address.getStringCellValue()).isEqualTo(finding.cell().toString());
            assertThat(address.getHyperlink()).as("link of %s", finding.cell()).isNotNull();
            assertThat(address.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
            assertThat(address.getHyperlink().getAddress()).isEqualTo(FindingsSheet.linkAddress(finding.cell()));
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(finding.rule());
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(finding.severity().label());
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo(finding.message());
        }
    }

    /** Each finding's cell is filled red (any error) or amber and commented with its rules and messages. */
    static void assertMarked(Workbook annotated, List<Finding> findings) {
        for (Finding finding : findings) {
            Cell cell = cellAt(annotated, finding);
            assertThat(cell).as("cell %s", finding.cell()).isNotNull();
            boolean anyError = findings.stream().anyMatch(f -> f.cell().equals(finding.cell())
                    && f.severity() == Severity.ERROR);
            assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(fill(cell)).as("fill of %s", finding.cell()).isEqualTo(anyError ? RED : AMBER);
            Comment comment = cell.getCellComment();
            assertThat(comment).as("comment of %s", finding.cell()).isNotNull();
            assertThat(comment.getString().getString())
                    .contains(finding.rule() + " (" + finding.severity().label() + "): " + finding.message());
        }
    }

    static Cell cellAt(Workbook workbook, Finding finding) {
        Sheet sheet = workbook.getSheet(finding.cell().sheet());
        Row row = sheet == null ? null : sheet.getRow(finding.cell().row() - 1);
        return row == null ? null : row.getCell(finding.cell().column());
    }

    static String fill(Cell cell) {
        Color colour = cell.getCellStyle().getFillForegroundColorColor();
        if (colour instanceof XSSFColor xssf) {
            return HexFormat.of().withUpperCase().formatHex(xssf.getRGB());
        }
        if (colour instanceof HSSFColor hssf) {
            short[] rgb = hssf.getTriplet();
            return String.format("%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
        }
        return String.valueOf(colour);
    }

    /**
     * Every cell of every original sheet is in the copy with the same type, value and formula; a cell without a
     * finding keeps its style (its index: the copy only adds styles) and has no comment it did not have.
     */
    static void assertOriginalKept(Workbook original, Workbook annotated, List<Finding> findings) {
        Set<String> marked = new HashSet<>();
        findings.forEach(f -> marked.add(f.cell().sheet() + "!" + f.cell().address()));
        assertThat(annotated.getNumberOfSheets()).isEqualTo(original.getNumberOfSheets() + 1);
        int cells = 0;
        for (int s = 0; s < original.getNumberOfSheets(); s++) {
            Sheet from = original.getSheetAt(s);
            Sheet to = annotated.getSheetAt(s + 1);
            assertThat(to.getSheetName()).isEqualTo(from.getSheetName());
            assertThat(annotated.isSheetHidden(s + 1)).isEqualTo(original.isSheetHidden(s));
            for (Row row : from) {
                for (Cell cell : row) {
                    Cell copy = to.getRow(row.getRowNum()).getCell(cell.getColumnIndex());
                    String where = from.getSheetName() + "!" + cell.getAddress();
                    assertThat(copy.getCellType()).as(where).isEqualTo(cell.getCellType());
                    assertThat(value(copy)).as(where).isEqualTo(value(cell));
                    if (!marked.contains(where)) {
                        assertThat(copy.getCellStyle().getIndex()).as("style of " + where)
                                .isEqualTo(cell.getCellStyle().getIndex());
                        assertThat(copy.getCellComment() == null).as("comment of " + where)
                                .isEqualTo(cell.getCellComment() == null);
                    }
                    cells++;
                }
            }
        }
        assertThat(cells).isPositive();
    }

    private static Object value(Cell cell) {
        return switch (cell.getCellType()) {
            case FORMULA -> cell.getCellFormula();
            case NUMERIC -> cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case ERROR -> cell.getErrorCellValue();
            case STRING -> cell.getStringCellValue();
            default -> cell.getCellType() == CellType.BLANK ? "" : cell.toString();
        };
    }

    /**
     * The project's own readers see the same values in the copy as in the original, sheet by sheet (the original
     * may be a CSV file, the copy an .xlsx): same non-blank rows, same kind and value in every cell.
     */
    static void assertSameValuesRead(Path original, Path annotated) throws Exception {
        try (WorkbookFile from = Workbooks.open(original); WorkbookFile to = Workbooks.open(annotated)) {
            List<String> copied = to.sheets().stream().map(SheetInfo::name).toList();
            assertThat(copied.subList(1, copied.size()))
                    .isEqualTo(from.sheets().stream().map(SheetInfo::name).toList());
            int cells = 0;
            for (SheetInfo sheet : from.sheets()) {
                List<String> expected = rows(from, sheet.name());
                assertThat(rows(to, sheet.name())).as(sheet.name()).isEqualTo(expected);
                cells += expected.size();
            }
            assertThat(cells).isPositive();
        }
    }

    private static List<String> rows(WorkbookFile file, String sheet) throws Exception {
        List<String> rows = new ArrayList<>();
        try (RowCursor cursor = file.openSheet(sheet)) {
            for (SheetRow row; (row = cursor.next()) != null; ) {
                for (int c = 0; c < row.width(); c++) {
                    CellValue cell = row.cell(c);
                    if (!cell.isBlank() || cell.kind() == CellKind.TEXT && !cell.text().isEmpty()) {
                        rows.add(row.ref(c) + " " + cell.kind() + " "
                                + (cell.kind() == CellKind.NUMBER || cell.kind() == CellKind.DATE
                                ? String.valueOf(cell.number()) : cell.text()));
                    }
                }
            }
        }
        return rows;
    }
}
