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
     * A plain decimal of up to 15 significant digits ({@code 42238}, {@code -141880.91}) read from characters as
     * {@link Double#parseDouble} would read them, exactly: the digits fit a double and one division by an exact power
     * of ten rounds correctly. NaN for any other text (empty, spaces, exponents, more digits), which the caller then
     * reads with {@link Double#parseDouble}.
     */
    static double parsePlain(char[] chars, int start, int length) {
        if (length == 0 || length > 17) {
            return Double.NaN;
        }
        int end = start + length;
        int i = start;
        boolean negative = chars[i] == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = -1;
        for (; i < end; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (fractionDigits >= 0) {
                    fractionDigits++;
                }
            } else if (c == '.' && fractionDigits < 0) {
                fractionDigits = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || digits > 15) {
            return Double.NaN;
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
