package uk.gov.bestvalue.returns.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.ArrayList;
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

import uk.gov.bestvalue.returns.bench.BenchmarkReturnGenerator;
import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;

/**
 * Two nodes, each {@code serve} in a JVM of its own, on one inbox and one MySQL/MariaDB warehouse: every file is
 * loaded once and its owner emailed once, both nodes take files, and a node killed (SIGKILL) in the middle of a load
 * has that file finished by the other once its claim's lease has run out, and its part of the clustered scheduler
 * (the monthly trigger) taken over. One return dropped under two names (the oldest files, so that the two nodes take
 * them at the same moment) is loaded once, the other copy rejected as its duplicate.
 * <p>
 * The returns are generated procurement returns, each made distinct by its submitter; one, taken two thirds of the way
 * through, is larger, and its node is killed once a tenth of its rows are committed. Sized for CI by default: 50
 * returns of 100 rows and one of 20,000. System properties: {@code nodestest.files}, {@code nodestest.rows}, {@code nodestest.killed-rows}. Needs the
 * {@code mysql} profile's server: an embedded H2 file database is one process's, so on H2 the test is skipped.
 */
@Tag("fault")
class TwoNodesIntegrationTests {

    private static final int FILES = Integer.getInteger("nodestest.files", 50);
    private static final int ROWS = Integer.getInteger("nodestest.rows", 100);
    private static final int KILLED_ROWS = Integer.getInteger("nodestest.killed-rows", 20_000);
    private static final String OWNER = "finance.resources@council.example.gov.uk";
    private static final String LOGS = "two-nodes";
    /** One per file dropped: the small ones, the large one, and the twins (the one loaded and its duplicate). */
    private static final int EMAILS = FILES + 3;

    @TempDir
    Path home;

    @Test
    void twoNodesLoadAndEmailEachFileOnceAndTheSurvivorFinishesTheFileOfTheNodeKilledMidLoad() throws Exception {
        long started = System.nanoTime();
        SharedDatabase database = SharedDatabase.freshOrSkip("_twonodes");
        ChildDaemon.copyJobs(home);
        // every node polls every 5 s (the default is 30 s), so that a dead node's file is taken soon after its lease
        Path schedule = home.resolve("jobs/schedule.yml");
        Files.writeString(schedule, Files.readString(schedule).replace("\"0/30 * * * * ?\"", "\"0/5 * * * * ?\""));
        // written in the order the nodes take them (oldest first): the large one two thirds of the way, so that both
        // nodes have taken files before one of them is killed
        // first (the oldest, so both nodes' first looks take them at once): one return under two names, the same bytes
        String twin = generate("resources-procurement-2016-01-twin-a.xlsx", ROWS, "Two nodes, twins");
        String twinCopy = "resources-procurement-2016-01-twin-b.xlsx";
        Files.copy(home.resolve("staging").resolve(twin), home.resolve("staging").resolve(twinCopy),
                StandardCopyOption.COPY_ATTRIBUTES);
        List<String> small = new ArrayList<>();
        String killed = null;
        for (int n = 1; n <= FILES; n++) {
            small.add(generate("resources-procurement-2016-01-" + n + ".xlsx", ROWS, "Two nodes " + n));
            if (n == Math.max(1, FILES * 2 / 3)) {
                killed = generate("resources-procurement-2016-01-large.xlsx", KILLED_ROWS, "Two nodes, the large one");
            }
        }

        Map<String, ChildDaemon> nodes = new LinkedHashMap<>();
        CompletableFuture<ChildDaemon> a = CompletableFuture.supplyAsync(() -> start("node-a", database));
        CompletableFuture<ChildDaemon> b = CompletableFuture.supplyAsync(() -> start("node-b", database));
        nodes.put("node-a", a.get(200, TimeUnit.SECONDS));
        nodes.put("node-b", b.get(200, TimeUnit.SECONDS));
        try (Connection held = database.connect()) {
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(held, true));

            // given both nodes checked in to the clustered scheduler
            assertThat(awaitSchedulerNodes(jdbc, List.of("node-a", "node-b"))).isTrue();

            // when the returns are dropped into the inbox
            List<String> all = new ArrayList<>(small);
            all.add(killed);
            List<String> dropped = new ArrayList<>(List.of(twin, twinCopy));
            dropped.addAll(all);
            for (String name : dropped) {
                Files.move(home.resolve("staging").resolve(name), inbox().resolve(name), StandardCopyOption.ATOMIC_MOVE);
            }

            // and the node loading the large one is killed once a tenth of its rows are committed
            String victim = awaitHolderMidLoad(jdbc, killed, KILLED_ROWS / 10);
            long rowsAtKill = rowsOf(jdbc, killed);
            nodes.get(victim).kill();
            String survivor = victim.equals("node-a") ? "node-b" : "node-a";
            System.out.printf("two nodes: %s killed with %,d of %,d rows of %s committed%n", victim, rowsAtKill,
                    KILLED_ROWS, killed);

            // then the survivor finishes everything, the killed node's file once its lease has run out
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (!done(jdbc)) {
                assertThat(System.nanoTime()).as("every file done (see target/%s)", LOGS).isLessThan(deadline);
                assertThat(nodes.get(survivor).alive()).as("%s still serving", survivor).isTrue();
                Thread.sleep(500);
            }

            // the twins' content loaded once: one of them, the other rejected as its duplicate
            List<String> duplicate = jdbc.sql("SELECT file_name FROM load_batch WHERE status = 'DUPLICATE'")
                    .query(String.class).list();
            assertThat(duplicate).hasSize(1).containsAnyOf(twin, twinCopy);
            String loadedTwin = duplicate.get(0).equals(twin) ? twinCopy : twin;
            String reason = jdbc.sql("SELECT reason FROM load_batch WHERE status = 'DUPLICATE'").query(String.class)
                    .single();
            System.out.printf("two nodes: of the twins, %s loaded, %s its duplicate (%s)%n", loadedTwin,
                    duplicate.get(0), reason.contains("at the same moment") ? "both taken at once: its content was "
                            + "claimed" : "taken after the first was loaded");
            all.add(loadedTwin);
            // each other file loaded once: one batch per file, published, every row once
            List<String> loaded = jdbc.sql("SELECT file_name FROM load_batch WHERE status IN ('CURRENT', 'SUPERSEDED')")
                    .query(String.class).list();
            assertThat(loaded).containsExactlyInAnyOrderElementsOf(all);
            assertThat(jdbc.sql("SELECT status FROM load_batch WHERE status NOT IN ('CURRENT', 'SUPERSEDED', "
                    + "'DUPLICATE')").query(String.class).list()).as("no receipt, rejection or failure").isEmpty();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM load_batch WHERE status = 'CURRENT'").query(Integer.class).single())
                    .as("one current snapshot of the directorate's return").isEqualTo(1);
            long rows = jdbc.sql("SELECT COUNT(*) FROM contract_fact").query(Long.class).single();
            long distinct = jdbc.sql("SELECT COUNT(*) FROM (SELECT DISTINCT load_batch_id, source_sheet, source_row "
                    + "FROM contract_fact) d").query(Long.class).single();
            assertThat(rows).isEqualTo(distinct).isEqualTo((long) (FILES + 1) * ROWS + KILLED_ROWS);
            assertThat(rowsOf(jdbc, killed)).isEqualTo(KILLED_ROWS);
            // each owner emailed once: one queued email per file (the duplicate's too), sent once
            assertThat(jdbc.sql("SELECT recipient FROM outbox_email").query(String.class).list())
                    .hasSize(EMAILS).containsOnly(OWNER);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_email WHERE status = 'SENT'").query(Integer.class)
                    .single()).isEqualTo(EMAILS);
            // at the first attempt, but for one the killed node may have been sending: put back once its claim ran out
            assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_email WHERE attempts = 1").query(Integer.class).single())
                    .isBetween(EMAILS - 1, EMAILS);
            assertThat(names(home.resolve("outbox"))).as("the .eml files delivered, each once").hasSize(EMAILS);
            assertThat(names(home.resolve("work/archive/2016-01"))).containsExactlyInAnyOrderElementsOf(all);
            assertThat(names(home.resolve("work/rejected"))).containsExactlyElementsOf(duplicate);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM file_claim").query(Integer.class).single()).isZero();

            // the survivor's scheduler found the killed node dead and took its part (the monthly trigger fires there)
            assertThat(awaitSchedulerNodes(jdbc, List.of(survivor))).as("the killed node's scheduler recovered")
                    .isTrue();

            // both nodes took files, and the survivor took over the killed node's
            Map<String, Long> split = new LinkedHashMap<>();
            for (ChildDaemon node : nodes.values()) {
                split.put(node.name(), node.linesWith("SubmissionProcessor - resources-procurement"));
            }
            System.out.printf("two nodes: %d files, split %s (files each node finished from the inbox); %s took "
                            + "over %s; %.0f s%n", FILES + 3, split, survivor, killed,
                    (System.nanoTime() - started) / 1e9);
            assertThat(split.values()).allMatch(count -> count > 0);
            assertThat(nodes.get(survivor).linesWith("Recovering " + killed)).isEqualTo(1);
        } finally {
            for (ChildDaemon node : nodes.values()) {
                node.kill();
            }
        }
    }

    private Path inbox() throws IOException {
        return Files.createDirectories(home.resolve("work/inbox"));
    }

    private String generate(String name, int rows, String submittedBy) throws IOException {
        ReturnCatalog catalog = ReturnCatalog.load(new JobDefinitions(home.resolve("jobs")));
        Path staging = Files.createDirectories(home.resolve("staging"));
        new BenchmarkReturnGenerator(catalog.byId("procurement-contracts").orElseThrow())
                .generate(staging.resolve(name), rows, submittedBy);
        return name;
    }

    private ChildDaemon start(String node, SharedDatabase database) {
        Map<String, String> settings = new LinkedHashMap<>();
        database.putInto(settings);
        settings.put("pipeline.node-id", node);
        // absolute: a relative "jobs" would be found on the test classpath (the build's copy) before the folder
        settings.put("pipeline.jobs-dir", home.resolve("jobs").toAbsolutePath().toString());
        settings.put("pipeline.claims.lease", "PT10S");
        settings.put("pipeline.outbox.claim-timeout", "PT20S");
        settings.put("pipeline.retry.first-delay", "PT2S");
        settings.put("pipeline.chunk-size", "500");
        try {
            return ChildDaemon.start(home, LOGS, node, settings);
        } catch (Exception e) {
            throw new IllegalStateException(node + " did not start", e);
        }
    }

    /** Waits (a minute at most) until exactly these nodes are checked in to Quartz's cluster; whether they were. */
    private static boolean awaitSchedulerNodes(JdbcClient jdbc, List<String> nodes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            List<String> checkedIn = jdbc.sql("SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE ORDER BY INSTANCE_NAME")
                    .query(String.class).list();
            if (checkedIn.equals(nodes)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** Waits until a node has claimed the file and committed {@code rows} of it; which node. */
    private static String awaitHolderMidLoad(JdbcClient jdbc, String file, int rows) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            List<String> holder = jdbc.sql("SELECT node_id FROM file_claim WHERE file_name = ?").param(file)
                    .query(String.class).list();
            if (!holder.isEmpty() && rowsOf(jdbc, file) >= rows) {
                return holder.get(0);
            }
            Thread.sleep(10);
        }
        throw new AssertionError(file + " was not taken, or not loaded part way, within 10 minutes");
    }

    private static long rowsOf(JdbcClient jdbc, String file) {
        return jdbc.sql("SELECT COUNT(*) FROM contract_fact f JOIN load_batch b ON b.load_batch_id = f.load_batch_id "
                + "WHERE b.file_name = ?").param(file).query(Long.class).single();
    }

    private boolean done(JdbcClient jdbc) throws IOException {
        return names(home.resolve("work/inbox")).isEmpty() && names(home.resolve("work/processing")).isEmpty()
                && names(home.resolve("work/archive/2016-01")).size() + names(home.resolve("work/rejected")).size()
                == FILES + 3
                && jdbc.sql("SELECT COUNT(*) FROM outbox_email WHERE status <> 'SENT'").query(Integer.class).single() == 0
                && jdbc.sql("SELECT COUNT(*) FROM outbox_email").query(Integer.class).single() >= EMAILS;
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> !n.endsWith(".reason.txt")).toList();
        }
    }
}
