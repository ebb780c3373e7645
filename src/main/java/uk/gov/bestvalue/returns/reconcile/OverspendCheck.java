package uk.gov.bestvalue.returns.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R2: a contract whose matched payments to date (every reconciled month up to the period, followed across months
 * by directorate and contract reference) exceed its total value. Finding at the contract's Total Value cell.
 */
public final class OverspendCheck {

    /**
     * The contracts paid this period, with the last payment on each and its ledger line (two grouped scans and
     * joins by key, no query per contract).
     */
    private static final String PAID = "SELECT c.contract_fact_id AS fact_id, c.load_batch_id, c.source_sheet, "
            + "c.source_row, m.matched_directorate_id, c.contract_reference, c.supplier_name, c.total_value, "
            + "p.load_batch_id AS payment_load_batch_id, lb.file_name AS payment_file_name, "
            + "p.source_sheet AS payment_source_sheet, p.source_row AS payment_source_row "
            + "FROM (SELECT item_fact_id AS contract_fact_id, matched_directorate_id, "
            + "      MAX(last_payment_fact_id) AS last_payment "
            + "      FROM payment_total WHERE period = ? AND kind = 'contract' AND item_fact_id IS NOT NULL "
            + "      GROUP BY item_fact_id, matched_directorate_id) m "
            + "JOIN contract_fact c ON c.contract_fact_id = m.contract_fact_id "
            + "LEFT JOIN payment_fact p ON p.payment_fact_id = m.last_payment "
            + "LEFT JOIN load_batch lb ON lb.load_batch_id = p.load_batch_id "
            + "ORDER BY m.matched_directorate_id, c.contract_reference";
    private static final String TO_DATE = "SELECT matched_directorate_id, matched_reference, SUM(amount) AS paid "
            + "FROM payment_total "
            + "WHERE kind = 'contract' AND method <> 'none' AND period <= ? GROUP BY matched_directorate_id, matched_reference";
    private static final String INSERT = "INSERT INTO contract_overspend (period, contract_fact_id, directorate_id, "
            + "contract_reference, supplier_name, total_value, spent_to_date) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ReconciliationFindings findings;

    public OverspendCheck(JdbcClient jdbc, JdbcTemplate batch, ReconciliationFindings findings) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.findings = findings;
    }

    /** Replaces the period's R2 rows and findings; the number of contracts overspent. */
    public int run(String period) {
        findings.clear(period, "R2");
        jdbc.sql("DELETE FROM contract_overspend WHERE period = ?").param(period).update();
        List<ReconciliationFinding> found = new ArrayList<>();
        record Row(ReturnLine line, String reference, String supplier, BigDecimal value, BigDecimal spent,
                   LedgerLine lastPayment) {
        }
        Map<String, BigDecimal> toDate = new HashMap<>();
        jdbc.sql(TO_DATE).param(period).query(rs -> {
            toDate.put(rs.getString("matched_directorate_id") + "|" + rs.getString("matched_reference"),
                    rs.getBigDecimal("paid"));
        });
        List<Row> rows = jdbc.sql(PAID).param(period).query((rs, n) -> {
            String directorate = rs.getString("matched_directorate_id");
            String reference = rs.getString("contract_reference");
            return new Row(ReturnLine.read(rs, "", directorate), reference, rs.getString("supplier_name"),
                    rs.getBigDecimal("total_value"), toDate.get(directorate + "|" + reference),
                    LedgerLine.read(rs, "payment_"));
        }).list();
        List<Object[]> overspent = new ArrayList<>();
        for (Row contract : rows) {
            BigDecimal value = contract.value();
            BigDecimal spent = contract.spent();
            if (value == null || spent == null || spent.compareTo(value) <= 0) {
                continue;
            }
            overspent.add(new Object[] {period, contract.line().factId(), contract.line().directorateId(),
                    contract.reference(), contract.supplier(), value, spent});
            found.add(ReconciliationFinding.onReturn(period, "R2", "error", contract.line(), "total_value",
                    value.toPlainString(), "Overspend: " + Money.pounds(spent) + " has been paid to "
                            + contract.supplier() + " on contract " + contract.reference() + " up to the end of "
                            + period + ", " + Money.pounds(spent.subtract(value)) + " more than its total value of "
                            + Money.pounds(value) + ". Vary the contract (with approval) or stop the payments.",
                    contract.lastPayment()));
        }
        if (!overspent.isEmpty()) {
            batch.batchUpdate(INSERT, overspent);
        }
        findings.insert(found);
        return found.size();
    }
}
