package uk.gov.bestvalue.returns.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R1's KPI per directorate for a period: contract spend, off-contract spend and its share, with a RAG status from
 * rules.yml (a view cannot read the thresholds), replaced on every run.
 */
public final class ReconciliationKpis {

    private final JdbcClient jdbc;
    private final ReconcileSettings settings;

    public ReconciliationKpis(JdbcClient jdbc, ReconcileSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Replaces the period's KPI rows; how many directorates have one. */
    public int run(String period) {
        jdbc.sql("DELETE FROM reconciliation_kpi WHERE period = ?").param(period).update();
        record Row(String directorate, int payments, BigDecimal spend, int offPayments, BigDecimal offSpend) {
        }
        var rows = jdbc.sql("SELECT directorate_id, payments, spend, off_contract_payments, off_contract_spend "
                        + "FROM v_off_contract_spend WHERE period = ?").param(period)
                .query((rs, n) -> new Row(rs.getString("directorate_id"), rs.getInt("payments"),
                        rs.getBigDecimal("spend"), rs.getInt("off_contract_payments"),
                        rs.getBigDecimal("off_contract_spend"))).list();
        for (Row row : rows) {
            BigDecimal spend = row.spend() == null ? BigDecimal.ZERO : row.spend();
            BigDecimal off = row.offSpend() == null ? BigDecimal.ZERO : row.offSpend();
            BigDecimal share = spend.signum() == 0 ? null : off.divide(spend, 4, RoundingMode.HALF_UP);
            jdbc.sql("INSERT INTO reconciliation_kpi (period, directorate_id, payments, spend, off_contract_payments, "
                            + "off_contract_spend, off_contract_share, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(period, row.directorate(), row.payments(), spend, row.offPayments(), off, share,
                            settings.status(share))
                    .update();
        }
        return rows.size();
    }
}
