package uk.gov.bestvalue.returns.workbook;

import java.math.BigDecimal;

/** Number text conversions used on the hot path of the readers. */
final class Numbers {

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private Numbers() {
    }

    /**
     * Parses a number as {@link Double#parseDouble} would. Plain decimals of up to 15 significant digits take a
     * fast path that is exact: the digits fit a double and one division by an exact power of ten rounds correctly.
     *
     * @throws NumberFormatException when the text is not a number
     */
    static double parseDouble(String s) {
        int length = s.length();
        if (length == 0 || length > 17) {
            return Double.parseDouble(s);
        }
        int i = 0;
        boolean negative = s.charAt(0) == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = -1;
        for (; i < length; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (fractionDigits >= 0) {
                    fractionDigits++;
                }
            } else if (c == '.' && fractionDigits < 0) {
                fractionDigits = 0;
            } else {
                return Double.parseDouble(s);
            }
        }
        if (digits == 0 || digits > 15) {
            return Double.parseDouble(s);
        }
        double value = fractionDigits > 0 ? mantissa / POWERS_OF_TEN[fractionDigits] : mantissa;
        return negative ? -value : value;
    }

    /** A number in plain form, without exponent or trailing ".0": 25000.0 gives "25000", 1e-7 gives "0.0000001". */
    static String plain(double n) {
        if (!Double.isFinite(n)) {
            return Double.toString(n);
        }
        if (n == Math.rint(n) && Math.abs(n) < 1e15) {
            return Long.toString((long) n);
        }
        return BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
    }
}
