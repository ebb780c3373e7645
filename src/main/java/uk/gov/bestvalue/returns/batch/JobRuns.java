package uk.gov.bestvalue.returns.batch;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts a run of a job, or restarts its last run where that stopped, for both jobs alike: a last run that failed is
 * restarted from its last committed chunk; one whose process died, or that the database left UNKNOWN, is first
 * marked failed ({@link UnfinishedRuns}); after a run that completed or was abandoned, a new one starts.
 */
@Component
class JobRuns {

    private static final Logger log = LoggerFactory.getLogger(JobRuns.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;

    JobRuns(JobOperator jobOperator, JobRepository jobRepository) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
    }

    /**
     * The run made: the restart of {@code last}, or a new run with the {@code fresh} parameters; {@code subject} names
     * what the run is for in the log (a load batch, a month).
     */
    JobExecution startOrRestart(Job job, JobExecution last, Supplier<JobParameters> fresh, String subject)
            throws Exception {
        if (last == null || last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
            return jobOperator.start(job, fresh.get());
        }
        if (UnfinishedRuns.unfinished(last)) {
            log.warn("{}: its run {} was interrupted ({}); marking it failed to restart it", subject, last.getId(),
                    last.getStatus());
            last = UnfinishedRuns.failed(jobOperator, jobRepository, last);
        }
        log.info("{}: restarting run {} where it stopped", subject, last.getId());
        return jobOperator.restart(last);
    }
}
