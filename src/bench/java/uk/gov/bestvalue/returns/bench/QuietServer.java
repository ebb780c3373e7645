package uk.gov.bestvalue.returns.bench;

import java.time.Duration;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waits, before each timed run on MySQL/MariaDB, until InnoDB has purged the rows the last run's clean-up deleted (purge
 * runs in the background and takes a core while it lasts). Without the wait, a run pays for the one before it, and which
 * stage pays depends only on their order. Dirty pages are not waited for: at MariaDB's default flushing rate that took
 * four minutes over one benchmark run at 100,000 rows, and writing them out costs the disk, not a core. On H2 there is nothing
 * to wait for.
 */
final class QuietServer {

    /** Undo records left to purge below which the server counts as quiet. */
    static final long HISTORY_QUIET = 1_000;
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(2);
    private static final long POLL_MILLIS = 250;

    private final JdbcTemplate jdbc;
    private final boolean mysql;
    private Duration waited = Duration.ZERO;

    QuietServer(JdbcTemplate jdbc, boolean mysql) {
        this.jdbc = jdbc;
        this.mysql = mysql;
    }

    /** The stage with a wait for a quiet server after its preparation, just before each run is timed. */
    Stage settled(Stage stage) {
        if (!mysql) {
            return stage;
        }
        return new Stage(stage.name(), () -> {
            stage.prepare().run();
            await();
        }, stage.body(), stage.cleanUp());
    }

    /** Waits until the server is quiet, or two minutes at most, and adds the wait to those reported. */
    void await() throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + LONGEST_WAIT.toNanos();
        while (!isQuiet() && System.nanoTime() < deadline) {
            Thread.sleep(POLL_MILLIS);
        }
        waited = waited.plus(Duration.ofNanos(System.nanoTime() - start));
    }

    /** The line the benchmark prints about its waits, or null on H2. */
    String describe() {
        return mysql ? String.format("server settling: %.1f s waited in all, before the timed runs, for InnoDB to "
                + "purge what the run before deleted", waited.toMillis() / 1000.0) : null;
    }

    private boolean isQuiet() {
        List<Long> history = jdbc.queryForList("SELECT `count` FROM information_schema.INNODB_METRICS "
                + "WHERE name = 'trx_rseg_history_len'", Long.class);
        return history.isEmpty() || history.get(0) < HISTORY_QUIET;
    }
}
