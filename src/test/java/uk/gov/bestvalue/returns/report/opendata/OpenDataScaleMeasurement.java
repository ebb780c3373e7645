package uk.gov.bestvalue.returns.report.opendata;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.bestvalue.returns.ReturnsPipelineApplication;
import uk.gov.bestvalue.returns.bench.HeapSampler;

/**
 * Not a test: a measurement. Generates current returns for January 2017 holding 100,000 contracts and 50,000 grants
 * (five directorates), writes the open-data exports and prints their time, sizes and the peak heap used.
 * Run with the database of your choice, e.g. an H2 file:
 * {@code java -Xmx256m -cp ... OpenDataScaleMeasurement --spring.datasource.url=jdbc:h2:file:/tmp/opendata/db;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE}
 */
public final class OpenDataScaleMeasurement {

    private static final String PERIOD = "2017-01";
    private static final int CONTRACTS = 100_000;
    private static final int GRANTS = 50_000;
    private static final String[] DIRECTORATES = {"resources", "childrens", "adults", "place", "health"};

    private OpenDataScaleMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = SpringApplication.run(ReturnsPipelineApplication.class, args)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            if (jdbc.queryForObject("SELECT COUNT(*) FROM load_batch WHERE period = ?", Long.class, PERIOD) == 0) {
                generate(jdbc); // a second run on the same database measures again without generating
            }
            Path folder = Files.createTempDirectory("open-data-scale");
            System.gc();
            HeapSampler heap = HeapSampler.start();
            long started = System.nanoTime();
            OpenDataFiles files = context.getBean(OpenDataExports.class).write(PERIOD, folder);
            long millis = (System.nanoTime() - started) / 1_000_000;
            heap.close();
            System.out.printf("%,d contracts and %,d grants exported in %,d ms; peak heap %,d MB (max %,d MB)%n",
                    files.contractCount(), files.grantCount(), millis, heap.peakBytes() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            for (Path file : List.of(files.contracts(), files.contractsLineage(), files.grantsSpreadsheet(),
                    files.grantsJson(), files.grantsLineage())) {
                System.out.printf("%-45s %,12d bytes%n", file.getFileName(), Files.size(file));
            }
        }
    }

    private static void generate(JdbcTemplate jdbc) {
        for (int d = 0; d < DIRECTORATES.length; d++) {
            long contractBatch = batch(jdbc, "procurement-contracts", DIRECTORATES[d]);
            long grantBatch = batch(jdbc, "grant-agreements", DIRECTORATES[d]);
            List<Object[]> contracts = new ArrayList<>();
            for (int i = d; i < CONTRACTS; i += DIRECTORATES.length) {
                contracts.add(new Object[] {contractBatch, "Contracts", i + 2, "C-" + i, "Contract number " + i
                        + ", with a comma", "Supplier " + (i % 7_000) + " Ltd", String.valueOf(1_000_000 + i % 7_000),
                        i % 3 == 0, i % 5 == 0, BigDecimal.valueOf(1_000 + (i * 37L) % 900_000, 0),
                        Date.valueOf(LocalDate.of(2015, 4, 1)), Date.valueOf(LocalDate.of(2018, 3, 31)),
                        i % 4 == 0 ? "Quotation" : "Open", "Services"});
            }
            jdbc.batchUpdate("INSERT INTO contract_fact (load_batch_id, source_sheet, source_row, contract_reference, "
                    + "title, supplier_name, supplier_company_number, sme, vcse, total_value, start_date, end_date, "
                    + "procurement_route, category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", contracts);
            List<Object[]> grants = new ArrayList<>();
            for (int i = d; i < GRANTS; i += DIRECTORATES.length) {
                grants.add(new Object[] {grantBatch, "Grants", i + 2, "G-" + i, "Project " + i, "Programme " + (i % 10),
                        "Recipient organisation " + i, i % 2 == 0 ? String.valueOf(1_100_000 + i) : null,
                        i % 3 == 0 ? String.valueOf(5_000_000 + i) : null, BigDecimal.valueOf(500 + (i * 13L) % 200_000, 0),
                        Date.valueOf(LocalDate.of(2016, 3, 5)), "Ward " + (i % 20)});
            }
            jdbc.batchUpdate("INSERT INTO grant_fact (load_batch_id, source_sheet, source_row, grant_reference, title, "
                    + "programme, recipient_name, recipient_charity_number, recipient_company_number, amount_awarded, "
                    + "award_date, beneficiary_ward) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", grants);
        }
    }

    private static long batch(JdbcTemplate jdbc, String returnType, String directorate) {
        jdbc.update("INSERT INTO load_batch (file_name, sha256, file_bytes, received_at, finished_at, status, return_type, "
                        + "directorate_id, period) VALUES (?, ?, 0, ?, ?, 'CURRENT', ?, ?, ?)",
                directorate + "-" + returnType + "-" + PERIOD + ".xlsx", "0".repeat(64), Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()), returnType, directorate, PERIOD);
        return jdbc.queryForObject("SELECT MAX(load_batch_id) FROM load_batch", Long.class);
    }
}
