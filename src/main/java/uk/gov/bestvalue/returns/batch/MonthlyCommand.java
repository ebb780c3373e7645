package uk.gov.bestvalue.returns.batch;

import java.io.PrintStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.notify.OutboxDispatcher;

/**
 * {@code returns-pipeline monthly --period yyyy-MM}: runs the monthly job for a period, or restarts its last run
 * where it stopped when that run failed (or died), then prints the off-contract table and the counts per rule.
 */
@Component
public class MonthlyCommand {

    private static final Logger log = LoggerFactory.getLogger(MonthlyCommand.class);

    private final JobRuns runs;
    private final JobRepository jobRepository;
    private final Job job;
    private final JdbcClient jdbc;
    private final OutboxDispatcher outbox;
    private final MonthlyRunLock locks;

    MonthlyCommand(JobRuns runs, JobRepository jobRepository, @Qualifier("monthlyJob") Job job,
                   JdbcClient jdbc, OutboxDispatcher outbox, MonthlyRunLock locks) {
        this.runs = runs;
        this.jobRepository = jobRepository;
        this.job = job;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.locks = locks;
    }

    /** Runs (or restarts) the period and prints its summary; 0 when the run completed, 1 when not, 2 on a bad period. */
    public int run(String period, PrintStream out) {
        try {
            YearMonth.parse(period);
        } catch (DateTimeParseException | NullPointerException e) {
            out.println("The period must be a month written yyyy-MM, e.g. 2016-01: " + period);
            return 2;
        }
        JobExecution execution;
        try {
            execution = launch(period);
        } catch (MonthlyRunInProgressException e) {
            out.println(e.getMessage());
            return 1;
        }
        outbox.dispatchDue(); // the chases and reconciliation emails the run queued
        new MonthlySummary(jdbc).print(period, execution, out);
        return execution != null && execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
    }

    /**
     * Runs the period and returns its job execution (null when it could not be started); refused with
     * {@link MonthlyRunInProgressException} while another run of the period holds it, in this process or another.
     */
    public synchronized JobExecution launch(String period) {
        Optional<MonthlyRunLock.Held> lock = locks.acquire(period);
        if (lock.isEmpty()) {
            throw new MonthlyRunInProgressException(period, locks.holderOf(period).orElse(null));
        }
        try (MonthlyRunLock.Held held = lock.get()) {
            // held by no one else, so a run of the period still marked running (or UNKNOWN) died with its process
            return runs.startOrRestart(job, lastRun(period),
                    () -> MonthlyJobParameters.of(period, nextRunNumber(period)), "Monthly run " + period);
        } catch (Exception e) {
            log.error("Monthly run {} could not be started", period, e);
            return null;
        }
    }

    /** The period's runs are numbered 1, 2 ...: a run after a completed one is a deliberate re-run. */
    private long nextRunNumber(String period) {
        long run = 1;
        while (jobRepository.getJobInstance(MonthlyJobConfiguration.JOB_NAME, MonthlyJobParameters.of(period, run)) != null) {
            run++;
        }
        return run;
    }

    private JobExecution lastRun(String period) {
        List<Long> ids = jdbc.sql("SELECT job_execution_id FROM monthly_run WHERE period = ? ORDER BY monthly_run_id DESC")
                .param(period).query(Long.class).list();
        return ids.isEmpty() ? null : jobRepository.getJobExecution(ids.get(0));
    }

    /** The counts of the period's last run, by rule (R1..R6), for callers that print their own summary. */
    public Map<String, Object> lastRunCounts(String period) {
        return jdbc.sql("SELECT * FROM monthly_run WHERE period = ? ORDER BY monthly_run_id DESC LIMIT 1")
                .param(period).query().singleRow();
    }
}
