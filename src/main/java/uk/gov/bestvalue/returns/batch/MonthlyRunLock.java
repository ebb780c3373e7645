package uk.gov.bestvalue.returns.batch;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One monthly run per period at a time, across processes and nodes: a run holds its period's row in
 * {@code monthly_run_lock} while it runs and renews it; a second run of the period (the schedule and a person, or two
 * daemons) is refused while the row is held. A holder that died stops renewing, and its row is taken over once it is
 * older than the lease ({@code pipeline.monthly.lock-lease}). Times are the database's clock, so that nodes whose
 * clocks or time zones differ agree on when a lease has run out.
 */
@Component
public class MonthlyRunLock {

    private static final Logger log = LoggerFactory.getLogger(MonthlyRunLock.class);

    /** Who holds a period, and since when. */
    public record Holder(String holder, Instant since) {
    }

    private final JdbcClient jdbc;
    private final Duration lease;
    private final String self = ManagementFactory.getRuntimeMXBean().getName() + "#" + Long.toHexString(System.nanoTime());

    public MonthlyRunLock(JdbcClient jdbc, @Value("${pipeline.monthly.lock-lease:PT5M}") Duration lease) {
        this.jdbc = jdbc;
        this.lease = lease;
    }

    /** Takes the period for this process's run; empty when another run holds it. */
    public Optional<Held> acquire(String period) {
        try {
            jdbc.sql("INSERT INTO monthly_run_lock (period, holder, locked_at) VALUES (?, ?, CURRENT_TIMESTAMP)")
                    .params(period, self).update();
        } catch (DataIntegrityViolationException held) {
            int taken = jdbc.sql("UPDATE monthly_run_lock SET holder = ?, locked_at = CURRENT_TIMESTAMP WHERE period = ? "
                            + "AND locked_at < TIMESTAMPADD(SECOND, ?, CURRENT_TIMESTAMP)")
                    .params(self, period, -Math.max(1, lease.toSeconds())).update();
            if (taken == 0) {
                return Optional.empty();
            }
            log.warn("Monthly run {}: its lock was held by a run that stopped renewing it; taken over", period);
        }
        return Optional.of(new Held(period));
    }

    /** Who holds the period now, if anyone. */
    public Optional<Holder> holderOf(String period) {
        return jdbc.sql("SELECT holder, locked_at FROM monthly_run_lock WHERE period = ?").param(period)
                .query((rs, n) -> new Holder(rs.getString("holder"), rs.getTimestamp("locked_at").toInstant()))
                .optional();
    }

    /** A period held by this process: renewed while open, released on close. */
    public final class Held implements AutoCloseable {

        private final String period;
        private final ScheduledExecutorService renewal = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "monthly-run-lock");
            thread.setDaemon(true);
            return thread;
        });

        private Held(String period) {
            this.period = period;
            long every = Math.max(1, lease.toMillis() / 3);
            renewal.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
        }

        private void renew() {
            try {
                jdbc.sql("UPDATE monthly_run_lock SET locked_at = CURRENT_TIMESTAMP WHERE period = ? AND holder = ?")
                        .params(period, self).update();
            } catch (RuntimeException e) {
                // the database away for a moment: the next renewal tries again, well within the lease
                log.warn("Monthly run {}: its lock could not be renewed: {}", period, e.getMessage());
            }
        }

        @Override
        public void close() {
            renewal.shutdownNow();
            jdbc.sql("DELETE FROM monthly_run_lock WHERE period = ? AND holder = ?").params(period, self).update();
        }
    }
}
