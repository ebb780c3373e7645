package uk.gov.bestvalue.returns.reconcile;

/**
 * A finding R1-R5 of a period's reconciliation, attached to a load batch's cell: the return's where a return row
 * is concerned, else the ledger's. {@code ledger} is the ledger line it concerns (may be null, e.g. R5).
 *
 * @param field the spec field whose column the cell is in
 */
public record ReconciliationFinding(String period, String rule, String severity, long loadBatchId, String sheet,
                                    int row, String field, String value, String message, String directorateId,
                                    LedgerLine ledger) {

    /** Attached to a ledger line's own cell. */
    public static ReconciliationFinding onLedger(String period, String rule, String severity, LedgerLine line,
                                                 String field, String value, String message, String directorateId) {
        return new ReconciliationFinding(period, rule, severity, line.loadBatchId(), line.sheet(), line.row(), field,
                value, message, directorateId, line);
    }

    /** Attached to a return row's cell. */
    public static ReconciliationFinding onReturn(String period, String rule, String severity, ReturnLine item,
                                                 String field, String value, String message, LedgerLine ledger) {
        return new ReconciliationFinding(period, rule, severity, item.loadBatchId(), item.sheet(), item.row(), field,
                value, message, item.directorateId(), ledger);
    }
}
