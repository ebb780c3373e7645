package uk.gov.bestvalue.returns.workbook;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A cell as read from the file, before any typing.
 *
 * <p>{@code text} is what the file holds: a string as stored (not trimmed), a number's raw text, a date in ISO
 * form, {@code TRUE}/{@code FALSE}, or an Excel error code such as {@code #REF!}. {@code number} is the value
 * of a number, the Excel serial of a date or 1/0 for a boolean, otherwise NaN. {@code dateTime} is set for
 * dates only.
 */
public record CellValue(CellKind kind, String text, double number, LocalDateTime dateTime) {

    public static final CellValue BLANK = new CellValue(CellKind.BLANK, "", Double.NaN, null);
    private static final CellValue TRUE = new CellValue(CellKind.BOOLEAN, "TRUE", 1, null);
    private static final CellValue FALSE = new CellValue(CellKind.BOOLEAN, "FALSE", 0, null);

    public CellValue {
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
    }

    public static CellValue text(String s) {
        return s == null ? BLANK : new CellValue(CellKind.TEXT, s, Double.NaN, null);
    }

    /** A number; {@code raw} is its text as stored in the file, or null to write it in plain form. */
    public static CellValue number(double n, String raw) {
        return new CellValue(CellKind.NUMBER, raw == null ? Numbers.plain(n) : raw, n, null);
    }

    public static CellValue date(LocalDateTime dt, double serial) {
        return new CellValue(CellKind.DATE, iso(dt), serial, Objects.requireNonNull(dt, "dt"));
    }

    public static CellValue bool(boolean b) {
        return b ? TRUE : FALSE;
    }

    public static CellValue error(String code) {
        return new CellValue(CellKind.ERROR, code, Double.NaN, null);
    }

    /** True for a blank cell and for text that is empty or only spaces. */
    public boolean isBlank() {
        return kind == CellKind.BLANK || kind == CellKind.TEXT && Texts.isBlank(text);
    }

    private static String iso(LocalDateTime dt) {
        String date = dt.toLocalDate().toString();
        if (dt.getHour() == 0 && dt.getMinute() == 0 && dt.getSecond() == 0) {
            return date;
        }
        StringBuilder sb = new StringBuilder(19).append(date).append('T');
        twoDigits(sb, dt.getHour()).append(':');
        twoDigits(sb, dt.getMinute()).append(':');
        return twoDigits(sb, dt.getSecond()).toString();
    }

    private static StringBuilder twoDigits(StringBuilder sb, int n) {
        return sb.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }
}
