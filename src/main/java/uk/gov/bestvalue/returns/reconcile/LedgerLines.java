package uk.gov.bestvalue.returns.reconcile;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The lineage of a payment line by its id, for findings attached to a return row that name the ledger line too. */
final class LedgerLines {

    private LedgerLines() {
    }

    static Optional<LedgerLine> payment(JdbcClient jdbc, Long paymentFactId) {
        if (paymentFactId == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT p.load_batch_id, b.file_name, p.source_sheet, p.source_row FROM payment_fact p "
                        + "JOIN load_batch b ON b.load_batch_id = p.load_batch_id WHERE p.payment_fact_id = ?")
                .param(paymentFactId)
                .query((rs, n) -> new LedgerLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .optional();
    }
}
