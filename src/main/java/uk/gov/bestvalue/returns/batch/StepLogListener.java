package uk.gov.bestvalue.returns.batch;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** One INFO line per step: which load or monthly run, how many rows, how long, at what rate. Never cell values. */
final class StepLogListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepLogListener.class);

    /** What the step works on, for the log line: "load batch 12", "monthly run 2016-01". */
    private final Function<StepExecution, String> subject;

    private StepLogListener(Function<StepExecution, String> subject) {
        this.subject = subject;
    }

    /** For the steps of a submission job. */
    static StepLogListener forLoads() {
        return new StepLogListener(step -> "load batch "
                + step.getJobExecution().getJobParameters().getLong(SubmissionJobParameters.LOAD_BATCH_ID));
    }

    /** For the steps of the monthly job. */
    static StepLogListener forMonthlyRuns() {
        return new StepLogListener(step -> "monthly run "
                + step.getJobExecution().getJobParameters().getString(MonthlyJobParameters.PERIOD));
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        LocalDateTime start = step.getStartTime();
        // a step that never started (restarted past it) has no start time: no time, no rate, no division by zero
        long millis = start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis();
        long rows = Math.max(step.getReadCount(), step.getWriteCount());
        log.info("{} {}: {} read, {} written, {} commits in {} ms ({} rows/s): {}", subject.apply(step),
                step.getStepName(), step.getReadCount(), step.getWriteCount(), step.getCommitCount(), millis,
                rows * 1000L / Math.max(1, millis), step.getExitStatus().getExitCode());
        return step.getExitStatus();
    }
}
