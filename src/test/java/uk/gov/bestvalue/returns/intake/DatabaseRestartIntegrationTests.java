package uk.gov.bestvalue.returns.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import uk.gov.bestvalue.returns.bench.BenchmarkReturnGenerator;
import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;

/**
 * The warehouse's database server killed (SIGKILL) in the middle of a load and started again: the daemon, never
 * restarted, finishes the file once (every row once, archived once, its owner's email queued once).
 * <p>
 * The test runs a MariaDB server of its own ({@code mariadb-install-db}, then {@code mariadbd} on a free port, without
 * grant tables, in a temporary folder), so it needs MariaDB installed and is skipped where {@code mariadbd} is not. It
 * does not use the suite's database, so it runs in the H2 suite only (the same test again under {@code -Pmysql} would
 * prove nothing more). Sized for CI: 20,000 rows; {@code restarttest.rows} for another size.
 */
@Tag("fault")
class DatabaseRestartIntegrationTests {

    private static final int ROWS = Integer.getInteger("restarttest.rows", 20_000);
    private static final String OWNER = "finance.resources@council.example.gov.uk";
    private static final String FILE = "resources-procurement-2016-01.xlsx";

    @TempDir
    Path home;

    @Test
    void theDatabaseKilledMidLoadAndStartedAgainTheDaemonFinishesTheFileOnce() throws Exception {
        Optional<Path> mariadbd = installed("mariadbd");
        Optional<Path> installDb = installed("mariadb-install-db");
        assumeTrue(mariadbd.isPresent() && installDb.isPresent(), "MariaDB (mariadbd, mariadb-install-db) is not installed");
        assumeTrue(!System.getProperty("spring.datasource.url", "").startsWith("jdbc:mysql:"),
                "runs its own server: the H2 suite runs it once");
        long started = System.nanoTime();
        Server server = Server.install(mariadbd.get(), installDb.get(), home.resolve("mariadb"));
        ChildDaemon daemon = null;
        try {
            server.start();
            String url = server.createDatabase("returns");
            ChildDaemon.copyJobs(home);
            Path schedule = home.resolve("jobs/schedule.yml");
            Files.writeString(schedule, Files.readString(schedule).replace("\"0/30 * * * * ?\"", "\"0/5 * * * * ?\""));
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("spring.datasource.url", url);
            settings.put("spring.datasource.username", "root");
            settings.put("spring.datasource.password", "");
            settings.put("pipeline.retry.first-delay", "PT2S");
            // absolute: a relative "jobs" would be found on the test classpath (the build's copy) before the folder
            settings.put("pipeline.jobs-dir", home.resolve("jobs").toAbsolutePath().toString());
            settings.put("pipeline.chunk-size", "500");
            daemon = ChildDaemon.start(home, "database-restart", "daemon", settings);
            JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "root", ""));

            // given a return being loaded
            generateInto(home.resolve("work/inbox"));
            awaitRows(jdbc, ROWS / 10);

            // when the database server is killed, and started again a few seconds later
            long rowsAtKill = rows(jdbc);
            server.kill();
            Thread.sleep(3_000);
            server.start();
            System.out.printf("database restart: server killed with %,d of %,d rows committed, started again%n",
                    rowsAtKill, ROWS);

            // then the same daemon finishes the file, once
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            while (!done(jdbc)) {
                assertThat(System.nanoTime()).as("the file finished (see target/database-restart)").isLessThan(deadline);
                assertThat(daemon.alive()).as("the daemon still serving").isTrue();
                Thread.sleep(500);
            }
            assertThat(jdbc.sql("SELECT status FROM load_batch").query(String.class).list()).containsExactly("CURRENT");
            long stored = rows(jdbc);
            long distinct = jdbc.sql("SELECT COUNT(*) FROM (SELECT DISTINCT source_sheet, source_row FROM contract_fact) d")
                    .query(Long.class).single();
            assertThat(stored).isEqualTo(distinct).isEqualTo(ROWS);
            assertThat(jdbc.sql("SELECT recipient FROM outbox_email").query(String.class).list()).containsExactly(OWNER);
            assertThat(names(home.resolve("work/archive/2016-01"))).containsExactly(FILE);
            assertThat(names(home.resolve("work/rejected"))).isEmpty();
            int attempts = jdbc.sql("SELECT attempts FROM load_batch").query(Integer.class).single();
            System.out.printf("database restart: finished once by the same daemon (%,d rows, 1 email queued, %d failed "
                    + "attempt(s) counted); %.0f s%n", stored, attempts, (System.nanoTime() - started) / 1e9);
        } finally {
            if (daemon != null) {
                daemon.kill();
            }
            server.kill();
        }
    }

    private void generateInto(Path inbox) throws IOException {
        ReturnCatalog catalog = ReturnCatalog.load(new JobDefinitions(home.resolve("jobs")));
        Path written = new BenchmarkReturnGenerator(catalog.byId("procurement-contracts").orElseThrow())
                .generate(home.resolve(FILE + ".part"), ROWS, "Database restart");
        Files.move(written, Files.createDirectories(inbox).resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void awaitRows(JdbcClient jdbc, long wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (rows(jdbc) < wanted) {
            assertThat(System.nanoTime()).as("%,d rows loaded", wanted).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static long rows(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM contract_fact").query(Long.class).single();
    }

    private boolean done(JdbcClient jdbc) throws IOException {
        try {
            return names(home.resolve("work/inbox")).isEmpty() && names(home.resolve("work/processing")).isEmpty()
                    && names(home.resolve("work/archive/2016-01")).size() + names(home.resolve("work/rejected")).size() == 1
                    && jdbc.sql("SELECT COUNT(*) FROM outbox_email").query(Integer.class).single() > 0;
        } catch (RuntimeException serverStillStarting) {
            return false;
        }
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

    private static Optional<Path> installed(String program) {
        List<String> folders = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        folders.addAll(List.of("/usr/sbin", "/usr/local/sbin", "/usr/bin"));
        return folders.stream().filter(f -> !f.isBlank()).map(f -> Path.of(f, program)).filter(Files::isExecutable)
                .findFirst();
    }

    /** A MariaDB server of the test's own: its data folder, its port, started and killed by the test. */
    private static final class Server {

        private final Path mariadbd;
        private final Path data;
        private final int port;
        private Process process;

        private Server(Path mariadbd, Path data, int port) {
            this.mariadbd = mariadbd;
            this.data = data;
            this.port = port;
        }

        static Server install(Path mariadbd, Path installDb, Path data) throws Exception {
            Files.createDirectories(data);
            Process install = new ProcessBuilder(installDb.toString(), "--no-defaults", "--datadir=" + data,
                    "--user=" + System.getProperty("user.name"), "--auth-root-authentication-method=normal",
                    "--skip-test-db").redirectErrorStream(true)
                    .redirectOutput(data.resolveSibling("mariadb-install-db.log").toFile()).start();
            assertThat(install.waitFor(120, TimeUnit.SECONDS)).as("mariadb-install-db finished").isTrue();
            assertThat(install.exitValue()).as("mariadb-install-db (see its log beside the data)").isZero();
            try (ServerSocket free = new ServerSocket(0)) {
                return new Server(mariadbd, data, free.getLocalPort());
            }
        }

        void start() throws Exception {
            process = new ProcessBuilder(mariadbd.toString(), "--no-defaults", "--datadir=" + data, "--port=" + port,
                    "--bind-address=127.0.0.1", "--socket=" + data.resolve("sock"), "--pid-file=" + data.resolve("pid"),
                    "--skip-grant-tables", "--user=" + System.getProperty("user.name"),
                    "--innodb-buffer-pool-size=64M", "--character-set-server=utf8mb4", "--collation-server=utf8mb4_bin")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                            data.resolveSibling("mariadbd.log").toFile())).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (true) {
                try (Connection ignored = DriverManager.getConnection(serverUrl(), "root", "")) {
                    return;
                } catch (SQLException notYet) {
                    assertThat(process.isAlive()).as("mariadbd running (see mariadbd.log beside its data)").isTrue();
                    assertThat(System.nanoTime()).as("mariadbd answering").isLessThan(deadline);
                    Thread.sleep(200);
                }
            }
        }

        String createDatabase(String name) throws SQLException {
            try (Connection server = DriverManager.getConnection(serverUrl(), "root", "")) {
                server.createStatement().execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            }
            return "jdbc:mysql://127.0.0.1:" + port + "/" + name + "?rewriteBatchedStatements=true";
        }

        private String serverUrl() {
            return "jdbc:mysql://127.0.0.1:" + port + "/";
        }

        /** SIGKILL: no flush, no clean shutdown; InnoDB recovers at the next start. */
        void kill() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("mariadbd died").isTrue();
            }
        }
    }
}
