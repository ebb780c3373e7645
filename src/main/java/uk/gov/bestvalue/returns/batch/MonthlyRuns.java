package uk.gov.bestvalue.returns.batch;

import java.sql.Timestamp;
import java.time.LocalDateTime;
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
 * command and the schedule alike. A run whose process died is finished by another ({@link #finishInterrupted}).
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

    /** The periods with a run recorded as running: each is running on some node, or was cut short by its death. */
    public List<String> periodsRecordedRunning() {
        return jdbc.sql("SELECT DISTINCT period FROM monthly_run WHERE status = 'STARTED' ORDER BY period")
                .query(String.class).list();
    }

    /**
     * Finishes the period's run that a process which died (or lost the database) cut short: once no one holds the
     * period's lock (its holder stopped renewing it for the lease), that run is marked failed and restarted where it
     * stopped, so that the steps it completed are not done again. With {@code firedAt} (a scheduled run taken over
     * from a dead node), a run that had not even begun by then is started. Nothing when the run is live elsewhere,
     * or already ended; empty then.
     */
    public Optional<JobExecution> finishInterrupted(String period, LocalDateTime firedAt) {
        Optional<MonthlyRunLock.Held> lock = locks.acquire(period);
        if (lock.isEmpty()) {
            return Optional.empty(); // live on a node, or its dead holder's lease has not run out yet
        }
        try (MonthlyRunLock.Held held = lock.get()) {
            JobExecution last = lastRun(period);
            boolean interrupted = last != null && UnfinishedRuns.unfinished(last);
            boolean neverBegun = firedAt != null && (last == null || last.getCreateTime().isBefore(firedAt));
            if (!interrupted && !neverBegun) {
                settle(period, last);
                return Optional.empty();
            }
            log.warn("Monthly run {}: {}; finishing it on this node", period, interrupted
                    ? "its run " + last.getId() + " was cut short (its process or the database went away)"
                    : "its scheduled run of " + firedAt + " never began (its node went away)");
            return Optional.ofNullable(runs.startOrRestart(job, last,
                    () -> MonthlyJobParameters.of(period, nextRunNumber(period)), "Monthly run " + period));
        } catch (Exception e) {
            log.error("Monthly run {}: the run cut short could not be finished; trying again later", period, e);
            return Optional.empty();
        }
    }

    /** A record left running although its run ended (the end could not be recorded) is brought in line with the run. */
    private void settle(String period, JobExecution last) {
        if (last != null) {
            jdbc.sql("UPDATE monthly_run SET status = ?, finished_at = ? WHERE job_execution_id = ? AND status = 'STARTED'")
                    .params(last.getStatus().name(), Timestamp.valueOf(last.getEndTime() != null ? last.getEndTime()
                            : LocalDateTime.now()), last.getId()).update();
        }
        MonthlyRunListener.closeCutShort(jdbc, period, last == null ? null : last.getId());
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
