package uk.gov.bestvalue.returns.batch;

import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** One INFO line per step: which load batch, how many rows, how long, at what rate. Never cell values. */
class StepLogListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepLogListener.class);

    @Override
    public ExitStatus afterStep(StepExecution step) {
        LocalDateTime start = step.getStartTime();
        long millis = start == null ? 0 : Math.max(1, Duration.between(start, LocalDateTime.now()).toMillis());
        log.info("load batch {} {}: {} read, {} written, {} commits in {} ms ({} rows/s): {}",
                step.getJobExecution().getJobParameters().getLong(SubmissionJobParameters.LOAD_BATCH_ID),
                step.getStepName(), step.getReadCount(), step.getWriteCount(), step.getCommitCount(), millis,
                step.getReadCount() * 1000L / millis, step.getExitStatus().getExitCode());
        return step.getExitStatus();
    }
}
