package uk.gov.bestvalue.returns.workbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** Turns the messy cells councils send into typed values; never throws on bad input. */
public final class ValueParsers {

    private static final java.util.regex.Pattern MONTHS =
            java.util.regex.Pattern.compile("(?i)\\s*(months?|mths?|mos?)\\.?\\s*$");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String[] YES = {"y", "yes", "true", "t", "1"};
    private static final String[] NO = {"n", "no", "false", "f", "0"};
    // a yes/no column is read on every row: its two answers are made once
    private static final Parsed<Boolean> PARSED_YES = Parsed.of(Boolean.TRUE);
    private static final Parsed<Boolean> PARSED_NO = Parsed.of(Boolean.FALSE);

    private ValueParsers() {
    }

    /** Trimmed text with inner runs of spaces collapsed; numbers without a trailing ".0", dates in ISO form. */
    public static Parsed<String> text(CellValue c) {
        return switch (c.kind()) {
            case BLANK -> Parsed.blank();
            case ERROR -> excelError(c);
            case NUMBER -> Parsed.of(numberAsText(c.text()));
            case DATE -> Parsed.of(c.dateTime().toLocalDate().toString());
            default -> {
                String cleaned = Texts.clean(c.text());
                yield cleaned.isEmpty() ? Parsed.blank() : Parsed.of(cleaned);
            }
        };
    }

    /** An amount in pounds to the penny: numbers, and text such as £25,000.00, 25k, £1.2M, (500) or 500 CR. */
    public static Parsed<BigDecimal> money(CellValue c) {
        if (c.isBlank() || c.kind() == CellKind.ERROR) {
            return blankOrError(c);
        }
        BigDecimal amount = switch (c.kind()) {
            case NUMBER -> Double.isFinite(c.number()) ? decimalOf(c) : null;
            case TEXT -> Decimals.parse(c.text(), true);
            default -> null;
        };
        if (amount != null) {
            return Parsed.of(amount.setScale(2, RoundingMode.HALF_UP));
        }
        return Parsed.failed(Texts.quote(c.text())
                + (c.kind() == CellKind.DATE ? " is a date, not an amount of money" : " is not an amount of money"));
    }

    /**
     * A number cell as a decimal. Its text as the file stores it when that is a plain decimal of at most 15 digits:
     * a double holds such a number exactly as written, so this is the value {@code BigDecimal.valueOf} would give,
     * without formatting the double (a tenth of reading a sheet of amounts); with at most 2 places, nearly every
     * amount, it is made from the digits already read, in pence, rather than by parsing the text again. Otherwise the
     * double's own form.
     */
    private static BigDecimal decimalOf(CellValue c) {
        String raw = c.text();
        long unscaled = 0;
        int digits = 0;
        int places = -1;
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch >= '0' && ch <= '9') {
                unscaled = unscaled * 10 + (ch - '0');
                digits++;
                if (places >= 0) {
                    places++;
                }
            } else if (ch == '.' && places < 0 && i > 0) {
                places = 0;
            } else if (!(ch == '-' && i == 0)) {
                return BigDecimal.valueOf(c.number());
            }
        }
        if (digits == 0 || digits > 15) {
            return BigDecimal.valueOf(c.number());
        }
        if (places > 2) {
            return new BigDecimal(raw);
        }
        for (int place = Math.max(places, 0); place < 2; place++) {
            unscaled *= 10;
        }
        return BigDecimal.valueOf(raw.charAt(0) == '-' ? -unscaled : unscaled, 2);
    }

    /** A date: date cells, Excel serial numbers, and the day-first forms people type such as 01/04/16 or Apr-16. */
    public static Parsed<LocalDate> date(CellValue c) {
        if (c.isBlank() || c.kind() == CellKind.ERROR) {
            return blankOrError(c);
        }
        LocalDate date = switch (c.kind()) {
            case DATE -> c.dateTime().toLocalDate();
            case NUMBER -> DateParser.fromSerial(c.number());
            case TEXT -> DateParser.parse(c.text());
            default -> null;
        };
        return date != null ? Parsed.of(date)
                : Parsed.failed(Texts.quote(c.text()) + " is not a date (use dd/mm/yyyy)");
    }

    /** Yes or no: Y/N, Yes/No, TRUE/FALSE, T/F, 1/0 in any case, and true/false cells. */
    public static Parsed<Boolean> bool(CellValue c) {
        if (c.isBlank() || c.kind() == CellKind.ERROR) {
            return blankOrError(c);
        }
        Boolean yes = switch (c.kind()) {
            case BOOLEAN -> c.number() != 0;
            case NUMBER -> c.number() == 1 ? Boolean.TRUE : c.number() == 0 ? Boolean.FALSE : null;
            case TEXT -> yesOrNo(c.text());
            default -> null;
        };
        return yes == null ? Parsed.failed(Texts.quote(c.text()) + " is not yes or no (use Y or N)")
                : yes ? PARSED_YES : PARSED_NO;
    }

    /** A fraction: 70%, 0.7 and 70 all give 0.7000, since a number above 1 and up to 100 is taken as a percentage. */
    public static Parsed<BigDecimal> percent(CellValue c) {
        if (c.isBlank() || c.kind() == CellKind.ERROR) {
            return blankOrError(c);
        }
        BigDecimal fraction = null;
        if (c.kind() == CellKind.NUMBER && Double.isFinite(c.number())) {
            fraction = likelyPercentage(BigDecimal.valueOf(c.number()));
        } else if (c.kind() == CellKind.TEXT) {
            String s = Texts.clean(c.text());
            boolean percentSign = s.endsWith("%");
            BigDecimal value = Decimals.parse(percentSign ? s.substring(0, s.length() - 1) : s, false);
            fraction = value == null ? null : percentSign ? value.divide(HUNDRED) : likelyPercentage(value);
        }
        return fraction != null ? Parsed.of(fraction.setScale(4, RoundingMode.HALF_UP))
                : Parsed.failed(Texts.quote(c.text()) + " is not a percentage");
    }

    /** A whole number, from a number cell or text such as 1,250. */
    public static Parsed<Long> integer(CellValue c) {
        if (c.isBlank() || c.kind() == CellKind.ERROR) {
            return blankOrError(c);
        }
        Long whole = null;
        if (c.kind() == CellKind.NUMBER) {
            double rounded = Math.rint(c.number());
            // tolerate the float artefacts of formulas, e.g. 2.9999999999999996
            whole = Math.abs(c.number() - rounded) < 1e-9 && Math.abs(rounded) < 9e18 ? (long) rounded : null;
        } else if (c.kind() == CellKind.TEXT) {
            // a count of months may say so: "12 months", "6 mths"
            String text = MONTHS.matcher(c.text()).replaceFirst("");
            whole = Decimals.wholeNumber(Decimals.parse(text, false));
        }
        return whole != null ? Parsed.of(whole) : Parsed.failed(Texts.quote(c.text()) + " is not a whole number");
    }

    private static BigDecimal likelyPercentage(BigDecimal value) {
        return value.compareTo(BigDecimal.ONE) > 0 && value.compareTo(HUNDRED) <= 0 ? value.divide(HUNDRED) : value;
    }

    private static Boolean yesOrNo(String text) {
        String s = Texts.clean(text);
        int length = s.endsWith(".") ? s.length() - 1 : s.length();
        // compared in place rather than lower-cased: a column of Y and N is read on every row
        for (String yes : YES) {
            if (sameWord(s, length, yes)) {
                return Boolean.TRUE;
            }
        }
        for (String no : NO) {
            if (sameWord(s, length, no)) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    /** Whether the first {@code length} characters of {@code s} are {@code word} (lower case ASCII) in any case. */
    private static boolean sameWord(String s, int length, String word) {
        if (length != word.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static <T> Parsed<T> blankOrError(CellValue c) {
        return c.kind() == CellKind.ERROR ? excelError(c) : Parsed.blank();
    }

    private static <T> Parsed<T> excelError(CellValue c) {
        return Parsed.failed("the cell shows " + c.text() + ", an Excel error; correct the formula or type the value");
    }

    /** A number cell as a person typed it: 25000 not 25000.0, and a UPRN's digits not 6.094123456E9. */
    private static String numberAsText(String raw) {
        if (raw.indexOf('E') >= 0 || raw.indexOf('e') >= 0) {
            try {
                return new BigDecimal(raw).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException notANumber) {
                return raw;
            }
        }
        return raw.endsWith(".0") ? raw.substring(0, raw.length() - 2) : raw;
    }
}
