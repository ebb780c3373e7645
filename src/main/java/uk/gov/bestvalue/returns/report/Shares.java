package uk.gov.bestvalue.returns.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as the warehouse keeps them: four decimal places, none when there is nothing to divide by. */
final class Shares {

    private Shares() {
    }

    static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    static BigDecimal of(long part, long whole) {
        return whole == 0 ? null : of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    static BigDecimal of(Integer part, long whole) {
        return part == null ? null : of(part.longValue(), whole);
    }
}
