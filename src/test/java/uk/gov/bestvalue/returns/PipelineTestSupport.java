package uk.gov.bestvalue.returns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnSpec;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What the integration and functional tests share: folders of their own under a temporary directory,
 * a clean warehouse (the same database server is reused between runs), and the sample files.
 */
public final class PipelineTestSupport {

    /** The sample month the demo runs on. */
    public static final Path SAMPLES = Path.of("input-samples");

    private PipelineTestSupport() {
    }

    /** Points the pipeline's folders at a fresh temporary directory. */
    public static Path useTemporaryFolders(DynamicPropertyRegistry registry) {
        try {
            Path root = Files.createTempDirectory("returns-pipeline-test");
            registry.add("pipeline.folders.inbox", () -> root.resolve("inbox").toString());
            registry.add("pipeline.folders.processing", () -> root.resolve("processing").toString());
            registry.add("pipeline.folders.archive", () -> root.resolve("archive").toString());
            registry.add("pipeline.folders.rejected", () -> root.resolve("rejected").toString());
            registry.add("pipeline.folders.outbox", () -> root.resolve("outbox").toString());
            registry.add("pipeline.folders.checked", () -> root.resolve("checked").toString());
            registry.add("pipeline.folders.reports", () -> root.resolve("reports").toString());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tables that loads and monthly runs fill besides the fact tables: KPIs, dimensions, results. */
    private static final String[] DERIVED_TABLES = {"milestone_kpi", "supplier", "recipient", "asset", "payment_match", "payment_total", "ledger_match",
        "contract_overspend", "reconciliation_kpi", "return_chase", "monthly_run", "reconciliation_notice", "outbox_email", "monthly_run_lock", "file_claim"};

    /**
     * Empties the warehouse: findings, every return type's fact table, KPIs, dimensions and the load
     * batches (not Spring Batch's tables: job instances are keyed by load batch id, which never repeats).
     */
    public static void cleanWarehouse(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM finding").update();
        jdbc.sql("DELETE FROM load_batch_column").update();
        for (ReturnSpec spec : ReturnCatalog.load(new JobDefinitions(Path.of("jobs"))).specs()) {
            jdbc.sql("DELETE FROM " + spec.table()).update();
        }
        for (String table : DERIVED_TABLES) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("DELETE FROM load_batch").update();
    }

    /** Empties folders left by an earlier test of the same class. */
    public static void emptyFolders(Path... roots) {
        for (Path root : roots) {
            if (Files.exists(root)) {
                try (var paths = Files.walk(root)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(root)).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** Copies a sample into a folder, as a lead dropping it would. */
    public static Path drop(String sample, Path folder) {
        try {
            Files.createDirectories(folder);
            return Files.copy(SAMPLES.resolve(sample), folder.resolve(sample), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
