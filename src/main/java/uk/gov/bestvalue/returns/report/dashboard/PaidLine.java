package uk.gov.bestvalue.returns.report.dashboard;

import java.math.BigDecimal;

/**
 * A payment line of a spend ledger as the dashboards count it: its directorate, the category and supplier of the
 * contract R1's match put it on (the ledger's own supplier when none), whether it is off contract, and its row.
 */
record PaidLine(String directorateId, String categoryKey, String category, String supplierKey, String supplier,
                BigDecimal amount, boolean offContract, SourceRef source) {

    /** The category of spend on no contract. */
    static final String NO_CATEGORY = "none";
}
