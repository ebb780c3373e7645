package uk.gov.bestvalue.returns.schedule;

import java.util.Date;
import java.util.Objects;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.config.JobDefinitions;

/**
 * The scheduler {@code serve} hosts: Quartz with its JDBC job store in the warehouse's database, clustered, so that
 * of several nodes one runs each monthly run and another takes the trigger over when that node dies. On start it
 * registers the monthly run from {@code schedule.yml}, replacing a stored trigger only when its cron expression
 * changed (so a monthly run missed while the service was down is still due, and fires once), and starts this node's
 * own inbox poll ({@link InboxPollTimer}: every node polls) and its look for monthly runs cut short by their node's
 * death ({@link CutShortMonthlyRuns}).
 */
@Component
public class PipelineScheduler {

    static final String GROUP = "pipeline";
    static final JobKey MONTHLY_JOB = JobKey.jobKey("monthly-run", GROUP);
    static final TriggerKey MONTHLY_TRIGGER = TriggerKey.triggerKey("monthly-run", GROUP);
    static final JobKey POLL_JOB = JobKey.jobKey("inbox-poll", GROUP);
    static final TriggerKey POLL_TRIGGER = TriggerKey.triggerKey("inbox-poll", GROUP);
    private static final Logger log = LoggerFactory.getLogger(PipelineScheduler.class);
    private static final int REGISTER_ATTEMPTS = 4;

    private final Scheduler scheduler;
    private final JobDefinitions definitions;
    private final InboxPollTimer poll;
    private final CutShortMonthlyRuns cutShort;

    public PipelineScheduler(Scheduler scheduler, JobDefinitions definitions, InboxPollTimer poll,
                             CutShortMonthlyRuns cutShort) {
        this.scheduler = scheduler;
        this.definitions = definitions;
        this.poll = poll;
        this.cutShort = cutShort;
    }

    /** Registers the jobs and triggers of schedule.yml, then starts firing them (misfires first), and the poll. */
    public void start() {
        try {
            registerAlongsideOtherNodes();
            scheduler.start();
            String pollCron = ScheduleSettings.load(definitions).inboxPollCron();
            poll.start(pollCron);
            cutShort.start();
            log.info("Scheduler started on node {}: monthly run {}, inbox poll at '{}'",
                    scheduler.getSchedulerInstanceId(), next(scheduler.getTrigger(MONTHLY_TRIGGER), new Date()),
                    pollCron);
        } catch (SchedulerException e) {
            throw new IllegalStateException("The scheduler cannot start: " + e.getMessage(), e);
        }
    }

    /**
     * When a trigger fires next, as seen from now. After a restart a stored trigger still holds the fire time it
     * missed while the service was down, until Quartz's misfire handling moves it on: that time is in the past, so
     * it is told as what will happen: fired now (the monthly run catches up) or the next time after now (a poll).
     */
    static String next(Trigger trigger, Date now) {
        Date next = trigger.getNextFireTime();
        if (next != null && next.before(now)) {
            if (trigger.getMisfireInstruction() == CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW) {
                return "due now (missed at " + next + " while stopped)";
            }
            next = trigger.getFireTimeAfter(now);
        }
        return next == null ? "never again" : "next at " + next;
    }

    /** Stops firing triggers (they stay stored: a run due meanwhile fires on the next start) and polling. */
    public void stop() {
        poll.stop();
        cutShort.stop();
        try {
            if (scheduler.isStarted() && !scheduler.isInStandbyMode()) {
                scheduler.standby();
                log.info("Scheduler stopped");
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("The scheduler cannot stop: " + e.getMessage(), e);
        }
    }

    /**
     * Registers as {@link #register()} does, again when another node starting at the same moment stored the same job or
     * trigger first (Quartz checks, then inserts): the next attempt finds it stored and brings it in line.
     */
    private void registerAlongsideOtherNodes() throws SchedulerException {
        for (int attempt = 1; ; attempt++) {
            try {
                register();
                return;
            } catch (SchedulerException e) {
                if (attempt == REGISTER_ATTEMPTS) {
                    throw e;
                }
                log.info("The schedule could not be registered ({}): another node may be registering it; trying again",
                        e.getMessage());
                try {
                    Thread.sleep(1_000L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Stores the jobs and brings the triggers in line with schedule.yml, without starting. */
    void register() throws SchedulerException {
        ScheduleSettings settings = ScheduleSettings.load(definitions);
        JobDetail monthly = JobBuilder.newJob(MonthlyRunQuartzJob.class).withIdentity(MONTHLY_JOB).storeDurably()
                // a run under way on a node that dies is fired again on a live node (MonthlyRunQuartzJob finishes it)
                .requestRecovery(true)
                .withDescription("The monthly run: reconcile, chase, KPIs")
                .usingJobData(MonthlyRunQuartzJob.PERIOD, settings.monthlyPeriod()).build();
        scheduler.addJob(monthly, true);
        ensure(TriggerBuilder.newTrigger().withIdentity(MONTHLY_TRIGGER).forJob(MONTHLY_JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(settings.monthlyCron())
                        .withMisfireHandlingInstructionFireAndProceed())
                .build());
        // the inbox poll was a stored trigger before nodes shared the work: every node now polls on its own timer
        if (scheduler.deleteJob(POLL_JOB)) {
            log.info("Removed the stored trigger {}: each node polls the inbox on its own", POLL_TRIGGER);
        }
    }

    private void ensure(CronTrigger wanted) throws SchedulerException {
        Trigger stored = scheduler.getTrigger(wanted.getKey());
        if (stored == null) {
            scheduler.scheduleJob(wanted);
            log.info("Scheduled {} at '{}'", wanted.getKey(), wanted.getCronExpression());
        } else if (!(stored instanceof CronTrigger cron)
                || !Objects.equals(cron.getCronExpression(), wanted.getCronExpression())
                || cron.getMisfireInstruction() != wanted.getMisfireInstruction()) {
            scheduler.rescheduleJob(wanted.getKey(), wanted);
            log.info("Rescheduled {} at '{}'", wanted.getKey(), wanted.getCronExpression());
        }
    }
}
