package uk.gov.bestvalue.returns.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.bestvalue.returns.ReturnsPipelineApplication;
import uk.gov.bestvalue.returns.intake.InboxPoller;
import uk.gov.bestvalue.returns.intake.IntakeFolders;
import uk.gov.bestvalue.returns.notify.NoMailOutbox;
import uk.gov.bestvalue.returns.returntypes.ReturnReader;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.warehouse.LoadBatchRepository;

/**
 * The benchmark's entry point ({@code java -jar target/returns-pipeline-bench.jar}): starts the application on a
 * database and folders of its own (an H2 file in a temporary folder, or the database {@code returns_bench} on the
 * local MySQL or MariaDB server, created and dropped here), with an outbox that queues nothing, runs the stages and
 * prints the table, then removes all it made. It never touches a warehouse named elsewhere: it takes no datasource
 * setting, and checks the database it is connected to before the first stage.
 */
public final class BenchMain {

    /** The MySQL or MariaDB database the benchmark owns: dropped and created at the start, dropped at the end. */
    static final String MYSQL_DATABASE = "returns_bench";
    static final String MYSQL_SERVER = "jdbc:mysql://127.0.0.1:3306/";
    /** The largest file the benchmark reads: ten million rows' worth. */
    private static final long BENCH_FILE_LIMIT = 2L * 1024 * 1024 * 1024;
    private static final String MYSQL_SETTINGS = "?rewriteBatchedStatements=true&allowLoadLocalInfile=true"
            + "&useUnicode=true&characterEncoding=utf8";
    private static final String H2_SETTINGS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
            + ";AUTO_SERVER=FALSE";

    private BenchMain() {
    }

    public static void main(String[] args) {
        // the table is the output: the pipeline's own progress lines would bury it (set here, not in run(), which the
        // tests call: a logging level set through the application would stay set for the tests after)
        System.setProperty("logging.level.uk.gov.bestvalue.returns", "WARN");
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the benchmark; 0 when our stages all finished, 1 when one did not, 2 on a usage error. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            out.println(BenchOptions.USAGE);
            return 0;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("returns-bench: " + e.getMessage());
            err.println(BenchOptions.USAGE);
            return 2;
        }
        try {
            return run(options, out, err);
        } catch (Exception e) {
            e.printStackTrace(err);
            return 1;
        }
    }

    /**
     * Runs the benchmark as the options say, on its own database and folders, and removes them afterwards: the table
     * on {@code out}, a line per stage as it ends on {@code progress}.
     */
    public static int run(BenchOptions options, PrintStream out, PrintStream progress) throws Exception {
        Path own = Files.createTempDirectory("returns-bench");
        String url = options.mysql() ? MYSQL_SERVER + MYSQL_DATABASE + MYSQL_SETTINGS
                : "jdbc:h2:file:" + own.resolve("warehouse").toAbsolutePath() + H2_SETTINGS;
        try {
            if (options.mysql()) {
                recreateMysqlDatabase(true);
            }
            List<String> settings = new ArrayList<>(List.of(
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + (options.mysql() ? "root" : "sa"),
                    "--spring.datasource.password=",
                    "--pipeline.cli.enabled=false",
                    "--spring.quartz.auto-startup=false",
                    "--spring.mail.host=",
                    // the generated files are the benchmark's own: a million rows pass the limits a council's file has
                    "--pipeline.max-file-bytes=" + BENCH_FILE_LIMIT,
                    "--pipeline.limits.uncompressed-bytes=" + BENCH_FILE_LIMIT * 16,
                    "--pipeline.limits.shared-strings=" + Integer.MAX_VALUE,
                    "--pipeline.limits.shared-strings-bytes=" + BENCH_FILE_LIMIT));
            for (String folder : List.of("inbox", "processing", "archive", "rejected", "outbox", "checked", "reports")) {
                settings.add("--pipeline.folders." + folder + "=" + own.resolve("work").resolve(folder));
            }
            SpringApplication application = new SpringApplication(ReturnsPipelineApplication.class);
            // the only outbox in the context that anything is given: it queues nothing
            application.addInitializers(context -> ((GenericApplicationContext) context)
                    .registerBean(NoMailOutbox.class, definition -> definition.setPrimary(true)));
            try (ConfigurableApplicationContext context = application.run(settings.toArray(String[]::new))) {
                DataSource dataSource = context.getBean(DataSource.class);
                ensureOwnDatabase(dataSource, url);
                BenchCommand bench = new BenchCommand(context.getBean(ReturnCatalog.class),
                        context.getBean(ReturnReader.Opener.class), context.getBean(InboxPoller.class),
                        context.getBean(IntakeFolders.class), dataSource, context.getBean(JdbcTemplate.class),
                        context.getBean(TransactionTemplate.class), context.getBean(LoadBatchRepository.class),
                        context.getAutowireCapableBeanFactory().createBean(LedgerBench.class), options,
                        new StartupStage(home(), options.startupRuns()));
                int exitCode = bench.run(out, progress);
                NoMailOutbox outbox = context.getBean(NoMailOutbox.class);
                int queued = new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM outbox_email",
                        Integer.class);
                out.printf("emails queued: %d (%d left unqueued by the benchmark's outbox)%n", queued,
                        outbox.discarded());
                return queued == 0 ? exitCode : 1;
            }
        } finally {
            if (options.mysql()) {
                recreateMysqlDatabase(false);
            }
            DeletedTree.delete(own);
        }
    }

    /** The folder of the build: the bench jar sits in its target/, the bench classes in target/test-classes/. */
    static Path home() {
        return StartupStage.codeSource(BenchMain.class).toAbsolutePath().getParent().getParent();
    }

    /** Refuses to run on any database but the one made for this run. */
    private static void ensureOwnDatabase(DataSource dataSource, String expected) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            String catalog = connection.getCatalog();
            boolean own = url.startsWith("jdbc:h2:") ? expected.startsWith(url.split(";")[0])
                    : MYSQL_DATABASE.equalsIgnoreCase(catalog) && url.startsWith(MYSQL_SERVER);
            if (!own) {
                throw new IllegalStateException("connected to " + url + " (" + catalog + "), not the benchmark's own "
                        + "database; the benchmark runs nowhere else");
            }
        }
    }

    private static void recreateMysqlDatabase(boolean create) throws SQLException {
        try (Connection server = DriverManager.getConnection(MYSQL_SERVER, "root", "");
             Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + MYSQL_DATABASE);
            if (create) {
                statement.execute("CREATE DATABASE " + MYSQL_DATABASE
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        }
    }
}
