package uk.gov.bestvalue.returns.batch;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.notify.OutboxDispatcher;

/**
 * Runs the monthly job for a period, or restarts its last run where it stopped when that run failed or died
 * ({@link JobRuns}), one run of a period at a time across processes ({@link MonthlyRunLock}); for the {@code monthly}
 * command and the schedule alike.
 */
@Component
public class MonthlyRuns {

    private static final Logger log = LoggerFactory.getLogger(MonthlyRuns.class);

    private final JobRuns runs;
    private final JobRepository jobRepository;
    private final Job job;
    private final JdbcClient jdbc;
    private final OutboxDispatcher outbox;
    private final MonthlyRunLock locks;

    MonthlyRuns(JobRuns runs, JobRepository jobRepository, @Qualifier("monthlyJob") Job job, JdbcClient jdbc,
                OutboxDispatcher outbox, MonthlyRunLock locks) {
        this.runs = runs;
        this.jobRepository = jobRepository;
        this.job = job;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.locks = locks;
    }

    /**
     * Runs (or restarts) the period, delivers the chases and reconciliation emails it queued, and says how it went;
     * refused with {@link MonthlyRunInProgressException} while another run of the period holds it.
     */
    public MonthlyRun run(String period) {
        JobExecution execution = launch(period);
        outbox.dispatchDue();
        return execution == null
                ? new MonthlyRun(period, null, null, directorates(period), counts(period))
                : new MonthlyRun(period, execution.getId(), execution.getStatus(), directorates(period), counts(period));
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

    private List<MonthlyRun.DirectorateSpend> directorates(String period) {
        return jdbc.sql("SELECT directorate_id, payments, spend, off_contract_payments, off_contract_spend, "
                        + "off_contract_share, status FROM reconciliation_kpi WHERE period = ? ORDER BY directorate_id")
                .param(period).query(new DataClassRowMapper<>(MonthlyRun.DirectorateSpend.class)).list();
    }

    private MonthlyRun.Counts counts(String period) {
        return jdbc.sql("SELECT payments, payments_matched, r1, r2, r3, r4, r5, r6 FROM monthly_run WHERE period = ? "
                        + "ORDER BY monthly_run_id DESC LIMIT 1")
                .param(period).query(new DataClassRowMapper<>(MonthlyRun.Counts.class)).optional()
                .orElse(MonthlyRun.Counts.NONE);
    }
}
