package uk.gov.bestvalue.returns.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.batch.MonthlyRuns;

/**
 * A monthly run whose node died is finished by a live one: every node looks, every half lease of the period's lock
 * ({@code pipeline.monthly.lock-lease}), for a run recorded as running whose lock no one renews any more, and the first
 * to take the lock restarts the run where it stopped ({@link MonthlyRuns#finishInterrupted}). This covers a run started
 * by hand as well as a scheduled one (whose Quartz fire the clustered scheduler also hands to a live node). On a thread
 * of its own, so that a run finished here holds up neither intake nor the scheduler.
 */
@Component
public class CutShortMonthlyRuns {

    private static final Logger log = LoggerFactory.getLogger(CutShortMonthlyRuns.class);

    private final MonthlyRuns monthly;
    private final long everyMillis;
    private ScheduledExecutorService looks;

    public CutShortMonthlyRuns(MonthlyRuns monthly, @Value("${pipeline.monthly.lock-lease:PT5M}") Duration lease) {
        this.monthly = monthly;
        this.everyMillis = Math.max(1_000, lease.toMillis() / 2);
    }

    /** Starts looking; a second start does nothing. */
    synchronized void start() {
        if (looks == null) {
            looks = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "monthly-run-takeover");
                thread.setDaemon(true);
                return thread;
            });
            looks.scheduleWithFixedDelay(this::finishAny, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Finishes each period's run cut short, if any; a look the database fails ends there, and the next tries again. */
    void finishAny() {
        try {
            for (String period : monthly.periodsRecordedRunning()) {
                monthly.finishInterrupted(period, null).ifPresent(run ->
                        log.info("Monthly run {}: finished on this node after its node went away: {}", period,
                                run.getStatus()));
            }
        } catch (RuntimeException e) {
            // the database away for a moment: the next look tries again
            log.warn("Could not look for monthly runs cut short: {}", e.getMessage());
        }
    }

    /** Stops looking (a run being finished goes on to its end, or is finished by another node). */
    synchronized void stop() {
        if (looks != null) {
            looks.shutdown();
            looks = null;
        }
    }
}
