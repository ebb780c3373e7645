package uk.gov.bestvalue.returns.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two nodes, each {@code serve} in a JVM of its own on one MySQL/MariaDB warehouse: the node running the scheduled
 * monthly run is killed (SIGKILL) part way through it, after its chases were queued, and the other node finishes the
 * run once the period's lock lease has run out: restarted where it stopped, one run of the period completed, each step
 * completed once, no chase queued or sent twice, the monitoring pack written. The same when the run was started by
 * hand in a process of its own ({@code monthly}) that is killed: the serving node finishes it. The run is slowed by a pause before each
 * step ({@code pipeline.monthly.step-pause}) so that it can be stopped part way. Needs the {@code mysql} profile's
 * server: an embedded H2 file database is one process's, so on H2 the test is skipped (MonthlyRunTakeoverIntegrationTests
 * is its one-process version).
 */
@Tag("fault")
class KilledMonthlyRunIntegrationTests {

    private static final String LOGS = "killed-monthly-run";
    private static final String PERIOD = "2016-01";
    private static final int LEASE_SECONDS = 10;
    private static final List<String> STEPS = List.of("monthlyClearStep", "monthlyMatchStep", "monthlyOverspendStep",
            "monthlyGrantStep", "monthlyReceiptStep", "monthlyMonthOnMonthStep", "monthlyChaseStep", "monthlyKpiStep",
            "monthlyNotifyStep", "monthlyReportStep");

    @TempDir
    Path home;

    @Test
    void theSurvivingNodeFinishesTheMonthlyRunOfTheNodeKilledPartWayThroughIt() throws Exception {
        SharedDatabase database = SharedDatabase.freshOrSkip("_monthlynodes");
        ChildDaemon.copyJobs(home);
        // the monthly run of January 2016 due once, a minute and a half from now (time for both nodes to start)
        LocalDateTime due = LocalDateTime.now().plusSeconds(90);
        Path schedule = home.resolve("jobs/schedule.yml");
        Files.writeString(schedule, Files.readString(schedule)
                .replace("\"0 0 6 5 * ?\"", "\"" + due.format(DateTimeFormatter.ofPattern("s m H d M '?' yyyy")) + "\"")
                .replace("period: previous-month", "period: " + PERIOD));

        Map<String, ChildDaemon> nodes = new LinkedHashMap<>();
        CompletableFuture<ChildDaemon> a = CompletableFuture.supplyAsync(() -> start("node-a", database));
        CompletableFuture<ChildDaemon> b = CompletableFuture.supplyAsync(() -> start("node-b", database));
        nodes.put("node-a", a.get(200, TimeUnit.SECONDS));
        nodes.put("node-b", b.get(200, TimeUnit.SECONDS));
        try (Connection held = database.connect()) {
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(held, true));

            // given the node that took the scheduled run part way through it, its chases queued
            awaitStep(jdbc, "monthlyKpiStep", "STARTED", 4);
            ChildDaemon victim = holderOfLock(jdbc, nodes);
            ChildDaemon survivor = nodes.values().stream().filter(n -> n != victim).findFirst().orElseThrow();
            int chases = count(jdbc, "SELECT COUNT(*) FROM return_chase WHERE period = '" + PERIOD + "'");
            int emails = count(jdbc, "SELECT COUNT(*) FROM outbox_email");
            assertThat(chases).as("the late returns chased before the kill").isPositive();

            // when it is killed, then the survivor finishes the run (the clustered scheduler hands it the fire)
            victim.kill();
            System.out.printf("killed monthly run: %s, running the scheduled run, killed in monthlyKpiStep%n",
                    victim.name());
            assertFinishedOnceBy(survivor, jdbc, chases, emails, "finishing it on this node");
        } finally {
            for (ChildDaemon node : nodes.values()) {
                node.kill();
            }
        }
    }

    /**
     * Waits until the survivor has finished the run (within the lease, the interval of its looks and a margin), then
     * checks it was finished once: restarted where it stopped, each step completed once, no chase twice.
     */
    private void assertFinishedOnceBy(ChildDaemon survivor, JdbcClient jdbc, int chases, int emails, String logged)
            throws Exception {
        long killed = System.nanoTime();
        long deadline = killed + TimeUnit.SECONDS.toNanos(LEASE_SECONDS * 3 / 2 + 80);
        while (count(jdbc, "SELECT COUNT(*) FROM monthly_run WHERE period = '" + PERIOD + "' "
                + "AND status <> 'STARTED' AND status <> 'FAILED'") == 0) {
            assertThat(System.nanoTime()).as("the run finished by %s (see target/%s)", survivor.name(), LOGS)
                    .isLessThan(deadline);
            assertThat(survivor.alive()).as("%s still serving", survivor.name()).isTrue();
            Thread.sleep(250);
        }
        System.out.printf("killed monthly run: %s finished the run %.1f s after the kill (lease %d s)%n",
                survivor.name(), (System.nanoTime() - killed) / 1e9, LEASE_SECONDS);
        // the run is recorded as completed a moment before its node lets go of the lock and logs what it did
        long settled = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (survivor.linesWith(logged) == 0 || count(jdbc, "SELECT COUNT(*) FROM monthly_run_lock") > 0) {
            assertThat(System.nanoTime()).as("%s logged \"%s\" and let go of the lock", survivor.name(), logged)
                    .isLessThan(settled);
            Thread.sleep(100);
        }

        // one run of the period completed, the one cut short recorded as failed; one job instance, restarted
        assertThat(jdbc.sql("SELECT status FROM monthly_run WHERE period = ? ORDER BY monthly_run_id").param(PERIOD)
                .query(String.class).list()).containsExactly("FAILED", "COMPLETED");
        assertThat(count(jdbc, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'monthlyJob'")).isEqualTo(1);
        // each step completed once: those done before the kill were not done again
        assertThat(jdbc.sql("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE STATUS = 'COMPLETED'")
                .query(String.class).list()).containsExactlyInAnyOrderElementsOf(STEPS);
        assertThat(survivor.linesWith(logged)).isEqualTo(1);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM monthly_run_lock")).isZero();
        // no chase made or queued twice, each sent once
        assertThat(count(jdbc, "SELECT COUNT(*) FROM return_chase WHERE period = '" + PERIOD + "'")).isEqualTo(chases);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM outbox_email")).isEqualTo(emails);
        long sent = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (count(jdbc, "SELECT COUNT(*) FROM outbox_email WHERE status <> 'SENT'") > 0) {
            assertThat(System.nanoTime()).as("the chases delivered").isLessThan(sent);
            Thread.sleep(500);
        }
        assertThat(count(jdbc, "SELECT COUNT(*) FROM outbox_email WHERE attempts = 1")).isEqualTo(emails);
        // the monitoring pack written
        assertThat(names(home.resolve("reports").resolve(PERIOD))).isNotEmpty();
    }

    @Test
    void theServingNodeFinishesAMonthlyRunStartedByHandWhoseProcessWasKilledPartWayThroughIt() throws Exception {
        SharedDatabase database = SharedDatabase.freshOrSkip("_monthlynodes");
        ChildDaemon.copyJobs(home);

        // given a node serving (its schedule not due), and a person's monthly run of the period in another process
        ChildDaemon serving = start("node-b", database, List.of("serve"));
        ChildDaemon byHand = null;
        try (Connection held = database.connect()) {
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(held, true));
            byHand = start("by-hand", database, List.of("monthly", "--period", PERIOD));
            awaitStep(jdbc, "monthlyKpiStep", "STARTED", 3);
            assertThat(holderOfLock(jdbc, Map.of("by-hand", byHand, "node-b", serving))).isSameAs(byHand);
            int chases = count(jdbc, "SELECT COUNT(*) FROM return_chase WHERE period = '" + PERIOD + "'");
            int emails = count(jdbc, "SELECT COUNT(*) FROM outbox_email");
            assertThat(chases).as("the late returns chased before the kill").isPositive();

            // when that process is killed part way through the run, then the serving node finishes it (its look)
            byHand.kill();
            assertFinishedOnceBy(serving, jdbc, chases, emails, "finished on this node after its node went away");
        } finally {
            serving.kill();
            if (byHand != null) {
                byHand.kill();
            }
        }
    }

    private ChildDaemon start(String node, SharedDatabase database) {
        return start(node, database, List.of("serve"));
    }

    private ChildDaemon start(String node, SharedDatabase database, List<String> command) {
        Map<String, String> settings = new LinkedHashMap<>();
        database.putInto(settings);
        settings.put("pipeline.node-id", node);
        settings.put("pipeline.jobs-dir", home.resolve("jobs").toAbsolutePath().toString());
        settings.put("pipeline.monthly.lock-lease", "PT" + LEASE_SECONDS + "S");
        settings.put("pipeline.monthly.step-pause", "PT3S");
        try {
            return ChildDaemon.start(home, LOGS, node, settings, command);
        } catch (Exception e) {
            throw new IllegalStateException(node + " did not start", e);
        }
    }

    /** Waits (the run is due in a minute and a half, plus the steps before) until the step is in this state. */
    private static void awaitStep(JdbcClient jdbc, String step, String status, int minutes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        while (count(jdbc, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = '" + step + "' AND STATUS = '"
                + status + "'") == 0) {
            assertThat(System.nanoTime()).as("%s %s within %d minutes (see target/%s)", step, status, minutes, LOGS)
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** The node whose process holds the period's lock (its holder is "pid@host#..."). */
    private static ChildDaemon holderOfLock(JdbcClient jdbc, Map<String, ChildDaemon> nodes) {
        String holder = jdbc.sql("SELECT holder FROM monthly_run_lock WHERE period = ?").param(PERIOD)
                .query(String.class).single();
        return nodes.values().stream().filter(n -> holder.startsWith(n.process().pid() + "@")).findFirst()
                .orElseThrow(() -> new AssertionError("no node holds the lock: " + holder));
    }

    private static int count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList();
        }
    }
}
