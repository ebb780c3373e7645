package uk.gov.bestvalue.returns.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.workbook.WorkbookFormat;

/**
 * Annotates an .xls (HSSF) or a not-too-large .xlsx (XSSF) by editing the owner's own workbook in memory, so
 * everything else in it (formulas, formats, other sheets, names, drawings) is written back as it was.
 */
final class WholeWorkbookAnnotation {

    private WholeWorkbookAnnotation() {
    }

    /**
     * Takes the macros out of a macro-enabled workbook (.xlsm), so that what goes back to its owner is a plain .xlsx:
     * no VBA project part, and the content type of a normal workbook. The owner's macros are theirs to keep; the
     * pipeline never sends code back by email.
     */
    static void withoutMacros(XSSFWorkbook workbook) throws IOException {
        PackagePart part = workbook.getPackagePart();
        try {
            for (PackageRelationship vba : part.getRelationshipsByType(XSSFRelation.VBA_MACROS.getRelation())) {
                PackagePartName target = PackagingURIHelper.createPartName(
                        PackagingURIHelper.resolvePartUri(part.getPartName().getURI(), vba.getTargetURI()));
                part.removeRelationship(vba.getId());
                workbook.getPackage().removePart(target);
            }
        } catch (InvalidFormatException e) {
            throw new IOException("The workbook's macros could not be taken out", e);
        }
        if (workbook.isMacroEnabled()) {
            workbook.setWorkbookType(XSSFWorkbookType.XLSX);
        }
    }

    static int write(Path original, WorkbookFormat format, String fileName, List<Finding> findings, int limit,
                     OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(original);
             Workbook workbook = format == WorkbookFormat.XLS ? new HSSFWorkbook(in) : new XSSFWorkbook(in)) {
            if (workbook instanceof XSSFWorkbook xssf) {
                withoutMacros(xssf);
            }
            List<String> names = new ArrayList<>();
            workbook.sheetIterator().forEachRemaining(sheet -> names.add(sheet.getSheetName()));
            OrderedFindings ordered = OrderedFindings.of(findings, names, limit);
            CellMarks marks = new CellMarks(new FindingStyles(workbook), workbook.getCreationHelper());
            Map<Integer, Integer> widths = new HashMap<>();
            for (int from = 0; from < ordered.total(); ) {
                int end = ordered.endOfCell(from);
                if (ordered.sheetIndex(from) < names.size()) {
                    Sheet sheet = workbook.getSheetAt(ordered.sheetIndex(from));
                    Cell cell = cellOf(sheet, ordered.get(from), widths);
                    if (cell != null) {
                        marks.mark(cell, ordered, from, end);
                    }
                }
                from = end;
            }
            String name = FindingsSheet.freeName(names);
            FindingsSheet.write(workbook, name, fileName, ordered, names);
            workbook.setSheetOrder(name, 0);
            for (Sheet sheet : workbook) {
                sheet.setSelected(false);
            }
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            workbook.setFirstVisibleTab(0);
            workbook.write(out);
            return ordered.listed();
        }
    }

    /**
     * The finding's cell, created (blank) when its row exists and it lies within the sheet's used columns, as a
     * required value left empty does; null for a cell beyond the data, whose finding is only listed.
     */
    private static Cell cellOf(Sheet sheet, Finding finding, Map<Integer, Integer> widths) {
        Row row = finding.cell().row() < 1 ? null : sheet.getRow(finding.cell().row() - 1);
        if (row == null || finding.cell().column() < 0) {
            return null;
        }
        int column = finding.cell().column();
        Cell cell = row.getCell(column);
        if (cell != null) {
            return cell;
        }
        int used = widths.computeIfAbsent(sheet.getWorkbook().getSheetIndex(sheet), i -> usedColumns(sheet));
        return column < used ? row.createCell(column) : null;
    }

    private static int usedColumns(Sheet sheet) {
        int width = 0;
        for (Row row : sheet) {
            width = Math.max(width, row.getLastCellNum());
        }
        return width;
    }
}
