package uk.gov.bestvalue.returns.workbook;

import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DateUtil;

/** Turns the raw parts of an xlsx {@code <c>} into a CellValue, using the workbook's shared strings and date styles. */
final class XlsxValues {

    private static final int DATE_CACHE_SIZE = 8192; // a return's date columns span a few thousand days

    private final String[] sharedStrings;
    // One immutable value per shared string, filled as strings are met, so repeated strings cost no allocation.
    private final CellValue[] sharedCells;
    private final boolean[] dateStyles;
    private final boolean date1904;
    // Returns repeat the same few dates; converting a serial is costly, so recent ones are kept by serial.
    private final CellValue[] recentDates = new CellValue[DATE_CACHE_SIZE];

    XlsxValues(String[] sharedStrings, boolean[] dateStyles, boolean date1904) {
        this.sharedStrings = sharedStrings;
        this.sharedCells = new CellValue[sharedStrings.length];
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
    }

    int sharedCount() {
        return sharedStrings.length;
    }

    /** The shared string at an index already checked against {@link #sharedCount()}, or null when -1 (blank). */
    CellValue shared(int index) {
        if (index < 0) {
            return null;
        }
        CellValue cell = sharedCells[index];
        if (cell == null) {
            cell = CellValue.text(sharedStrings[index]);
            sharedCells[index] = cell;
        }
        return cell;
    }

    /** The value of a cell that is not a shared string, or null when blank (e.g. a formula with no cached value). */
    CellValue typed(String type, String value, String inlineText, int style) {
        if (type == null || type.equals("n")) {
            return value == null || value.isEmpty() ? null : number(value, style);
        }
        // equals rather than a switch on the string, which hashes it: this runs for every typed cell
        if (type.equals("inlineStr")) {
            return inlineText != null ? CellValue.text(inlineText) : CellValue.text(value);
        }
        if (type.equals("str")) {
            return value == null ? null : CellValue.text(XmlReaders.decodeEscapes(value));
        }
        if (type.equals("b")) {
            return value == null || value.isEmpty() ? null
                    : CellValue.bool(value.equals("1") || value.equalsIgnoreCase("true"));
        }
        if (type.equals("e")) {
            return value == null || value.isEmpty() ? null : CellValue.error(value);
        }
        if (type.equals("d")) {
            return value == null || value.isEmpty() ? null : isoDate(value);
        }
        return value == null ? null : CellValue.text(value);
    }

    /**
     * A number cell whose {@code <v>} is a plain decimal, read from the parser's buffer: a date when its style is a
     * date format, its text made only otherwise (a date's text is its ISO form).
     */
    CellValue number(double n, char[] chars, int start, int length, int style) {
        return isDate(style, n) ? date(n) : CellValue.number(n, new String(chars, start, length));
    }

    private CellValue number(String raw, int style) {
        double n;
        try {
            n = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return CellValue.text(raw);
        }
        return isDate(style, n) ? date(n) : CellValue.number(n, raw);
    }

    private boolean isDate(int style, double n) {
        return style < dateStyles.length && dateStyles[style] && DateUtil.isValidExcelDate(n);
    }

    private CellValue date(double n) {
        int slot = (int) n & (DATE_CACHE_SIZE - 1);
        CellValue cached = recentDates[slot];
        if (cached == null || cached.number() != n) {
            cached = CellValue.date(DateUtil.getLocalDateTime(n, date1904), n);
            recentDates[slot] = cached;
        }
        return cached;
    }

    private CellValue isoDate(String raw) {
        LocalDateTime dateTime = XlsxCells.isoDateTime(raw);
        return dateTime == null ? CellValue.text(raw)
                : CellValue.date(dateTime, DateUtil.getExcelDate(dateTime, date1904));
    }
}
