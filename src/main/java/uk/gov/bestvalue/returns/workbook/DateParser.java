package uk.gov.bestvalue.returns.workbook;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.DateUtil;

/** Reads the day-first UK dates people type, without regular expressions: this runs on millions of cells. */
final class DateParser {

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun");
    private static final int MAX_TOKENS = 3;
    private static final double MAX_EXCEL_SERIAL = 2958465;
    private static final int SERIAL_DIGITS = 5;

    private DateParser() {
    }

    /** The date in a piece of text, or null when it is not a real date in a form we accept. */
    static LocalDate parse(String text) {
        String s = withoutTime(text.trim());
        if (s == null || s.isEmpty()) {
            return null;
        }
        if (isSerialText(s)) {
            // a date cell saved to CSV as its Excel serial number, e.g. 43658 for 12/07/2019
            return fromSerial(Double.parseDouble(s));
        }
        // token i spans [starts[i], ends[i]); numeric tokens carry their value, words carry -1
        int[] starts = new int[MAX_TOKENS];
        int[] ends = new int[MAX_TOKENS];
        int[] values = new int[MAX_TOKENS];
        int count = 0;
        int i = 0;
        int length = s.length();
        while (i < length) {
            char c = s.charAt(i);
            if (c == '/' || c == '-' || c == '.' || c == ' ' || c == ',') {
                i++;
                continue;
            }
            int start = i;
            boolean digits = isDigit(c);
            while (i < length && (digits ? isDigit(s.charAt(i)) : Character.isLetter(s.charAt(i)))) {
                i++;
            }
            if (i == start) {
                return null;
            }
            if (!digits && count > 0 && values[count - 1] >= 0 && isOrdinal(s, start, i)) {
                continue;
            }
            if (!digits && count == 0 && isWeekday(s, start, i)) {
                // "Friday, April 29, 2022", as the Cabinet Office's spend files write every date: the day is enough
                continue;
            }
            if (count == MAX_TOKENS || digits && i - start > 8) {
                return null;
            }
            starts[count] = start;
            ends[count] = i;
            values[count++] = digits ? Integer.parseInt(s, start, i, 10) : -1;
        }
        return interpret(s, count, starts, ends, values);
    }

    private static LocalDate interpret(String s, int count, int[] starts, int[] ends, int[] values) {
        int[] lengths = {ends[0] - starts[0], count > 1 ? ends[1] - starts[1] : 0, count > 2 ? ends[2] - starts[2] : 0};
        if (count == 1 && values[0] >= 0 && lengths[0] == 8) {
            return date(values[0] / 10_000, values[0] / 100 % 100, values[0] % 100);
        }
        if (count == 2 && values[0] < 0 && values[1] >= 0) {
            return date(year(values[1], lengths[1]), month(s, starts[0], ends[0]), 1);
        }
        if (count != 3) {
            return null;
        }
        if (values[0] >= 0 && values[1] >= 0 && values[2] >= 0) {
            if (lengths[0] == 4) {
                return lengths[1] <= 2 && lengths[2] <= 2 ? date(values[0], values[1], values[2]) : null;
            }
            return lengths[0] <= 2 && lengths[1] <= 2 ? date(year(values[2], lengths[2]), values[1], values[0]) : null;
        }
        if (values[0] >= 0 && values[1] < 0 && values[2] >= 0 && lengths[0] <= 2) {
            return date(year(values[2], lengths[2]), month(s, starts[1], ends[1]), values[0]);
        }
        if (values[0] < 0 && values[1] >= 0 && values[2] >= 0 && lengths[1] <= 2 && lengths[2] == 4) {
            return date(values[2], month(s, starts[0], ends[0]), values[1]);
        }
        return null;
    }

    /** The date of an Excel serial number; a whole eight-digit number such as 20160401 is read as yyyymmdd. */
    static LocalDate fromSerial(double n) {
        if (n >= 1 && n <= MAX_EXCEL_SERIAL) {
            return DateUtil.getLocalDateTime(n).toLocalDate();
        }
        if (n >= 10_000_000 && n < 100_000_000 && n == Math.rint(n)) {
            int digits = (int) n;
            return date(digits / 10_000, digits / 100 % 100, digits % 100);
        }
        return null;
    }

    /** Five digits (1927 to 2173 as Excel serials), perhaps with a time as a fraction: 43658 or 45078.0416. */
    private static boolean isSerialText(String s) {
        int point = s.indexOf('.');
        int whole = point < 0 ? s.length() : point;
        if (whole != SERIAL_DIGITS || point == s.length() - 1) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (i != point && !isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The text before a time of day such as {@code 10:00:00}, or null when the time is not set apart. */
    private static String withoutTime(String s) {
        int colon = s.indexOf(':');
        if (colon < 0) {
            return s;
        }
        int hour = colon;
        while (hour > 0 && isDigit(s.charAt(hour - 1))) {
            hour--;
        }
        if (hour == colon || hour == 0) {
            return null;
        }
        char before = s.charAt(hour - 1);
        return before == ' ' || before == 'T' || before == 't' ? s.substring(0, hour - 1).trim() : null;
    }

    /** Years of two digits: 00-69 are this century, 70-99 the last; -1 for any other length. */
    private static int year(int value, int length) {
        if (length == 4) {
            return value;
        }
        if (length == 2) {
            return value < 70 ? 2000 + value : 1900 + value;
        }
        return -1;
    }

    /** The 1-based month of a full or three-letter name (or "Sept"), ignoring case; -1 otherwise. */
    static int month(String s, int start, int end) {
        int length = end - start;
        if (length < 3 || length > 9) {
            return -1;
        }
        String word = s.substring(start, end).toLowerCase(Locale.ROOT);
        for (int m = 0; m < MONTHS.length; m++) {
            String name = MONTHS[m];
            if (length == 3 ? name.startsWith(word) : name.equals(word)) {
                return m + 1;
            }
        }
        return word.equals("sept") ? 9 : -1;
    }

    /** A day of the week in full or as it is cut short ("Friday", "Fri", "Tues", "Thurs"), ignoring case. */
    private static boolean isWeekday(String s, int start, int end) {
        int length = end - start;
        return length >= 3 && length <= 9 && WEEKDAYS.contains(s.substring(start, end).toLowerCase(Locale.ROOT));
    }

    private static boolean isOrdinal(String s, int start, int end) {
        if (end - start != 2) {
            return false;
        }
        String suffix = s.substring(start, end).toLowerCase(Locale.ROOT);
        return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) {
            return null;
        }
        return day <= Month.of(month).length(Year.isLeap(year)) ? LocalDate.of(year, month, day) : null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
