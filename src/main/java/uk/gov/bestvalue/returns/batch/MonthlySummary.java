package uk.gov.bestvalue.returns.batch;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The monthly run's printed summary: off-contract spend per directorate, then the count of each rule. */
final class MonthlySummary {

    private final JdbcClient jdbc;

    MonthlySummary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void print(String period, JobExecution execution, PrintStream out) {
        out.printf("monthly run %s: %s%n%n", period, execution == null ? "NOT STARTED" : execution.getStatus()
                + " (job execution " + execution.getId() + ")");
        out.printf("%-12s %9s %15s %9s %15s %8s  %s%n", "directorate", "payments", "spend", "off-contr",
                "off-contract £", "share", "status");
        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM reconciliation_kpi WHERE period = ? ORDER BY directorate_id")
                .param(period).query().listOfRows();
        for (Map<String, Object> row : rows) {
            BigDecimal share = (BigDecimal) row.get("off_contract_share");
            out.printf("%-12s %9s %15s %9s %15s %8s  %s%n", row.get("directorate_id"), row.get("payments"),
                    money(row.get("spend")), row.get("off_contract_payments"), money(row.get("off_contract_spend")),
                    share == null ? "-" : share.movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%",
                    row.get("status"));
        }
        out.println();
        Map<String, Object> counts = jdbc.sql("SELECT * FROM monthly_run WHERE period = ? ORDER BY monthly_run_id DESC")
                .param(period).query().listOfRows().stream().findFirst().orElse(Map.of());
        out.printf("payments %s, matched %s%n", counts.get("payments"), counts.get("payments_matched"));
        out.printf("R1 off-contract %s, R2 overspent %s, R3 grant payments %s, R4 receipts/disposals %s, "
                        + "R5 month on month %s, R6 returns chased %s%n", counts.get("r1"), counts.get("r2"),
                counts.get("r3"), counts.get("r4"), counts.get("r5"), counts.get("r6"));
    }

    private static String money(Object value) {
        return value == null ? "-" : String.format("%,.2f", (BigDecimal) value);
    }
}
