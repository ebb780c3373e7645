package uk.gov.bestvalue.returns.notify;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

import uk.gov.bestvalue.returns.rules.Severity;

/**
 * The fills that mark a finding's cell: a copy of the cell's own style (its number format, font and borders
 * kept) with a solid red fill for an error or amber for a warning. One copy per style and severity, so a
 * workbook gains at most twice as many styles as it had, however many findings it has.
 */
final class FindingStyles {

    /** Red: the palette's coral, light enough to read black text on. */
    static final IndexedColors ERROR_FILL = IndexedColors.CORAL;
    /** Amber: the palette's gold. */
    static final IndexedColors WARNING_FILL = IndexedColors.GOLD;
    // the same colours as RGB (the default palette's values of CORAL and GOLD)
    static final byte[] ERROR_RGB = {(byte) 0xFF, (byte) 0x80, (byte) 0x80};
    static final byte[] WARNING_RGB = {(byte) 0xFF, (byte) 0xCC, (byte) 0x00};

    private final Workbook workbook;
    private final Map<Long, CellStyle> copies = new HashMap<>();

    FindingStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    /** The marked version of a cell's style; red if any of the cell's findings is an error. */
    CellStyle marked(CellStyle original, Severity severity) {
        long key = (original.getIndex() & 0xFFFFL) * 2 + (severity == Severity.ERROR ? 0 : 1);
        return copies.computeIfAbsent(key, k -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(original);
            IndexedColors colour = severity == Severity.ERROR ? ERROR_FILL : WARNING_FILL;
            if (copy instanceof XSSFCellStyle xssf) {
                // an explicit RGB, so a workbook with its own indexed palette still shows red and amber
                byte[] rgb = severity == Severity.ERROR ? ERROR_RGB : WARNING_RGB;
                xssf.setFillForegroundColor(new XSSFColor(rgb, null));
            } else {
                copy.setFillForegroundColor(colour.getIndex());
            }
            copy.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return copy;
        });
    }
}
