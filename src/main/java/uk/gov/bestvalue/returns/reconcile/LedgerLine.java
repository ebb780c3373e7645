package uk.gov.bestvalue.returns.reconcile;

import java.sql.ResultSet;
import java.sql.SQLException;

/** The ledger line a reconciliation finding concerns: its load batch, file, sheet and row. */
public record LedgerLine(long loadBatchId, String file, String sheet, int row) {

    /**
     * Read by name from a query that gives the line as {@code <prefix>load_batch_id}, {@code <prefix>file_name},
     * {@code <prefix>source_sheet} and {@code <prefix>source_row}; null when there is none (an outer join).
     */
    static LedgerLine read(ResultSet rs, String prefix) throws SQLException {
        Long loadBatchId = rs.getObject(prefix + "load_batch_id", Long.class);
        return loadBatchId == null ? null : new LedgerLine(loadBatchId, rs.getString(prefix + "file_name"),
                rs.getString(prefix + "source_sheet"), rs.getInt(prefix + "source_row"));
    }
}
