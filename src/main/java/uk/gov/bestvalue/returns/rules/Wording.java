package uk.gov.bestvalue.returns.rules;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Amounts and dates as a person in a UK council writes them in a message: £25,000 and 01/04/2016. */
public final class Wording {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter UK_MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    // a currency format takes longer to build than a row takes to check, and rules word amounts on most rows;
    // formats are not thread-safe, and rows are checked on the load's read-ahead thread as well as on the caller's
    private static final ThreadLocal<NumberFormat> POUNDS = ThreadLocal.withInitial(() -> pounds(0));
    private static final ThreadLocal<NumberFormat> POUNDS_AND_PENCE = ThreadLocal.withInitial(() -> pounds(2));

    private Wording() {
    }

    /** Pounds, with pence only when there are some. */
    public static String money(BigDecimal amount) {
        return (amount.stripTrailingZeros().scale() > 0 ? POUNDS_AND_PENCE : POUNDS).get().format(amount);
    }

    private static NumberFormat pounds(int minimumFractionDigits) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setMinimumFractionDigits(minimumFractionDigits);
        return format;
    }

    /** A moment as a person in the UK reads it, e.g. 23/11/2026 14:05. */
    public static String moment(java.time.Instant instant) {
        return UK_MOMENT.format(instant.atZone(java.time.ZoneId.of("Europe/London")));
    }

    /** A date as dd/mm/yyyy. */
    public static String date(LocalDate date) {
        return UK_DATE.format(date);
    }
}
