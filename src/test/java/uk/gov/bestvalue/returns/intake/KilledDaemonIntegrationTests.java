package uk.gov.bestvalue.returns.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.bench.BenchmarkReturnGenerator;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;

/**
 * The daemon killed with SIGKILL at random points of a load, and started again, until its files are done: no row
 * lost or loaded twice, each file archived once, each owner's email queued exactly once.
 * <p>
 * {@code serve} runs in a child JVM against a database that outlives it (H2 in server mode, held open by this test, or
 * the MySQL/MariaDB server of the {@code mysql} profile, in a database of its own). A generated procurement return is
 * put in its {@code processing/} folder, as the poll claims files (so that each start's recovery takes it on at once);
 * the child is killed ({@link Process#destroyForcibly()}, SIGKILL on Linux) at a random point ({@code KillPoint}: a
 * random time after it started, a random number of rows committed, or a later step begun), then started again, as many times as asked; when a file is done before all the kills are spent, the next one is put
 * there. A last child then runs until every file is done. The random seed, each kill point (where the
 * load stood when it died) and the figures are printed.
 * <p>
 * Sized for CI by default (20,000 rows, 20 kills). System properties: {@code killtest.rows} (200000 for the full
 * size), {@code killtest.kills}, {@code killtest.seed}, {@code killtest.window-ms} (the longest wait of a kill timed from the start).
 */
@Tag("fault")
class KilledDaemonIntegrationTests {

    private static final int ROWS = Integer.getInteger("killtest.rows", 20_000);
    private static final int KILLS = Integer.getInteger("killtest.kills", 20);
    private static final long SEED = Long.getLong("killtest.seed", 20_261_205L);
    private static final int WINDOW_MS = Integer.getInteger("killtest.window-ms", 3_000);
    private static final String OWNER = "finance.resources@council.example.gov.uk";

    @TempDir
    Path home;

    @Test
    void killedAtRandomPointsOfItsLoadsTheDaemonLosesAndDuplicatesNothing() throws Exception {
        long started = System.nanoTime();
        Random random = new Random(SEED);
        Database database = Database.forThisBuild(home);
        System.out.printf("kill test: seed %d, %,d rows a file, %d kills, window %d ms, %s%n", SEED, ROWS, KILLS,
                WINDOW_MS, database.url());
        ChildDaemon.copyJobs(home);
        try (Connection held = database.open()) {
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(held, true));
            List<String> dropped = new ArrayList<>();
            List<String> points = new ArrayList<>();
            dropped.add(drop(1));
            for (int child = 1; points.size() < KILLS; child++) {
                if (done(dropped)) {
                    dropped.add(drop(dropped.size() + 1));
                }
                ChildDaemon daemon = start(database, child);
                KillPoint point = KillPoint.random(random);
                long waited = point.awaitIn(jdbc, () -> done(dropped));
                assertThat(daemon.alive()).as("child %d still serving (see target/killed-daemon)", child)
                        .isTrue();
                daemon.kill();
                points.add("kill %2d at %s (+%d ms): %s".formatted(points.size() + 1, point, waited,
                        where(jdbc, dropped)));
                System.out.println(points.get(points.size() - 1));
            }
            ChildDaemon last = start(database, 0);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (!done(dropped) || queuedEmails(jdbc) < dropped.size()) {
                assertThat(System.nanoTime()).as("the last child finishes every file").isLessThan(deadline);
                Thread.sleep(200);
            }
            last.kill();

            // then: each file loaded once, every row once, archived once, its owner's email queued once
            List<Long> batches = jdbc.sql("SELECT load_batch_id FROM load_batch WHERE status IN ('CURRENT', 'SUPERSEDED') "
                    + "ORDER BY load_batch_id").query(Long.class).list();
            long rows = jdbc.sql("SELECT COUNT(*) FROM contract_fact").query(Long.class).single();
            long distinctRows = jdbc.sql("SELECT COUNT(*) FROM (SELECT DISTINCT load_batch_id, source_sheet, source_row "
                    + "FROM contract_fact) d").query(Long.class).single();
            long expectedRows = (long) ROWS * dropped.size();
            int emails = queuedEmails(jdbc);
            System.out.printf("kill test: %d kill points over %d file(s); rows expected %,d, stored %,d: lost %,d, "
                            + "duplicated %,d; owner emails expected %d, queued %d: lost %d, duplicated %d; %.0f s%n",
                    points.size(), dropped.size(), expectedRows, rows, expectedRows - distinctRows, rows - distinctRows,
                    dropped.size(), emails, Math.max(0, dropped.size() - emails), Math.max(0, emails - dropped.size()),
                    (System.nanoTime() - started) / 1e9);
            assertThat(points).hasSize(KILLS);
            assertThat(batches).hasSize(dropped.size());
            assertThat(jdbc.sql("SELECT status FROM load_batch WHERE status NOT IN ('CURRENT', 'SUPERSEDED')")
                    .query(String.class).list()).as("no receipt, load or failure left behind").isEmpty();
            assertThat(rows).isEqualTo(distinctRows).isEqualTo(expectedRows);
            for (long batch : batches) {
                assertThat(jdbc.sql("SELECT COUNT(*) FROM contract_fact WHERE load_batch_id = ?").param(batch)
                        .query(Long.class).single()).as("rows of batch %d", batch).isEqualTo(ROWS);
                assertThat(jdbc.sql("SELECT recipient FROM outbox_email WHERE email_key LIKE ?").param(batch + "-%")
                        .query(String.class).list()).as("emails of batch %d", batch).containsExactly(OWNER);
            }
            assertThat(names(home.resolve("work/archive/2016-01"))).containsExactlyInAnyOrderElementsOf(dropped);
            assertThat(names(home.resolve("work/rejected"))).isEmpty();
        }
    }

    /**
     * Where to kill a child: a random time after it started (its start-up, receipt, recognition, archive), once a random
     * number of the newest file's rows are committed, or as soon as a later step of its load has begun. The machine's
     * speed does not matter: points are reached by the load's progress, which each restart carries on.
     */
    private record KillPoint(long delayMs, int rows, String step) {

        private static final List<String> LATER_STEPS = List.of("publishStep", "notifyOwnersStep", "ledgerMatchStep");

        static KillPoint random(Random random) {
            int kind = random.nextInt(4);
            return switch (kind) {
                case 0 -> new KillPoint(random.nextInt(WINDOW_MS), -1, null);
                case 1 -> new KillPoint(-1, -1, LATER_STEPS.get(random.nextInt(LATER_STEPS.size())));
                default -> new KillPoint(-1, random.nextInt(ROWS), null);
            };
        }

        /** Waits until the point is reached (or the files are done, or two minutes pass); how long it waited. */
        long awaitIn(JdbcClient jdbc, Check done) throws Exception {
            long start = System.nanoTime();
            long deadline = start + TimeUnit.MINUTES.toNanos(2);
            if (delayMs >= 0) {
                Thread.sleep(delayMs);
            } else {
                while (!reached(jdbc) && !done.test() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
            }
            return (System.nanoTime() - start) / 1_000_000;
        }

        private boolean reached(JdbcClient jdbc) {
            if (step != null) {
                return jdbc.sql("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE step_name = ? AND job_execution_id = "
                        + "(SELECT MAX(job_execution_id) FROM BATCH_JOB_EXECUTION)").param(step).query(Integer.class)
                        .single() > 0;
            }
            return jdbc.sql("SELECT COUNT(*) FROM contract_fact WHERE load_batch_id = (SELECT MAX(load_batch_id) "
                    + "FROM load_batch)").query(Integer.class).single() >= rows;
        }

        @Override
        public String toString() {
            return delayMs >= 0 ? delayMs + " ms after start" : step != null ? step + " begun"
                    : "%,d rows committed".formatted(rows);
        }
    }

    /** A condition that reads the folders. */
    private interface Check {
        boolean test() throws IOException;
    }

    /** Where the load stood when its process died: the step left running, the rows committed, the file's folder. */
    private String where(JdbcClient jdbc, List<String> dropped) throws IOException {
        String file = dropped.get(dropped.size() - 1);
        String folder = Files.exists(home.resolve("work/inbox").resolve(file)) ? "inbox"
                : Files.exists(home.resolve("work/processing").resolve(file)) ? "processing" : "archived";
        List<String> steps = jdbc.sql("SELECT step_name FROM BATCH_STEP_EXECUTION WHERE status IN ('STARTING', 'STARTED') "
                + "ORDER BY step_execution_id DESC").query(String.class).list();
        String status = jdbc.sql("SELECT status FROM load_batch ORDER BY load_batch_id DESC").query(String.class)
                .list().stream().findFirst().orElse("no batch");
        long rows = jdbc.sql("SELECT COUNT(*) FROM contract_fact WHERE load_batch_id = (SELECT MAX(load_batch_id) "
                + "FROM load_batch)").query(Long.class).single();
        return "%s, file %d in %s, batch %s, %,d rows committed".formatted(steps.isEmpty() ? "no step running"
                : "in " + steps.get(0), dropped.size(), folder, status, rows);
    }

    private boolean done(List<String> dropped) throws IOException {
        return names(home.resolve("work/inbox")).isEmpty() && names(home.resolve("work/processing")).isEmpty()
                && names(home.resolve("work/archive/2016-01")).size() + names(home.resolve("work/rejected")).size()
                == dropped.size();
    }

    private static int queuedEmails(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_email").query(Integer.class).single();
    }

    /**
     * Writes the n-th return (a different submitter each, so a different file) and puts it where the poll claims files
     * to, as if claimed by a daemon killed at once: each start's recovery takes it on at once, with no wait for polls.
     */
    private String drop(int n) throws IOException {
        String name = "resources-procurement-2016-01-" + n + ".xlsx";
        ReturnCatalog catalog = ReturnCatalog.load(new JobDefinitions(home.resolve("jobs")));
        Path written = new BenchmarkReturnGenerator(catalog.byId("procurement-contracts").orElseThrow())
                .generate(home.resolve(name + ".part"), ROWS, "Fault test " + n);
        Path processing = Files.createDirectories(home.resolve("work/processing"));
        Files.move(written, processing.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("dropped %s (%,d rows)%n", name, ROWS);
        return name;
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

    /** The warehouse the children share, and that outlives each of them. */
    private record Database(String url, String user, String password) {

        private static final Pattern MYSQL = Pattern.compile("(jdbc:mysql://[^/]+/)([^?]+)(.*)");

        /** H2 in a file, in server mode (this test opens it first, so serves it); or the mysql profile's server. */
        static Database forThisBuild(Path home) throws SQLException {
            String configured = System.getProperty("spring.datasource.url", "");
            Matcher mysql = MYSQL.matcher(configured);
            if (mysql.matches()) {
                // a database of its own, fresh each run: the suite's database is left to the suite
                // as the suite's own user (.ci/database lets it make databases named after the suite's)
                String name = mysql.group(2) + "_killtest";
                String user = System.getProperty("spring.datasource.username", "root");
                String password = System.getProperty("spring.datasource.password", "");
                try (Connection server = DriverManager.getConnection(mysql.group(1) + mysql.group(3), user, password)) {
                    server.createStatement().execute("DROP DATABASE IF EXISTS " + name);
                    server.createStatement().execute("CREATE DATABASE " + name
                            + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                }
                return new Database(mysql.group(1) + name + mysql.group(3), user, password);
            }
            return new Database("jdbc:h2:file:" + home.resolve("data/returns").toAbsolutePath()
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;AUTO_SERVER=TRUE", "sa", "");
        }

        Connection open() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    /** One {@code serve} in a child JVM, its output in {@code target/killed-daemon/child-N.log}. */
    private ChildDaemon start(Database database, int n) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", database.url());
        settings.put("spring.datasource.username", database.user());
        settings.put("spring.datasource.password", database.password());
        settings.put("pipeline.chunk-size", "500");
        // one node restarted: it takes back at once the file its killed process had claimed
        settings.put("pipeline.node-id", "killed-daemon");
        return ChildDaemon.start(home, "killed-daemon", "child-" + n, settings);
    }
}
