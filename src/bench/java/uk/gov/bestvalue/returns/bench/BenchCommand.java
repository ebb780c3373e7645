package uk.gov.bestvalue.returns.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.bestvalue.returns.intake.InboxPoller;
import uk.gov.bestvalue.returns.intake.IntakeFolders;
import uk.gov.bestvalue.returns.returntypes.ReturnReader;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnSpec;
import uk.gov.bestvalue.returns.warehouse.LoadBatchRepository;
import uk.gov.bestvalue.returns.workbook.WorkbookFile;
import uk.gov.bestvalue.returns.workbook.Workbooks;

/**
 * The benchmark's stages over a generated procurement return of N rows: reading it (against the floors of inflating
 * it, scanning its bytes and parsing it with the fastest StAX parser, and against other xlsx readers), checking it,
 * loading it end to end (against the database floors of batched inserts and, on MySQL, LOAD DATA), and the ledger's
 * load and reconciliation; then {@code check}'s start-up as a person runs it.
 */
public class BenchCommand {

    private static final String CONTRACTS = BenchmarkReturnGenerator.CONTRACTS;
    static final String END_TO_END = "ours, end to end";
    static final String DATABASE_FLOOR = "database floor";
    static final String LOAD_DATA_FLOOR = "database floor (LOAD DATA)";
    static final String LEDGER_READ = "ledger read";
    static final String LEDGER_FLOOR = "ledger database floor";
    static final String LEDGER_LOAD = "ledger load";
    static final String LEDGER_READ_BACK = "ledger read back";
    static final String LEDGER_RECONCILIATION = "ledger reconciliation";
    static final String LEDGER_REMATCH = "ledger re-match";

    private final ReturnCatalog catalog;
    private final ReturnReader.Opener opener;
    private final InboxPoller poller;
    private final IntakeFolders folders;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final LoadBatchRepository batches;
    private final LedgerBench ledgerBench;
    private final BenchOptions options;
    private final BenchRuns runs;
    private final StartupStage startup;

    /** The stages over the application's beans, as the options say. */
    public BenchCommand(ReturnCatalog catalog, ReturnReader.Opener opener, InboxPoller poller, IntakeFolders folders,
                        DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transaction,
                        LoadBatchRepository batches, LedgerBench ledgerBench, BenchOptions options, StartupStage startup) {
        this.runs = options.runs();
        this.ledgerBench = ledgerBench;
        this.options = options;
        this.catalog = catalog;
        this.opener = opener;
        this.poller = poller;
        this.folders = folders;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.batches = batches;
        this.startup = startup;
    }

    /**
     * Runs the benchmark over {@code rows} contracts and prints the table on {@code out}, and a line on
     * {@code progress} as each stage ends (the table comes at the end of minutes); 0 when our stages all finished.
     */
    public int run(PrintStream out, PrintStream progress) throws Exception {
        long began = System.nanoTime();
        int rows = options.rows();
        int ledgerLines = options.ledgerLines();
        String filesDir = options.filesDir();
        List<String> onlyStages = options.stages();
        ReturnSpec spec = catalog.byId("procurement-contracts").orElseThrow();
        out.println("database: " + database());
        out.printf("heap: max %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.println("runs: " + runs.describe());
        ReturnSpec ledgerSpec = catalog.byId("spend-ledger").orElseThrow();
        int lines = ledgerLines > 0 ? ledgerLines : rows;
        Path dir = Files.createTempDirectory("returns-bench");
        LedgerStages ledger = null;
        try {
            BenchmarkReturnGenerator generator = new BenchmarkReturnGenerator(spec);
            Path file = generatedFile(generator, rows, dir, filesDir, out);
            boolean withLedger = ledgerLines >= 0;
            Path ledgerFile = withLedger ? generatedLedger(lines, dir, filesDir, out) : null;
            System.gc();
            out.printf("heap in use before the stages: %d MB%n", HeapSampler.used() / (1024 * 1024));

            StageTimer timer = new StageTimer(rows, runs);
            StageTimer ledgerTimer = new StageTimer(lines, runs);
            DatabaseFloor database = new DatabaseFloor(jdbc, transaction, batches, spec);
            DatabaseFloor loadData = new DatabaseFloor(jdbc, transaction, batches, spec);
            List<Stage> readingStages = ReadStages.over(file, spec, CONTRACTS);
            List<Stage> stages = new ArrayList<>(readingStages);
            stages.addAll(List.of(
                    Stage.of("ours, check", () -> OurReaders.check(file, opener)),
                    new Stage(DATABASE_FLOOR, database::prepare, () -> database.load(generator.values(), rows),
                            database::cleanUp)));
            if (options.mysql()) {
                stages.add(new Stage(LOAD_DATA_FLOOR, loadData::prepare, () -> loadData.loadData(generator.values(), rows),
                        loadData::cleanUp));
            }
            stages.add(new EndToEndStage(poller, folders, jdbc, file).stage(END_TO_END));
            if (withLedger) {
                String ledgerSheet;
                try (WorkbookFile workbook = Workbooks.open(ledgerFile)) {
                    ledgerSheet = workbook.sheets().get(0).name();
                }
                ledger = ledgerBench.stages(new DatabaseFloor(jdbc, transaction, batches, spec), file,
                        generator.values(), rows, ledgerFile, runs);
                stages.add(Stage.of(LEDGER_READ, () -> OurReaders.readAndType(ledgerFile, ledgerSpec, ledgerSheet)));
                DatabaseFloor ledgerFloor = new DatabaseFloor(jdbc, transaction, batches, ledgerSpec);
                stages.add(new Stage(LEDGER_FLOOR, ledgerFloor::prepare,
                        () -> ledgerFloor.loadFile(ledgerFile, ledgerSheet), ledgerFloor::cleanUp));
                stages.add(ledger.load(LEDGER_LOAD));
                stages.add(ledger.readBack(LEDGER_READ_BACK));
                stages.add(ledger.reconciliation(LEDGER_RECONCILIATION));
                stages.add(ledger.rematch(LEDGER_REMATCH));
            } else {
                out.println("ledger stages: skipped (--ledger-lines below zero)");
            }
            if (!onlyStages.isEmpty()) {
                stages.removeIf(stage -> !onlyStages.contains(stage.name()));
            }
            // the reading stages each in a JVM of its own (see ReadStageMain); this one runs none of their code
            Map<String, StageResult> byName = new HashMap<>();
            Set<String> reading = readingStages.stream().map(Stage::name).collect(Collectors.toSet());
            ForkedStage forked = new ForkedStage(rows, runs, options.forks());
            QuietServer server = new QuietServer(jdbc, options.mysql());
            for (Stage stage : stages) {
                if (reading.contains(stage.name())) {
                    long stageBegan = System.nanoTime();
                    byName.put(stage.name(), forked.time(stage.name(), file));
                    progress(progress, stage.name(), stageBegan, began);
                }
            }
            for (Stage stage : stages.stream().filter(stage -> !reading.contains(stage.name())).toList()) {
                long stageBegan = System.nanoTime();
                Stage settled = server.settled(stage);
                byName.put(stage.name(), stage.name().startsWith("ledger") ? ledgerTimer.time(settled) : timer.time(settled));
                progress(progress, stage.name(), stageBegan, began);
            }
            for (String reconciliation : List.of(LEDGER_RECONCILIATION, LEDGER_REMATCH)) {
                StageResult reconciled = byName.get(reconciliation);
                if (reconciled != null && reconciled.finished()) {
                    byName.put(reconciliation, reconciled.withNote(ledger.note(reconciliation, runs)));
                }
            }
            if (ledger != null) {
                ledger.close();
            }
            List<StageResult> results = stages.stream().map(stage -> byName.get(stage.name())).toList();
            StartupStage.Result started = null;
            if (onlyStages.isEmpty() || onlyStages.contains(StartupStage.NAME)) {
                long stageBegan = System.nanoTime();
                try {
                    started = startup.measure(out);
                } catch (IOException e) {
                    // the table of the other stages is still worth its minutes
                    out.println("check start-up: failed: " + e.getMessage());
                }
                progress(progress, StartupStage.NAME, stageBegan, began);
            }
            new BenchTable(results, started).print(out);
            if (server.describe() != null) {
                out.println(server.describe());
            }
            return results.stream().filter(r -> r.name().startsWith("ours")).allMatch(StageResult::finished) ? 0 : 1;
        } finally {
            if (ledger != null) {
                ledger.close();
            }
            DeletedTree.delete(dir);
        }
    }

    private static void progress(PrintStream progress, String stage, long stageBegan, long began) {
        long now = System.nanoTime();
        progress.printf(Locale.ROOT, "returns-bench: %s done in %.1f s (%.0f s since the start)%n", stage,
                (now - stageBegan) / 1e9, (now - began) / 1e9);
    }

    private static Path generatedLedger(int lines, Path tempDir, String filesDir, PrintStream out) throws IOException {
        Path file = (filesDir.isBlank() ? tempDir : Path.of(filesDir))
                .resolve("finance-spend-" + LedgerStages.PERIOD + "-benchmark-" + lines + ".csv");
        if (!filesDir.isBlank() && Files.exists(file)) {
            out.printf("reusing %s: %,d bytes%n", file, Files.size(file));
            return file;
        }
        long start = System.nanoTime();
        Path partial = new SpendLedgerGenerator(YearMonth.parse(LedgerStages.PERIOD))
                .generate(file.resolveSibling(file.getFileName() + ".part"), lines);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        out.printf("generated a ledger of %,d lines in %.1f s: %,d bytes%n", lines, (System.nanoTime() - start) / 1e9,
                Files.size(file));
        return file;
    }

    private static Path generatedFile(BenchmarkReturnGenerator generator, int rows, Path tempDir, String filesDir,
                                      PrintStream out)
            throws IOException {
        // a million rows take about 20 s to write (in flat memory), so a kept file may still be reused
        Path file = (filesDir.isBlank() ? tempDir : Path.of(filesDir))
                .resolve("resources-procurement-2016-01-benchmark-" + rows + ".xlsx");
        if (!filesDir.isBlank() && Files.exists(file)) {
            out.printf("reusing %s: %,d bytes%n", file, Files.size(file));
            return file;
        }
        long start = System.nanoTime();
        Path partial = generator.generate(file.resolveSibling(file.getFileName() + ".part"), rows, "Benchmark");
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        out.printf("generated %,d rows in %.1f s: %,d bytes%n", rows, (System.nanoTime() - start) / 1e9, Files.size(file));
        return file;
    }

    /** The database family (h2 or mysql, which covers MariaDB) and product, from the connection's metadata. */
    private String database() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String url = meta.getURL();
            String family = url.startsWith("jdbc:h2:") ? "h2"
                    : url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:") ? "mysql" : url.split(":")[1];
            return family + " (" + meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + ")";
        }
    }
}
