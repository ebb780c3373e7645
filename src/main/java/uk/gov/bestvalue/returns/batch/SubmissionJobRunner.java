package uk.gov.bestvalue.returns.batch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.bestvalue.returns.rules.Wording;
import uk.gov.bestvalue.returns.warehouse.LoadBatchRepository;
import uk.gov.bestvalue.returns.workbook.PlainReasons;
import uk.gov.bestvalue.returns.workbook.UnreadableWorkbookException;

/**
 * Runs the submission job for a load batch, or restarts its last run where that stopped ({@link JobRuns}). Every
 * failed run is counted as an attempt, and says when it will be retried, or that it will not be.
 */
@Component
public class SubmissionJobRunner {

    // the start of a failed load's reason when its file turned out unreadable part way (a limit, damage)
    private static final String UNREADABLE = "The file cannot be read: ";

    private static final Logger log = LoggerFactory.getLogger(SubmissionJobRunner.class);

    private final JobRuns runs;
    private final JobRepository jobRepository;
    private final Job job;
    private final LoadBatchRepository batches;
    private final LoadRetrySettings retry;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SubmissionJobRunner(JobRuns runs, JobRepository jobRepository,
                        @Qualifier("submissionJob") Job job, LoadBatchRepository batches, LoadRetrySettings retry,
                        ObjectProvider<Clock> clock, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.runs = runs;
        this.jobRepository = jobRepository;
        this.job = job;
        this.batches = batches;
        this.retry = retry;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** Loads the batch's file; true when the job completed, false when it failed (the batch says why). */
    public boolean runOrRestart(long loadBatchId, Path file) {
        JobParameters parameters = SubmissionJobParameters.of(loadBatchId, file);
        try {
            JobExecution last = jobRepository.getLastJobExecution(SubmissionJobConfiguration.JOB_NAME, parameters);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                return true;
            }
            JobExecution execution = runs.startOrRestart(job, last, () -> parameters, "Load batch " + loadBatchId);
            batches.jobExecution(loadBatchId, execution.getId());
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                return true;
            }
            String unreadable = unreadableFile(execution);
            if (unreadable != null) {
                // the file itself stops the reader part way (a limit, damage): no retry, it is rejected
                batches.failed(loadBatchId, UNREADABLE + unreadable, null);
            } else {
                failed(loadBatchId, "The load failed", PlainReasons.clean(execution.getExitStatus().getExitDescription()));
            }
            return false;
        } catch (Exception e) {
            failed(loadBatchId, "The load could not be started", PlainReasons.clean(e.getMessage()));
            log.error("Load batch {} could not be run", loadBatchId, e);
            return false;
        }
    }

    /** Whether a failed load's reason says its file cannot be read: rejected then, as a retry would fail alike. */
    public static boolean isUnreadable(String reason) {
        return reason != null && reason.startsWith(UNREADABLE);
    }

    /** The reason of a load that failed because its file cannot be read, as its owner reads it. */
    public static String unreadableReason(String reason) {
        return reason.substring(UNREADABLE.length());
    }

    /** What made the file unreadable part way through its load (a limit, damage), or null. */
    private static String unreadableFile(JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof UnreadableWorkbookException unreadable) {
                    return unreadable.getMessage();
                }
            }
        }
        return null;
    }

    /** Whether the batch has used all its attempts. */
    public boolean attemptsExhausted(long loadBatchId) {
        return batches.attempts(loadBatchId) >= retry.maxAttempts();
    }

    /** The most runs a load gets. */
    public int maxAttempts() {
        return retry.maxAttempts();
    }

    /**
     * Counts a run that failed (a run whose process was killed is not counted: the file did not fail, and its restart
     * goes on from where it stopped) and says when it will be retried, or that it will not be.
     */
    private void failed(long loadBatchId, String what, String why) {
        // the attempt counted and the failure recorded, with its audit event, in one transaction
        transaction.executeWithoutResult(status -> countFailure(loadBatchId, what, why));
    }

    private void countFailure(long loadBatchId, String what, String why) {
        int attempt = batches.countAttempt(loadBatchId);
        if (attempt >= retry.maxAttempts()) {
            batches.failed(loadBatchId, what + " (attempt " + attempt + " of " + retry.maxAttempts() + "): " + why, null);
            return;
        }
        Instant next = clock.instant().plus(retry.backOff(attempt));
        batches.failed(loadBatchId, what + " (attempt " + attempt + " of " + retry.maxAttempts()
                + ") and will be retried at " + Wording.moment(next) + ": " + why, next);
    }

}
