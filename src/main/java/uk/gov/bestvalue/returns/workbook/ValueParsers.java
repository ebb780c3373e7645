package uk.gov.bestvalue.returns.workbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

/** Turns the messy cells councils send into typed values; never throws on bad input. */
public final class ValueParsers {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ValueParsers() {
    }

    /** Trimmed text with inner runs of spaces collapsed; numbers without a trailing ".0", dates in ISO form. */
    public static Parsed<String> text(CellValue c) {
        switch (c.kind()) {
            case BLANK:
                return Parsed.blank();
            case ERROR:
                return excelError(c);
            case NUMBER:
                String raw = c.text();
                return Parsed.of(raw.endsWith(".0") ? raw.substring(0, raw.length() - 2) : raw);
            case DATE:
                return Parsed.of(c.dateTime().toLocalDate().toString());
            default:
                String cleaned = Texts.clean(c.text());
                return cleaned.isEmpty() ? Parsed.blank() : Parsed.of(cleaned);
        }
    }

    /** An amount in pounds to the penny: numbers, and text such as £25,000.00, 25k, £1.2M, (500) or 500 CR. */
    public static Parsed<BigDecimal> money(CellValue c) {
        if (c.isBlank()) {
            return Parsed.blank();
        }
        switch (c.kind()) {
            case ERROR:
                return excelError(c);
            case NUMBER:
                return Double.isFinite(c.number()) ? Parsed.of(money(BigDecimal.valueOf(c.number())))
                        : Parsed.failed(Texts.quote(c.text()) + " is not an amount of money");
            case TEXT:
                BigDecimal amount = Decimals.parse(c.text(), true);
                return amount != null ? Parsed.of(money(amount))
                        : Parsed.failed(Texts.quote(c.text()) + " is not an amount of money");
            case DATE:
                return Parsed.failed(Texts.quote(c.text()) + " is a date, not an amount of money");
            default:
                return Parsed.failed(Texts.quote(c.text()) + " is not an amount of money");
        }
    }

    /** A date: real date cells, Excel serial numbers, and the day-first forms people type (01/04/2016, 1 Apr 16, Apr-16...). */
    public static Parsed<LocalDate> date(CellValue c) {
        if (c.isBlank()) {
            return Parsed.blank();
        }
        LocalDate date = null;
        switch (c.kind()) {
            case ERROR:
                return excelError(c);
            case DATE:
                return Parsed.of(c.dateTime().toLocalDate());
            case NUMBER:
                date = DateParser.fromSerial(c.number());
                break;
            case TEXT:
                date = DateParser.parse(c.text());
                break;
            default:
                break;
        }
        return date != null ? Parsed.of(date)
                : Parsed.failed(Texts.quote(c.text()) + " is not a date (use dd/mm/yyyy)");
    }

    /** Yes or no: Y/N, Yes/No, TRUE/FALSE, T/F, 1/0 in any case, and true/false cells. */
    public static Parsed<Boolean> bool(CellValue c) {
        if (c.isBlank()) {
            return Parsed.blank();
        }
        switch (c.kind()) {
            case ERROR:
                return excelError(c);
            case BOOLEAN:
                return Parsed.of(c.number() != 0);
            case NUMBER:
                return c.number() == 1 ? Parsed.of(true) : c.number() == 0 ? Parsed.of(false) : notYesOrNo(c);
            case TEXT:
                Boolean yes = yesOrNo(c.text());
                return yes != null ? Parsed.of(yes) : notYesOrNo(c);
            default:
                return notYesOrNo(c);
        }
    }

    /** A fraction: 70%, 0.7 and 70 all give 0.7000, since a number above 1 and up to 100 is taken as a percentage. */
    public static Parsed<BigDecimal> percent(CellValue c) {
        if (c.isBlank()) {
            return Parsed.blank();
        }
        BigDecimal value = null;
        switch (c.kind()) {
            case ERROR:
                return excelError(c);
            case NUMBER:
                value = Double.isFinite(c.number()) ? likelyPercentage(BigDecimal.valueOf(c.number())) : null;
                break;
            case TEXT:
                String s = Texts.clean(c.text());
                if (s.endsWith("%")) {
                    value = Decimals.parse(s.substring(0, s.length() - 1), false);
                    value = value == null ? null : value.divide(HUNDRED);
                } else {
                    value = Decimals.parse(s, false);
                    value = value == null ? null : likelyPercentage(value);
                }
                break;
            default:
                break;
        }
        return value != null ? Parsed.of(value.setScale(4, RoundingMode.HALF_UP))
                : Parsed.failed(Texts.quote(c.text()) + " is not a percentage");
    }

    /** A whole number, from a number cell or text such as 1,250. */
    public static Parsed<Long> integer(CellValue c) {
        if (c.isBlank()) {
            return Parsed.blank();
        }
        if (c.kind() == CellKind.ERROR) {
            return excelError(c);
        }
        Long whole = null;
        if (c.kind() == CellKind.NUMBER) {
            double rounded = Math.rint(c.number());
            // tolerate the float artefacts of formulas, e.g. 2.9999999999999996
            whole = Math.abs(c.number() - rounded) < 1e-9 && Math.abs(rounded) < 9e18 ? (long) rounded : null;
        } else if (c.kind() == CellKind.TEXT) {
            whole = Decimals.wholeNumber(Decimals.parse(c.text(), false));
        }
        return whole != null ? Parsed.of(whole) : Parsed.failed(Texts.quote(c.text()) + " is not a whole number");
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal likelyPercentage(BigDecimal value) {
        return value.compareTo(BigDecimal.ONE) > 0 && value.compareTo(HUNDRED) <= 0 ? value.divide(HUNDRED) : value;
    }

    private static Boolean yesOrNo(String text) {
        String s = Texts.clean(text);
        s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        switch (s.toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true", "t", "1":
                return true;
            case "n", "no", "false", "f", "0":
                return false;
            default:
                return null;
        }
    }

    private static Parsed<Boolean> notYesOrNo(CellValue c) {
        return Parsed.failed(Texts.quote(c.text()) + " is not yes or no (use Y or N)");
    }

    private static <T> Parsed<T> excelError(CellValue c) {
        return Parsed.failed("the cell shows " + c.text() + ", an Excel error; correct the formula or type the value");
    }
}
