package uk.gov.bestvalue.returns.report.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contract on a current procurement return that ends within 24 months of the period's end, with the quarter it
 * ends in, and the contract recorded as its re-procurement (same directorate, category and supplier, starting in
 * the period or later and ending after it), null when none is.
 */
public record ExpiringContract(Quarter quarter, String directorateId, String directorate, String reference,
                               String title, String supplier, String category, BigDecimal value, String route,
                               LocalDate endDate, String reprocuredBy, SourceRef source) {

    public boolean reprocurementRecorded() {
        return reprocuredBy != null;
    }
}
