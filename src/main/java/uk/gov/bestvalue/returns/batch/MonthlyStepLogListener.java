package uk.gov.bestvalue.returns.batch;

import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** One INFO line per step of the monthly job: period, counts, time and rate. */
class MonthlyStepLogListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(MonthlyStepLogListener.class);

    @Override
    public ExitStatus afterStep(StepExecution step) {
        LocalDateTime start = step.getStartTime();
        long millis = start == null ? 0 : Math.max(1, Duration.between(start, LocalDateTime.now()).toMillis());
        log.info("monthly run {} {}: {} read, {} written, {} commits in {} ms ({} rows/s): {}",
                step.getJobParameters().getString(MonthlyJobParameters.PERIOD), step.getStepName(),
                step.getReadCount(), step.getWriteCount(), step.getCommitCount(), millis,
                Math.max(step.getReadCount(), step.getWriteCount()) * 1000L / Math.max(1, millis),
                step.getExitStatus().getExitCode());
        return step.getExitStatus();
    }
}
