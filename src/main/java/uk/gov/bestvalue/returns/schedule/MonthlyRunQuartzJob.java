package uk.gov.bestvalue.returns.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

import uk.gov.bestvalue.returns.batch.MonthlyRun;
import uk.gov.bestvalue.returns.batch.MonthlyRunInProgressException;
import uk.gov.bestvalue.returns.batch.MonthlyRuns;

/**
 * The Quartz job of the monthly run: runs the monthly job for the month before the fire time (or a fixed yyyy-MM). Fired
 * again on a live node when the node running it died (it requests recovery), it finishes that run instead.
 */
@DisallowConcurrentExecution
public class MonthlyRunQuartzJob extends QuartzJobBean {

    static final String PERIOD = "period";
    private static final Logger log = LoggerFactory.getLogger(MonthlyRunQuartzJob.class);

    private final MonthlyRuns monthly;

    public MonthlyRunQuartzJob(MonthlyRuns monthly) {
        this.monthly = monthly;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        String setting = context.getMergedJobDataMap().getString(PERIOD);
        LocalDateTime firedAt = firedAt(context);
        YearMonth fired = YearMonth.from(firedAt);
        String period = setting == null || setting.equals("previous-month") ? fired.minusMonths(1).toString() : setting;
        if (context.isRecovering()) {
            // fired on a node that died: finish its run, never start a second one after it
            log.warn("Scheduled monthly run for {} of {}: its node went away; taking it over", period, firedAt);
            monthly.finishInterrupted(period, firedAt).ifPresentOrElse(
                    run -> log.info("Scheduled monthly run for {}: {}", period, run.getStatus()),
                    () -> log.info("Scheduled monthly run for {}: nothing to take over now (ended, or its lock not yet "
                            + "free: a run cut short is then finished once its lease has run out)", period));
            return;
        }
        log.info("Scheduled monthly run for {} (trigger {}, due {})", period, context.getTrigger().getKey(),
                context.getScheduledFireTime());
        try {
            MonthlyRun run = monthly.run(period);
            log.info("Scheduled monthly run for {}: {}", period, run.status() == null ? "NOT STARTED" : run.status());
        } catch (MonthlyRunInProgressException e) {
            log.warn("Scheduled monthly run for {}: NOT STARTED. {}", period, e.getMessage());
        }
    }

    /** When the trigger fired: for a fire taken over from a dead node, when it first fired there. */
    private static LocalDateTime firedAt(JobExecutionContext context) {
        String original = context.getMergedJobDataMap()
                .getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_FIRETIME_IN_MILLISECONDS);
        Instant fired = context.isRecovering() && original != null ? Instant.ofEpochMilli(Long.parseLong(original))
                : context.getFireTime().toInstant();
        return LocalDateTime.ofInstant(fired, ZoneId.systemDefault());
    }
}
