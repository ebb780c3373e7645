package uk.gov.bestvalue.returns.batch;

import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Makes a run that did not end cleanly restartable. A process that died leaves its run STARTED; a database that went
 * away mid-commit leaves it (and its step) UNKNOWN, which Spring Batch refuses to restart. Both are marked FAILED, so
 * that a restart goes on from the last committed chunk: the rows and the step's position commit in one transaction,
 * so what the database kept is consistent whichever way the lost commit went.
 */
final class UnfinishedRuns {

    private UnfinishedRuns() {
    }

    /** The run, marked FAILED (with its unfinished steps) when it was running or UNKNOWN; as it was otherwise. */
    static JobExecution failed(JobOperator operator, JobRepository repository, JobExecution last) throws Exception {
        if (last.getStatus().isRunning()) {
            last = operator.recover(last);
        }
        JobExecution run = repository.getJobExecution(last.getId());
        String why = "The run did not finish (the process or the database went away); marked failed to restart it";
        for (StepExecution step : run.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN || step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
                step.setEndTime(LocalDateTime.now());
                repository.update(step);
            }
        }
        if (run.getStatus() == BatchStatus.UNKNOWN) {
            run.setStatus(BatchStatus.FAILED);
            run.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
            run.setEndTime(LocalDateTime.now());
            repository.update(run);
        }
        return run;
    }

    /** Whether the run needs {@link #failed} before it can be restarted. */
    static boolean unfinished(JobExecution run) {
        return run.getStatus().isRunning() || run.getStatus() == BatchStatus.UNKNOWN
                || run.getStepExecutions().stream().anyMatch(s -> s.getStatus() == BatchStatus.UNKNOWN);
    }
}
