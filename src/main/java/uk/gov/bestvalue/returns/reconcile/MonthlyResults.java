package uk.gov.bestvalue.returns.reconcile;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A period's reconciliation results, cleared at the start of each run so that a re-run replaces them. The chases
 * stay: they record emails that were sent.
 */
public final class MonthlyResults {

    private final JdbcClient jdbc;

    public MonthlyResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes the period's matches and totals, R findings, overspends and KPIs. */
    public void clear(String period) {
        jdbc.sql("DELETE FROM finding WHERE monthly_period = ?").param(period).update();
        jdbc.sql("DELETE FROM payment_match WHERE period = ?").param(period).update();
        jdbc.sql("DELETE FROM payment_total WHERE period = ?").param(period).update();
        jdbc.sql("DELETE FROM contract_overspend WHERE period = ?").param(period).update();
        jdbc.sql("DELETE FROM reconciliation_kpi WHERE period = ?").param(period).update();
    }
}
