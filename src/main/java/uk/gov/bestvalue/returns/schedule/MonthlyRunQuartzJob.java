package uk.gov.bestvalue.returns.schedule;

import java.time.YearMonth;
import java.time.ZoneId;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

import uk.gov.bestvalue.returns.batch.MonthlyRun;
import uk.gov.bestvalue.returns.batch.MonthlyRunInProgressException;
import uk.gov.bestvalue.returns.batch.MonthlyRuns;

/** The Quartz job of the monthly run: runs the monthly job for the month before the fire time (or a fixed yyyy-MM). */
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
        YearMonth fired = YearMonth.from(context.getFireTime().toInstant().atZone(ZoneId.systemDefault()));
        String period = setting == null || setting.equals("previous-month") ? fired.minusMonths(1).toString() : setting;
        log.info("Scheduled monthly run for {} (trigger {}, due {})", period, context.getTrigger().getKey(),
                context.getScheduledFireTime());
        try {
            MonthlyRun run = monthly.run(period);
            log.info("Scheduled monthly run for {}: {}", period, run.status() == null ? "NOT STARTED" : run.status());
        } catch (MonthlyRunInProgressException e) {
            log.warn("Scheduled monthly run for {}: NOT STARTED. {}", period, e.getMessage());
        }
    }
}
