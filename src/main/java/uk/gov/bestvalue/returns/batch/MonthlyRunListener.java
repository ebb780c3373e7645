package uk.gov.bestvalue.returns.batch;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;


/** Records each run of the monthly job in {@code monthly_run}: when, how it ended, and its counts per rule. */
@Component
class MonthlyRunListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(MonthlyRunListener.class);

    private final JdbcClient jdbc;

    MonthlyRunListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        jdbc.sql("INSERT INTO monthly_run (period, job_execution_id, started_at, status) VALUES (?, ?, ?, 'STARTED')")
                .params(period(execution), execution.getId(), Timestamp.valueOf(LocalDateTime.now())).update();
    }

    @Override
    public void afterJob(JobExecution execution) {
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
        log.info("monthly run {} (job execution {}): {}", period, execution.getId(), execution.getStatus());
    }

    private static String rule(String rule) {
        return "(SELECT COUNT(*) FROM finding WHERE monthly_period = ? AND rule_id = '" + rule + "')";
    }

    private static String period(JobExecution execution) {
        return execution.getJobParameters().getString(MonthlyJobParameters.PERIOD);
    }
}
