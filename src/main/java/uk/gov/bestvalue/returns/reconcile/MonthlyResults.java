package uk.gov.bestvalue.returns.reconcile;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A period's reconciliation results, cleared at the start of each run so that a re-run replaces them. The chases
 * stay: they record emails that were sent; so do the payments' matches, which the match step keeps or replaces.
 */
public final class MonthlyResults {

    private final JdbcClient jdbc;

    public MonthlyResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Deletes the period's R2-R5 findings, overspends and KPIs. The payments' matches and their R1 findings are
     * kept, ledger by ledger: the match step replaces those whose basis has changed ({@link PaymentReconciliation}).
     */
    public void clear(String period) {
        jdbc.sql("DELETE FROM finding WHERE monthly_period = ? AND rule_id <> 'R1'").param(period).update();
        jdbc.sql("DELETE FROM contract_overspend WHERE period = ?").param(period).update();
        jdbc.sql("DELETE FROM reconciliation_kpi WHERE period = ?").param(period).update();
    }
}
