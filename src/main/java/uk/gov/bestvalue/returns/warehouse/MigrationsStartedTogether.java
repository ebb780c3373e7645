package uk.gov.bestvalue.returns.warehouse;

import java.time.Duration;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrates a warehouse that another node may be migrating at the same moment. Two nodes started together on a new
 * warehouse both find no migration history; the first creates Flyway's history table, and Flyway on the second, finding
 * that table already there but still empty, refuses to start. The second waits while the first fills it, then migrates
 * (Flyway's own lock then keeps the two from applying a migration twice).
 */
final class MigrationsStartedTogether {

    private static final Logger log = LoggerFactory.getLogger(MigrationsStartedTogether.class);
    private static final String BEING_CREATED = "already exists, and is empty";

    private MigrationsStartedTogether() {
    }

    /** Runs {@code flyway.migrate()}, again every {@code pause} for up to {@code patience} while the history is new. */
    static void migrate(Flyway flyway, Duration pause, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                flyway.migrate();
                return;
            } catch (FlywayException e) {
                if (!String.valueOf(e.getMessage()).contains(BEING_CREATED) || System.nanoTime() > deadline) {
                    throw e;
                }
                log.info("Another node is creating the warehouse's migration history; migrating again in {} ms",
                        pause.toMillis());
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
