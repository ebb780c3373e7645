package uk.gov.bestvalue.returns.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contract or grant of a current return that a payment may be matched to, with the cell it came from.
 *
 * @param companyKey {@code ch:<number>} when the return gives a company number, else null
 * @param nameKey    the supplier's or recipient's normalised name
 * @param start      from when a payment may fall under it (null: no limit)
 * @param end        until when (null: no limit)
 */
public record Candidate(long factId, long loadBatchId, String sheet, int row, String directorateId, String reference,
                        String name, String companyKey, String nameKey, LocalDate start, LocalDate end,
                        BigDecimal value) {

    /** Whether a payment on this date falls within its period. */
    public boolean liveOn(LocalDate date) {
        return date == null || ((start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end)));
    }
}
