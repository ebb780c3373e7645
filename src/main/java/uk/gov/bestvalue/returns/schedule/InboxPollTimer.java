package uk.gov.bestvalue.returns.schedule;

import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.intake.InboxPoller;

/**
 * The inbox poll of this node, on the cron expression of {@code schedule.yml}, on a thread of its own. Unlike the
 * monthly run it is not a Quartz trigger: a clustered trigger fires on one node at a time, while every node must
 * poll (the files are shared out by their claims in the database, not by the scheduler), and a dead node's poll needs
 * no taking over.
 */
@Component
public class InboxPollTimer {

    private static final Logger log = LoggerFactory.getLogger(InboxPollTimer.class);
    /** How long a stop waits for the file being loaded. */
    private static final int STOP_WAIT_SECONDS = 600;

    private final InboxPoller poller;
    private ThreadPoolTaskScheduler timer;
    private ScheduledFuture<?> polls;

    public InboxPollTimer(InboxPoller poller) {
        this.poller = poller;
    }

    /** Starts polling on {@code cron} (Quartz syntax, with seconds); a second start does nothing. */
    synchronized void start(String cron) {
        if (timer != null) {
            return;
        }
        timer = new ThreadPoolTaskScheduler();
        timer.setThreadNamePrefix("inbox-poll-");
        timer.setPoolSize(1);
        timer.setDaemon(true);
        // a stop finishes the file being loaded (an interrupted load would fail and wait for a retry)
        timer.setWaitForTasksToCompleteOnShutdown(true);
        timer.setAwaitTerminationSeconds(STOP_WAIT_SECONDS);
        timer.initialize();
        polls = timer.schedule(this::poll, new CronTrigger(cron));
    }

    private void poll() {
        try {
            poller.poll();
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            // the next poll tries again
            log.error("The inbox poll failed: {}", e.getMessage(), e);
        }
    }

    /** Stops polling, after the poll under way (if any) has finished its file. */
    synchronized void stop() {
        if (timer != null) {
            polls.cancel(false); // no further poll; the one under way goes on
            timer.shutdown(); // waits for it
            timer = null;
        }
    }
}
