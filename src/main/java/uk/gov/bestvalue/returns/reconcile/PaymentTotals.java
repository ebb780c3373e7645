package uk.gov.bestvalue.returns.reconcile;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A ledger's payments of a period summed by what each was matched to (kind, method, directorate, contract or grant), in
 * memory while the ledger streams past, then written as {@code payment_total} rows: one per contract paid, not
 * one per line. Its size is bounded by the contracts and grants, not by the ledger.
 */
final class PaymentTotals {

    private static final String INSERT = "INSERT INTO payment_total (period, kind, method, directorate_id, "
            + "item_fact_id, matched_reference, matched_directorate_id, payments, amount, last_payment_fact_id, "
            + "ledger_load_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 1_000;

    private record Key(String kind, MatchMethod method, String directorateId, Long itemFactId, String reference,
                       String matchedDirectorateId) {
    }

    private static final class Sum {
        int payments;
        BigDecimal amount = BigDecimal.ZERO;
        long lastPaymentFactId;
    }

    private final Map<Key, Sum> sums = new HashMap<>();
    private final long ledgerId;

    /** The totals of one ledger's lines. */
    PaymentTotals(long ledgerId) {
        this.ledgerId = ledgerId;
    }

    /** Counts a matched (or unmatched) payment. */
    void add(PaymentMatch match) {
        Candidate item = match.result().candidate();
        Key key = new Key(match.kind(), match.result().method(), match.directorateId(),
                item == null ? null : item.factId(), item == null ? null : item.reference(),
                item == null ? null : item.directorateId());
        Sum sum = sums.computeIfAbsent(key, k -> new Sum());
        sum.payments++;
        LedgerPayment payment = match.payment();
        if (payment.amount() != null) {
            sum.amount = sum.amount.add(payment.amount());
        }
        sum.lastPaymentFactId = Math.max(sum.lastPaymentFactId, payment.paymentFactId());
    }

    /** Writes the totals for the period in JDBC batches; how many rows. */
    int write(String period, JdbcTemplate jdbc) {
        int[] types = {Types.CHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
                Types.VARCHAR, Types.INTEGER, Types.DECIMAL, Types.BIGINT, Types.BIGINT};
        List<Object[]> rows = new ArrayList<>(Math.min(BATCH, sums.size()));
        for (Map.Entry<Key, Sum> entry : sums.entrySet()) {
            Key k = entry.getKey();
            Sum s = entry.getValue();
            rows.add(new Object[] {period, k.kind(), k.method().code(), k.directorateId(), k.itemFactId(),
                    k.reference(), k.matchedDirectorateId(), s.payments, s.amount, s.lastPaymentFactId, ledgerId});
            if (rows.size() == BATCH) {
                jdbc.batchUpdate(INSERT, rows, types);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows, types);
        }
        return sums.size();
    }
}
