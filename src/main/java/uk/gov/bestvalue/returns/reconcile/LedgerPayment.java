package uk.gov.bestvalue.returns.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment line of a current spend ledger, as the monthly reconciliation reads it, with its lineage. */
public record LedgerPayment(long paymentFactId, long loadBatchId, String fileName, String sheet, int row,
                            LocalDate date, String supplierName, BigDecimal amount, String supplierKey,
                            String department, String expenseType) {

    /** {@code ch:<number>} when the ledger gives the supplier's company number. */
    public String companyKey() {
        return supplierKey != null && supplierKey.startsWith("ch:") ? supplierKey : null;
    }
}
