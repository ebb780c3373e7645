package uk.gov.bestvalue.returns.reconcile;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The return row a reconciliation finding concerns: its fact, load batch, sheet and row, and whose it is.
 */
public record ReturnLine(long factId, long loadBatchId, String sheet, int row, String directorateId) {

    /**
     * Read by name from a query that gives the row as {@code <prefix>fact_id}, {@code <prefix>load_batch_id},
     * {@code <prefix>source_sheet} and {@code <prefix>source_row}; null when the fact is null (an outer join).
     */
    static ReturnLine read(ResultSet rs, String prefix, String directorateId) throws SQLException {
        Long factId = rs.getObject(prefix + "fact_id", Long.class);
        return factId == null ? null : new ReturnLine(factId, rs.getLong(prefix + "load_batch_id"),
                rs.getString(prefix + "source_sheet"), rs.getInt(prefix + "source_row"), directorateId);
    }
}
