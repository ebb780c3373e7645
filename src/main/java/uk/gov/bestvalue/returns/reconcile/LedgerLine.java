package uk.gov.bestvalue.returns.reconcile;

/** The ledger line a reconciliation finding concerns: its load batch, file, sheet and row. */
public record LedgerLine(long loadBatchId, String file, String sheet, int row) {
}
