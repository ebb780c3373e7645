package uk.gov.bestvalue.returns.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.reconcile.ReconcileSettings;
import uk.gov.bestvalue.returns.report.dashboard.ProcurementDashboards;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;

/**
 * The monthly monitoring pack for the programme office and the Best Value Board: reads the warehouse for a period
 * and writes {@code <reportsRoot>/<period>/monitoring-pack.xlsx} (tables and charts) and
 * {@code monitoring-pack.html} (one self-contained page), replacing those of an earlier run.
 */
@Component
public class MonitoringPack {

    private static final Logger log = LoggerFactory.getLogger(MonitoringPack.class);

    private final JdbcClient jdbc;
    private final PackReader reader;
    private final PackTables tables;
    private final String council;

    public MonitoringPack(JdbcClient jdbc, TransactionTemplate transaction, RuleSettings rules,
                          ReconcileSettings reconcile, OwnersDirectory owners, ReturnCatalog catalog,
                          ProcurementDashboards dashboards, ObjectProvider<Clock> clock, @Value("${pipeline.report.council:Example Borough Council}") String council) {
        this.jdbc = jdbc;
        this.reader = new PackReader(jdbc, transaction, rules, reconcile, owners, catalog, dashboards,
                clock.getIfAvailable(Clock::systemDefaultZone));
        this.tables = new PackTables(reconcile, rules);
        this.council = council;
    }

    /**
     * Whether the warehouse has anything for the period ({@code yyyy-MM}): a return loaded for it, a payment or a
     * receipt dated in it, or a monthly run of it. A pack of a month without any would be empty tables.
     */
    public boolean hasData(String period) {
        YearMonth month = YearMonth.parse(period);
        return jdbc.sql("""
                SELECT CASE WHEN EXISTS (SELECT 1 FROM load_batch WHERE period = ? AND status = 'CURRENT')
                              OR EXISTS (SELECT 1 FROM monthly_run WHERE period = ?)
                              OR EXISTS (SELECT 1 FROM payment_fact WHERE payment_date BETWEEN ? AND ?)
                              OR EXISTS (SELECT 1 FROM receipt_fact WHERE receipt_date BETWEEN ? AND ?)
                            THEN 1 ELSE 0 END""")
                .params(period, period, java.sql.Date.valueOf(month.atDay(1)), java.sql.Date.valueOf(month.atEndOfMonth()),
                        java.sql.Date.valueOf(month.atDay(1)), java.sql.Date.valueOf(month.atEndOfMonth()))
                .query(Integer.class).single() == 1;
    }

    /** Writes the pack of a period ({@code yyyy-MM}) under {@code reportsRoot}; the two files written. */
    public MonitoringPackFiles write(String period, Path reportsRoot) {
        long started = System.nanoTime();
        PackData data = reader.read(council, YearMonth.parse(period));
        List<Section> sections = tables.sections(data);
        try {
            Path folder = reportsRoot.resolve(period);
            Files.createDirectories(folder);
            MonitoringPackFiles files = new MonitoringPackFiles(folder.resolve("monitoring-pack.xlsx"),
                    folder.resolve("monitoring-pack.html"));
            PackWorkbook workbook = new PackWorkbook(data, sections);
            replace(files.workbook(), workbook::write);
            byte[] html = new PackHtml(data, sections).render().getBytes(StandardCharsets.UTF_8);
            replace(files.html(), out -> out.write(html));
            log.info("Monitoring pack {}: {} plan areas, {} source files, written to {} in {} ms", period,
                    data.delivery().size(), data.sources().size(), folder, (System.nanoTime() - started) / 1_000_000);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the monitoring pack of " + period + " under " + reportsRoot, e);
        }
    }

    /** What writes a file's content. */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes beside the file, then moves it into place: a reader sees the old pack or the new one, never half. */
    private static void replace(Path file, Content content) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            content.writeTo(out);
        }
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
