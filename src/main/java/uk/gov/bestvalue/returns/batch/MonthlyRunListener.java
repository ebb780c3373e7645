package uk.gov.bestvalue.returns.batch;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.bestvalue.returns.audit.AuditAction;
import uk.gov.bestvalue.returns.audit.AuditTrail;

/**
 * Records each run of the monthly job in {@code monthly_run} (when, how it ended, its counts per rule), each start and
 * end with its audit event in the same transaction.
 */
@Component
class MonthlyRunListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(MonthlyRunListener.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;

    MonthlyRunListener(JdbcClient jdbc, TransactionTemplate transaction, AuditTrail audit) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        String period = period(execution);
        transaction.executeWithoutResult(status -> {
            int before = jdbc.sql("SELECT COUNT(*) FROM monthly_run WHERE period = ?").param(period)
                    .query(Integer.class).single();
            // the period is this run's alone (MonthlyRunLock): a run still recorded as running was cut short
            closeCutShort(jdbc, period, execution.getId());
            jdbc.sql("INSERT INTO monthly_run (period, job_execution_id, started_at, status) VALUES (?, ?, ?, 'STARTED')")
                    .params(period, execution.getId(), Timestamp.valueOf(LocalDateTime.now())).update();
            audit.other(AuditAction.MONTHLY_STARTED, null, period, null, "STARTED", "job execution " + execution.getId()
                    + (before == 0 ? ", the month's first run" : ", a re-run (" + before + " run(s) before)"));
        });
    }

    @Override
    public void afterJob(JobExecution execution) {
        transaction.executeWithoutResult(status -> recordEnd(execution));
        log.info("monthly run {} (job execution {}): {}", period(execution), execution.getId(), execution.getStatus());
    }

    private void recordEnd(JobExecution execution) {
        String period = period(execution);
        String exit = execution.getExitStatus().getExitDescription();
        jdbc.sql("UPDATE monthly_run SET finished_at = ?, status = ?, exit_message = ?, "
                        + "payments = (SELECT COALESCE(SUM(payments), 0) FROM payment_total WHERE period = ?), "
                        + "payments_matched = (SELECT COALESCE(SUM(payments), 0) FROM payment_total WHERE period = ? "
                        + "AND method <> 'none'), "
                        + "r1 = " + rule("R1") + ", r2 = " + rule("R2") + ", r3 = " + rule("R3") + ", r4 = " + rule("R4")
                        + ", r5 = " + rule("R5") + ", r6 = (SELECT COUNT(*) FROM return_chase WHERE period = ?) "
                        + "WHERE job_execution_id = ?")
                .params(Timestamp.valueOf(LocalDateTime.now()), execution.getStatus().name(),
                        exit == null || exit.isEmpty() ? null : exit.substring(0, Math.min(2000, exit.length())),
                        period, period, period, period, period, period, period, period, execution.getId())
                .update();
        audit.other(AuditAction.MONTHLY_ENDED, null, period, "STARTED", execution.getStatus().name(),
                "job execution " + execution.getId() + (exit == null || exit.isEmpty() ? ""
                        : ": " + exit.lines().findFirst().orElse("")));
    }

    /**
     * Records the period's runs still marked running, other than {@code current}, as failed: their process died (or
     * lost the database) before they ended, and a later run (a restart, where they stopped) takes their place.
     */
    static void closeCutShort(JdbcClient jdbc, String period, Long current) {
        jdbc.sql("UPDATE monthly_run SET status = 'FAILED', finished_at = ?, exit_message = ? WHERE period = ? "
                        + "AND status = 'STARTED' AND job_execution_id <> ?")
                .params(Timestamp.valueOf(LocalDateTime.now()), "Cut short: its process stopped (or lost the database) "
                        + "before the run ended; a later run of the period finished it", period,
                        current == null ? -1L : current)
                .update();
    }

    private static String rule(String rule) {
        return "(SELECT COUNT(*) FROM finding WHERE monthly_period = ? AND rule_id = '" + rule + "')";
    }

    private static String period(JobExecution execution) {
        return execution.getJobParameters().getString(MonthlyJobParameters.PERIOD);
    }
}
