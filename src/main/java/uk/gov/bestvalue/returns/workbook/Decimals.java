package uk.gov.bestvalue.returns.workbook;

import java.math.BigDecimal;

/** Hand-written parsing of the decimal numbers people type, with the pound signs and shorthands of money. */
final class Decimals {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final int MAX_DIGITS = 30;
    private static final int MAX_EXPONENT = 20;

    private Decimals() {
    }

    /**
     * The number in a piece of text, or null when it is not one. Spaces anywhere and thousands commas are
     * ignored; a leading or (with {@code money}) currency-following minus, or brackets, make it negative. With
     * {@code money}, also a pound sign or GBP, a k or m multiplier and a trailing CR or minus (credit, so negative).
     */
    static BigDecimal parse(String text, boolean money) {
        char[] s = new char[text.length()];
        int end = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Texts.isSpace(c)) {
                s[end++] = c;
            }
        }
        int start = 0;
        boolean negative = false;
        if (end - start >= 2 && s[start] == '(' && s[end - 1] == ')') {
            negative = true;
            start++;
            end--;
        }
        if (money && end - start >= 2 && upper(s[end - 2]) == 'C' && upper(s[end - 1]) == 'R') {
            negative = true;
            end -= 2;
        } else if (money && end - start >= 2 && s[end - 1] == '-' && s[start] != '-') {
            // a credit as accounting systems (SAP, Agresso) print it: 38,937.00-
            negative = true;
            end--;
        }
        boolean signed = start < end && (s[start] == '-' || s[start] == '+');
        if (signed) {
            negative |= s[start++] == '-';
        }
        if (money) {
            int currency = currency(s, start, end);
            start += currency;
            if (currency > 0 && !signed && start < end && (s[start] == '-' || s[start] == '+')) {
                negative |= s[start++] == '-';
            }
        }
        BigDecimal multiplier = null;
        if (money && end - start >= 2) {
            char last = upper(s[end - 1]);
            multiplier = last == 'K' ? THOUSAND : last == 'M' ? MILLION : null;
            end -= multiplier == null ? 0 : 1;
        }
        BigDecimal value = body(s, start, end);
        if (value == null) {
            return null;
        }
        if (multiplier != null) {
            value = value.multiply(multiplier);
        }
        return negative ? value.negate() : value;
    }

    /** How many characters of pound sign start at {@code start}: £, GBP, and the mis-decoded œ and Â£. */
    private static int currency(char[] s, int start, int end) {
        if (start >= end) {
            return 0;
        }
        char c = s[start];
        if (c == '£' || c == 'œ') {
            return 1;
        }
        if (c == 'Â' && start + 1 < end && s[start + 1] == '£') {
            return 2;
        }
        if (end - start > 3 && upper(c) == 'G' && upper(s[start + 1]) == 'B' && upper(s[start + 2]) == 'P') {
            return 3;
        }
        return 0;
    }

    /** Digits with an optional point, thousands commas in groups of three and an optional exponent. */
    private static BigDecimal body(char[] s, int start, int end) {
        char[] digits = new char[end - start];
        int n = 0;
        int count = 0;
        int group = -1;
        boolean point = false;
        int i = start;
        for (; i < end; i++) {
            char c = s[i];
            if (c >= '0' && c <= '9') {
                digits[n++] = c;
                count++;
                group += group >= 0 && !point ? 1 : 0;
            } else if (c == ',') {
                if (point || count == 0 || group >= 0 && group != 3 || group < 0 && count > 3) {
                    return null;
                }
                group = 0;
            } else if (c == '.') {
                if (point || group >= 0 && group != 3) {
                    return null;
                }
                point = true;
                digits[n++] = c;
            } else if ((c == 'e' || c == 'E') && count > 0) {
                break;
            } else {
                return null;
            }
        }
        if (count == 0 || count > MAX_DIGITS || !point && group >= 0 && group != 3) {
            return null;
        }
        BigDecimal value = new BigDecimal(digits, 0, n);
        return i == end ? value : withExponent(value, s, i + 1, end);
    }

    private static BigDecimal withExponent(BigDecimal value, char[] s, int start, int end) {
        boolean negative = start < end && s[start] == '-';
        if (start < end && (s[start] == '-' || s[start] == '+')) {
            start++;
        }
        if (start == end || end - start > 2) {
            return null;
        }
        int exponent = 0;
        for (int i = start; i < end; i++) {
            if (s[i] < '0' || s[i] > '9') {
                return null;
            }
            exponent = exponent * 10 + (s[i] - '0');
        }
        return exponent > MAX_EXPONENT ? null : value.scaleByPowerOfTen(negative ? -exponent : exponent);
    }

    /** The value as a long when it is a whole number in range, else null. */
    static Long wholeNumber(BigDecimal value) {
        if (value == null) {
            return null;
        }
        try {
            return value.signum() == 0 ? 0L : value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }
}
