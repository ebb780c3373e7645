package uk.gov.bestvalue.returns.reconcile;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.bestvalue.returns.ReturnsPipelineApplication;
import uk.gov.bestvalue.returns.batch.MonthlyRuns;

/**
 * Not a test: a measurement. Generates 10,000 contracts (five directorates' current returns) and a ledger of
 * 1,000,000 payment lines for January 2016 (about four in five to contracted suppliers, by company number or
 * by name), then runs the monthly job and prints the match step's time and rate and the peak heap used.
 * Run with the database of your choice, e.g. an H2 file:
 * {@code java -Xmx1g -cp ... ReconcileScaleMeasurement --spring.datasource.url=jdbc:h2:file:/tmp/scale/db;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE}
 */
public final class ReconcileScaleMeasurement {

    private static final int CONTRACTS = 10_000;
    private static final int PAYMENTS = 1_000_000;
    private static final String[] DIRECTORATES = {"resources", "childrens", "adults", "place", "health"};
    private static final String[] DEPARTMENTS = {"Resources", "Children's Services", "Adult Social Care",
            "Development and Renewal", "Public Health"};

    private ReconcileScaleMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(args));
        arguments.add("--pipeline.folders.outbox=" + System.getProperty("java.io.tmpdir") + "/scale-outbox");
        arguments.add("--logging.level.uk.gov.bestvalue.returns=INFO");
        try (ConfigurableApplicationContext context = SpringApplication.run(ReturnsPipelineApplication.class,
                arguments.toArray(String[]::new))) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long started = System.nanoTime();
            if (jdbc.queryForObject("SELECT COUNT(*) FROM payment_fact", Long.class) < PAYMENTS) {
                generate(jdbc); // a second run on the same database measures again without generating
            }
            System.out.printf("generated %,d contracts and %,d payments in %,d ms%n", CONTRACTS, PAYMENTS,
                    (System.nanoTime() - started) / 1_000_000);
            clearResults(jdbc);
            System.gc();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long before = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(before);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long jobStart = System.nanoTime();
            JobExecution execution = context.getBean(MonthlyRuns.class).launch("2016-01");
            long jobMillis = (System.nanoTime() - jobStart) / 1_000_000;
            sampler.interrupt();
            for (StepExecution step : execution.getStepExecutions()) {
                long millis = java.time.Duration.between(step.getStartTime(), step.getEndTime()).toMillis();
                System.out.printf("%-26s read %,9d written %,9d in %,7d ms%n", step.getStepName(), step.getReadCount(),
                        step.getWriteCount(), millis);
            }
            System.out.printf("monthly job %s in %,d ms; heap used before %,d MB, peak %,d MB (max %,d MB)%n",
                    execution.getStatus(), jobMillis, before >> 20, peak.get() >> 20,
                    memory.getHeapMemoryUsage().getMax() >> 20);
            System.out.println(jdbc.queryForList("SELECT directorate_id, payments, off_contract_payments, "
                    + "off_contract_share, status FROM reconciliation_kpi WHERE period = '2016-01'"));
        }
    }

    private static void generate(JdbcTemplate jdbc) {
        clearResults(jdbc);
        generateFacts(jdbc);
    }

    private static void clearResults(JdbcTemplate jdbc) {
        for (String table : new String[] {"payment_match", "payment_total", "contract_overspend", "reconciliation_kpi", "monthly_run"}) {
            jdbc.update("DELETE FROM " + table);
        }
        jdbc.update("DELETE FROM finding WHERE monthly_period IS NOT NULL");
    }

    private static void generateFacts(JdbcTemplate jdbc) {
        Random random = new Random(42);
        int perDirectorate = CONTRACTS / DIRECTORATES.length;
        for (int d = 0; d < DIRECTORATES.length; d++) {
            long batch = batch(jdbc, "scale-" + DIRECTORATES[d] + "-procurement-2016-01.xlsx", "procurement-contracts",
                    DIRECTORATES[d]);
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < perDirectorate; i++) {
                int supplier = d * perDirectorate + i;
                String number = supplier % 2 == 0 ? String.format("%08d", 10_000_000 + supplier) : null;
                rows.add(new Object[] {batch, "Contracts", i + 2, DIRECTORATES[d] + "-" + supplier, supplierName(supplier),
                        number, BigDecimal.valueOf(50_000 + random.nextInt(1_000_000)), Date.valueOf(LocalDate.of(2015, 4, 1)),
                        Date.valueOf(LocalDate.of(2018, 3, 31)),
                        number != null ? "ch:" + number : "name:" + uk.gov.bestvalue.returns.keys.SupplierKey
                                .normalisedName(supplierName(supplier))});
            }
            jdbc.batchUpdate("INSERT INTO contract_fact (load_batch_id, source_sheet, source_row, contract_reference, "
                    + "supplier_name, supplier_company_number, total_value, start_date, end_date, supplier_key) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        }
        long ledger = batch(jdbc, "scale-finance-spend-2016-01.csv", "spend-ledger", "finance");
        List<Object[]> rows = new ArrayList<>(10_000);
        for (int i = 0; i < PAYMENTS; i++) {
            int supplier = random.nextInt(CONTRACTS + CONTRACTS / 4); // a fifth of the suppliers have no contract
            int directorate = random.nextInt(DIRECTORATES.length);
            boolean withNumber = supplier % 2 == 0 && random.nextBoolean();
            String number = withNumber ? String.format("%08d", 10_000_000 + supplier) : null;
            String name = supplierName(supplier).toUpperCase();
            rows.add(new Object[] {ledger, "finance-spend", i + 2, Date.valueOf(LocalDate.of(2016, 1, 1 + random.nextInt(31))),
                    name, BigDecimal.valueOf(500 + random.nextInt(50_000)), DEPARTMENTS[directorate], "Services",
                    number, number != null ? "ch:" + number
                    : "name:" + uk.gov.bestvalue.returns.keys.SupplierKey.normalisedName(name)});
            if (rows.size() == 10_000) {
                insertPayments(jdbc, rows);
            }
        }
        insertPayments(jdbc, rows);
    }

    private static void insertPayments(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO payment_fact (load_batch_id, source_sheet, source_row, payment_date, supplier_name, "
                + "amount, department, expense_type, supplier_company_number, supplier_key) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        rows.clear();
    }

    private static String supplierName(int supplier) {
        // a distinct made-up first word per supplier, as real supplier names mostly have
        String[] syllables = {"ka", "lo", "mi", "ne", "ru", "sa", "te", "vi", "zo", "ba"};
        StringBuilder word = new StringBuilder();
        for (int n = supplier; n > 0 || word.isEmpty(); n /= 10) {
            word.append(syllables[n % 10]);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1) + " Services Ltd";
    }

    private static long batch(JdbcTemplate jdbc, String file, String returnType, String directorate) {
        jdbc.update("INSERT INTO load_batch (file_name, sha256, file_bytes, received_at, status, return_type, "
                        + "directorate_id, period) VALUES (?, ?, 0, ?, 'CURRENT', ?, ?, '2016-01')", file,
                String.format("%064d", Math.abs(file.hashCode())), Timestamp.valueOf(LocalDateTime.now()), returnType,
                directorate);
        return jdbc.queryForObject("SELECT MAX(load_batch_id) FROM load_batch WHERE file_name = ?", Long.class, file);
    }
}
