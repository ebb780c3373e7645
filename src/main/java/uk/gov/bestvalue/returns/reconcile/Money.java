package uk.gov.bestvalue.returns.reconcile;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Pounds as people write them in messages: £1,250.00. */
final class Money {

    private Money() {
    }

    /** DecimalFormat is not thread-safe, and costly to build for each of a ledger's lines. */
    private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)));

    static String pounds(BigDecimal amount) {
        if (amount == null) {
            return "(no amount)";
        }
        DecimalFormat format = FORMAT.get();
        return (amount.signum() < 0 ? "-£" : "£") + format.format(amount.abs());
    }
}
