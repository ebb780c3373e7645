package uk.gov.bestvalue.returns.workbook;

import java.util.regex.Pattern;

/**
 * Makes the cells of a CSV the product writes safe to open in a spreadsheet: a text that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a formula (CSV injection), so it is
 * written after a single quote, which spreadsheets show as text. A genuine number (a negative amount) is left as it
 * is, so it stays a number.
 */
public final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvCells() {
    }

    /** The cell as it is safe to write. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** A line's cells as they are safe to write (a new array; the one given is left as it was). */
    public static String[] safe(String[] cells) {
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = safe(cells[i]);
        }
        return safe;
    }
}
