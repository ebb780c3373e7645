package uk.gov.bestvalue.returns.reconcile;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Pounds as people write them in messages: £1,250.00. */
final class Money {

    private Money() {
    }

    static String pounds(BigDecimal amount) {
        if (amount == null) {
            return "(no amount)";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return (amount.signum() < 0 ? "-£" : "£") + format.format(amount.abs());
    }
}
