package uk.gov.bestvalue.returns.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;
import uk.gov.bestvalue.returns.cli.MonthlyCommand;

/**
 * The monthly job on the sample month: every sample loaded, then January 2016 reconciled; the figures are those of
 * {@code input-samples/reconciliation.md}, a re-run replaces them, and a run that fails part-way restarts where it
 * stopped without duplicates.
 */
@SpringBootTest
class MonthlyJobIntegrationTests extends PipelineIntegrationTest {

    /** The reconciliation's tables; PipelineTestSupport.cleanWarehouse does not know them (yet). */
    static final String[] TABLES = {"payment_match", "payment_total", "ledger_match", "contract_overspend", "reconciliation_kpi", "return_chase",
            "monthly_run", "reconciliation_notice"};

    /** input-samples/reconciliation.md's figures, line by line. */
    static final List<String> EXPECTED_FIGURES = List.of(
            "R1,finance-spend-2016-01.csv,'finance-spend-2016-01'!D14,finance-spend-2016-01.csv,14,adults",
            "R1,finance-spend-2016-01.csv,'finance-spend-2016-01'!D17,finance-spend-2016-01.csv,17,place",
            "R1,finance-spend-2016-01.csv,'finance-spend-2016-01'!D18,finance-spend-2016-01.csv,18,place",
            "R1,finance-spend-2016-01.csv,'finance-spend-2016-01'!D20,finance-spend-2016-01.csv,20,health",
            "R1,finance-spend-2016-01.csv,'finance-spend-2016-01'!D6,finance-spend-2016-01.csv,6,resources",
            "R1,finance-spend-2016-01.csv,'finance-spend-2016-01'!D9,finance-spend-2016-01.csv,9,childrens",
            "R2,health-procurement-2016-01.csv,'health-procurement-2016-01'!H6,finance-spend-2016-01.csv,22,health",
            "R3,childrens-grants-2016-01.xlsx,Grants!H6,finance-spend-2016-01.csv,11,childrens",
            "R3,childrens-grants-2016-01.xlsx,Grants!M3,finance-spend-2016-01.csv,10,childrens",
            "R3,finance-spend-2016-01.csv,'finance-spend-2016-01'!D15,finance-spend-2016-01.csv,15,adults",
            "R4,finance-receipts-2016-01.csv,'finance-receipts-2016-01'!F5,finance-receipts-2016-01.csv,5,place",
            "R4,resources-disposals-2016-01.xlsx,Disposals!P4,null,null,resources",
            "R4,resources-disposals-2016-01.xlsx,Disposals!P8,finance-receipts-2016-01.csv,4,resources",
            "R5,health-procurement-2015-12.csv,'health-procurement-2015-12'!A10,null,null,health",
            "R5,health-procurement-2016-01.csv,'health-procurement-2016-01'!H9,null,null,health",
            // the lines kept one by one (the off-contract ones are their R1 findings): the similar-name match, the grants
            "match,Officeline Suplies Ltd,contract,name-similar,RES-2015-027",
            "match,Poplar Youth Forum,grant,name-exact,CSF-MGP-012",
            "match,Bromley-by-Bow Girls FC CIO,grant,name-exact,CSF-CC-007",
            "match,Bethnal Green Men's Shed,grant,none,null",
            "match,Tower Voluntary Action,grant,company-number,RES-MGP-002",
            // every line, summed by what it was matched to (reconciliation.md's table, line by line)
            "total,contract,company-number,adults,ASC-2014-012,1,112500.00",
            "total,contract,company-number,childrens,CSF-2015-027,1,12083.33",
            "total,contract,company-number,health,PH-2015-008,1,66666.67",
            "total,contract,company-number,health,PH-2015-021,1,13400.00",
            "total,contract,company-number,place,PL-2015-101,1,300000.00",
            "total,contract,company-number,resources,RES-2015-004,1,80000.00",
            "total,contract,name-exact,adults,ASC-2016-002,1,21600.00",
            "total,contract,name-exact,childrens,CSF-2015-018,1,24600.00",
            "total,contract,name-exact,health,PH-2015-027,1,3041.67",
            "total,contract,name-exact,resources,RES-2015-004,1,12500.00",
            "total,contract,name-exact,resources,RES-2015-017,1,3200.00",
            "total,contract,name-similar,resources,RES-2015-027,1,1150.40",
            "total,contract,none,adults,null,1,18950.00",
            "total,contract,none,childrens,null,1,6480.00",
            "total,contract,none,health,null,1,80000.00",
            "total,contract,none,place,null,2,108366.67",
            "total,contract,none,resources,null,1,2340.00",
            "total,grant,company-number,resources,RES-MGP-002,1,15000.00",
            "total,grant,name-exact,childrens,CSF-CC-007,1,3500.00",
            "total,grant,name-exact,childrens,CSF-MGP-012,1,5000.00",
            "total,grant,none,adults,null,1,2500.00",
            "kpi,adults,3,153050.00,1,18950.00,0.1238,AMBER",
            "kpi,childrens,3,43163.33,1,6480.00,0.1501,RED",
            "kpi,health,4,163108.34,1,80000.00,0.4905,RED",
            "kpi,place,3,408366.67,2,108366.67,0.2654,RED",
            "kpi,resources,5,99190.40,1,2340.00,0.0236,GREEN",
            "R2,health,PH-2015-021,12000.00,13400.00",
            "R6,adults,property-disposals",
            "R6,health,grant-agreements",
            "R6,health,property-disposals");

    @Autowired
    MonthlyCommand monthly;

    @Autowired
    ReconciliationNotifier notifier;

    @BeforeEach
    @AfterEach
    void cleanReconciliation() {
        for (String table : TABLES) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("DELETE FROM finding WHERE monthly_period IS NOT NULL").update();
    }

    @Test
    void reconcilesTheSampleMonthAndReplacesItsResultsOnARerun() throws IOException {
        // given the sample month loaded
        loadSamples();

        // when the monthly job runs for January 2016
        String summary = run("2016-01");

        // then each rule's figures are those of reconciliation.md
        List<String> first = figures();
        assertThat(first).containsExactlyElementsOf(EXPECTED_FIGURES);
        // and the summary shows the off-contract table and the counts per rule
        assertThat(summary).contains("health", "163,108.34", "80,000.00", "49.1%", "RED")
                .contains("R1 off-contract 6, R2 overspent 1, R3 grant payments 3, R4 receipts/disposals 3, "
                        + "R5 month on month 2, R6 returns chased 3");
        // and each directorate's owners hear of their own findings only, with the ledger lines
        String health = Files.readString(outbox("reconciliation-2016-01-health").get(0));
        assertThat(health).contains("PH-2015-021", "finance-spend-2016-01.csv").doesNotContain("RES-DSP-15-013");
        int told = outbox("reconciliation-2016-01-").size();
        assertThat(told).isGreaterThanOrEqualTo(4);
        // and a second run gives the same figures, with nothing duplicated and nothing chased or told twice
        int emails = outboxCount();
        run("2016-01");
        assertThat(figures()).containsExactlyElementsOf(first);
        assertThat(outboxCount()).isEqualTo(emails);
        assertThat(outbox("reconciliation-2016-01-")).hasSize(told);
        assertThat(count("SELECT COUNT(*) FROM monthly_run WHERE period = '2016-01' AND status = 'COMPLETED'")).isEqualTo(2);
    }

    @Test
    void aRunThatFailsPartWayRestartsWhereItStoppedWithoutDuplicates() throws IOException {
        // given the sample month loaded, and a database that refuses R4's findings (an outage part-way through)
        loadSamples();
        jdbc.sql("ALTER TABLE finding ADD CONSTRAINT ck_test_monthly_outage CHECK (rule_id <> 'R4')").update();
        int failed;
        try {
            // when the monthly job runs
            failed = monthly.run("2016-01", new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        } finally {
            jdbc.sql("ALTER TABLE finding DROP CONSTRAINT ck_test_monthly_outage").update();
        }

        // then it fails at R4, with R1-R3 done
        assertThat(failed).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM monthly_run WHERE period = '2016-01' AND status = 'FAILED'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM finding WHERE monthly_period = '2016-01' AND rule_id IN ('R4', 'R5')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM finding WHERE monthly_period = '2016-01' AND rule_id = 'R3'")).isEqualTo(3);

        // when it is run again once the database has recovered
        run("2016-01");

        // then the same job instance was restarted, and finished with every figure once
        assertThat(count("SELECT COUNT(DISTINCT e.job_instance_id) FROM monthly_run r "
                + "JOIN BATCH_JOB_EXECUTION e ON e.job_execution_id = r.job_execution_id WHERE r.period = '2016-01'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION s JOIN monthly_run r ON r.job_execution_id = s.job_execution_id "
                + "WHERE s.step_name = 'monthlyMatchStep'")).as("the match step is not run again").isEqualTo(1);
        assertThat(figures()).containsExactlyElementsOf(EXPECTED_FIGURES);
    }

    @Test
    void aLedgerLoadedAfterItsMonthsReturnsIsMatchedAsItLoadsAndKeptUntilAReturnChanges() throws IOException {
        // given every return of the sample month loaded, then the spend ledger
        List<Path> returns = new ArrayList<>();
        try (Stream<Path> samples = Files.list(PipelineTestSupport.SAMPLES)) {
            samples.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".md") && !n.startsWith("finance-spend"))
                    .filter(n -> Files.isRegularFile(PipelineTestSupport.SAMPLES.resolve(n))).sorted()
                    .forEach(n -> returns.add(PipelineTestSupport.drop(n, folders.inbox())));
        }
        poller.processNow(returns);
        poller.processNow(List.of(PipelineTestSupport.drop("finance-spend-2016-01.csv", folders.inbox())));
        assertThat(ledgerMatchedAt()).as("matched as it loaded").isNotNull();
        backdateLedgerMatch();

        // when the monthly job runs
        run("2016-01");

        // then it kept the ledger's match (not made again: still the backdated one), and the figures are
        // reconciliation.md's
        assertThat(ledgerMatchedAt()).isEqualTo(BACKDATED);
        assertThat(figures()).containsExactlyElementsOf(EXPECTED_FIGURES);

        // when health sends its contracts return again (the same contracts, resaved) and the month is run again
        resubmit("health-procurement-2016-01.csv");
        run("2016-01");

        // then the ledger was matched again, against the new return, with the same figures
        assertThat(ledgerMatchedAt()).isNotEqualTo(BACKDATED);
        assertThat(figures()).containsExactlyElementsOf(EXPECTED_FIGURES);

        // and when finance re-exports the ledger, the month counts the new export's lines only, matched as it loaded
        resubmit("finance-spend-2016-01.csv");
        assertThat(count("SELECT COUNT(*) FROM payment_total t JOIN load_batch b ON b.load_batch_id = "
                + "t.ledger_load_batch_id WHERE t.period = '2016-01' AND b.status <> 'CURRENT'")).isZero();
        backdateLedgerMatch();
        run("2016-01");
        assertThat(ledgerMatchedAt()).isEqualTo(BACKDATED);
        assertThat(figures()).containsExactlyElementsOf(EXPECTED_FIGURES);
        assertThat(count("SELECT COUNT(*) FROM ledger_match WHERE period = '2016-01'")).isEqualTo(1);
    }

    @Test
    void aMonthReconciledBeforeMatchesWereKeptByLedgerIsMatchedAgainOnItsNextRun() throws IOException {
        // given the sample month reconciled, then left as V12 leaves a month reconciled before it: totals of no
        // ledger (lines since deleted), and the ledger's month recorded as still to be matched
        loadSamples();
        run("2016-01");
        jdbc.sql("UPDATE payment_total SET ledger_load_batch_id = NULL").update();
        jdbc.sql("UPDATE ledger_match SET basis = NULL, matched_at = NULL").update();

        // when the month is run again
        run("2016-01");

        // then nothing is counted twice and the figures are reconciliation.md's
        assertThat(figures()).containsExactlyElementsOf(EXPECTED_FIGURES);
        assertThat(count("SELECT COUNT(*) FROM payment_total WHERE ledger_load_batch_id IS NULL")).isZero();
    }

    private static final String BACKDATED = "2000-01-01 00:00:00.0";

    /** Dates the ledger's January match in the past, so that a match made again is told apart. */
    private void backdateLedgerMatch() {
        jdbc.sql("UPDATE ledger_match SET matched_at = ? WHERE period = '2016-01'")
                .param(java.sql.Timestamp.valueOf(BACKDATED)).update();
    }

    /** When the current ledger's January match was made (null while still to be made). */
    private String ledgerMatchedAt() {
        return jdbc.sql("SELECT m.matched_at FROM ledger_match m JOIN load_batch b ON b.load_batch_id = m.load_batch_id "
                        + "WHERE b.status = 'CURRENT' AND m.period = '2016-01' AND m.basis IS NOT NULL")
                .query((rs, n) -> String.valueOf(rs.getTimestamp(1))).optional().orElse(null);
    }

    /** Sends a sample again, resaved (a blank line more), so that it is a new file with the same rows. */
    private void resubmit(String sample) throws IOException {
        Path file = folders.inbox().resolve(sample);
        Files.write(file, Files.readAllBytes(PipelineTestSupport.SAMPLES.resolve(sample)));
        Files.write(file, "\r\n".getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.APPEND);
        assertThat(poller.processNow(List.of(file))).singleElement()
                .satisfies(outcome -> assertThat(outcome.status()).startsWith("loaded"));
    }

    @Test
    void aMatchThatFailsIsRedoneFromTheStartOnRestartWithEveryLineOnce() throws IOException {
        // given the sample month loaded, and a database that refuses the R1 finding of ledger line 20
        loadSamples();
        // (the ledger's match made as it loaded, before the other returns, has that finding already: a constraint
        // is checked against the rows already there)
        jdbc.sql("DELETE FROM finding WHERE rule_id = 'R1' AND ledger_row = 20").update();
        jdbc.sql("ALTER TABLE finding ADD CONSTRAINT ck_test_match_outage CHECK (NOT (rule_id = 'R1' AND ledger_row = 20))")
                .update();
        int failed;
        try {
            // when the monthly job runs
            failed = monthly.run("2016-01", new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        } finally {
            jdbc.sql("ALTER TABLE finding DROP CONSTRAINT ck_test_match_outage").update();
        }

        // then the match failed before its totals (written last) and with no R2 after it
        assertThat(failed).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM payment_total WHERE period = '2016-01'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM finding WHERE monthly_period = '2016-01' AND rule_id = 'R2'")).isZero();

        // when it is run again, then every line is matched and summed once
        run("2016-01");
        assertThat(figures()).containsExactlyElementsOf(EXPECTED_FIGURES);
        assertThat(count("SELECT SUM(payments) FROM payment_total WHERE period = '2016-01'"))
                .isEqualTo(count("SELECT COUNT(*) FROM payment_fact p JOIN load_batch b ON b.load_batch_id = p.load_batch_id "
                        + "WHERE b.status = 'CURRENT' AND p.payment_date BETWEEN '2016-01-01' AND '2016-01-31'"));
    }

    @Test
    void aDirectorateWithManyFindingsGetsTheFirstFiftyListedAndEveryOneInTheAttachedCsv() throws IOException {
        // given the sample month reconciled, and 120 more off-contract lines for health in the finding table
        loadSamples();
        run("2016-01");
        long ledger = count("SELECT load_batch_id FROM load_batch WHERE file_name = 'finance-spend-2016-01.csv' "
                + "AND status = 'CURRENT'");
        for (int row = 1000; row < 1120; row++) {
            jdbc.sql("INSERT INTO finding (load_batch_id, rule_id, severity, source_sheet, source_row, source_column, "
                            + "cell_ref, field_name, message, monthly_period, ledger_load_batch_id, ledger_file, "
                            + "ledger_sheet, ledger_row, monthly_directorate_id) VALUES (?, 'R1', 'error', "
                            + "'finance-spend-2016-01', ?, 'D', ?, 'amount', ?, '2016-01', ?, "
                            + "'finance-spend-2016-01.csv', 'finance-spend-2016-01', ?, 'health')")
                    .params(ledger, row, "D" + row, "Off-contract spend on line " + row + ".", ledger, row).update();
        }

        // when the owners are told again (the findings changed)
        int sent = notifier.run("2016-01");

        // then health's email counts every finding, lists fifty, and attaches a CSV with a line for each
        assertThat(sent).isEqualTo(1);
        var email = jdbc.sql("SELECT subject, body_text, attachment_path, attachment_name FROM outbox_email "
                        + "WHERE email_key LIKE 'reconciliation-2016-01-health-%' ORDER BY outbox_email_id DESC")
                .query((rs, n) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list().get(0);
        int findings = count("SELECT COUNT(*) FROM finding WHERE monthly_period = '2016-01' "
                + "AND monthly_directorate_id = 'health'");
        assertThat(findings).isGreaterThan(120);
        assertThat(email.get(0)).contains(findings + " finding(s)");
        assertThat(email.get(1)).contains("The first 50 are below; the attached CSV lists them all");
        assertThat(email.get(1).lines().filter(l -> l.startsWith("- R"))).hasSize(ReconciliationNotifier.LISTED);
        assertThat(email.get(3)).isEqualTo("reconciliation-2016-01-health.csv");
        List<String> csv = Files.readAllLines(Path.of(email.get(2)), StandardCharsets.UTF_8);
        assertThat(csv).hasSize(1 + findings);
        assertThat(csv.get(0)).endsWith("Rule,Severity,File,Cell,Ledger file,Ledger sheet,Ledger row,Finding and what to do");
        assertThat(csv).anyMatch(l -> l.contains("Off-contract spend on line 1119."));
    }

    private String run(String period) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = monthly.run(period, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Every figure of the period, as lines: findings with their cells, matches, KPIs, overspends, chases. */
    List<String> figures() {
        List<String> lines = new ArrayList<>();
        lines.addAll(jdbc.sql("SELECT f.rule_id, b.file_name, f.cell_ref, f.ledger_file, f.ledger_row, f.monthly_directorate_id "
                        + "FROM finding f JOIN load_batch b ON b.load_batch_id = f.load_batch_id "
                        + "WHERE f.monthly_period = '2016-01' ORDER BY f.rule_id, b.file_name, f.cell_ref")
                .query((rs, n) -> String.join(",", rs.getString(1), rs.getString(2), rs.getString(3),
                        String.valueOf(rs.getString(4)), String.valueOf(rs.getObject(5)), String.valueOf(rs.getString(6))))
                .list());
        lines.addAll(jdbc.sql("SELECT p.supplier_name, m.kind, m.method, m.matched_reference FROM payment_match m "
                        + "JOIN payment_fact p ON p.payment_fact_id = m.payment_fact_id WHERE m.period = '2016-01' "
                        + "ORDER BY p.source_row")
                .query((rs, n) -> "match," + rs.getString(1) + "," + rs.getString(2) + "," + rs.getString(3) + ","
                        + rs.getString(4)).list());
        lines.addAll(jdbc.sql("SELECT kind, method, directorate_id, matched_reference, payments, amount FROM payment_total "
                        + "WHERE period = '2016-01' ORDER BY kind, method, directorate_id, matched_reference")
                .query((rs, n) -> "total," + rs.getString(1) + "," + rs.getString(2) + "," + rs.getString(3) + ","
                        + rs.getString(4) + "," + rs.getInt(5) + "," + rs.getBigDecimal(6)).list());
        lines.addAll(jdbc.sql("SELECT directorate_id, payments, spend, off_contract_payments, off_contract_spend, "
                        + "off_contract_share, status FROM reconciliation_kpi WHERE period = '2016-01' ORDER BY directorate_id")
                .query((rs, n) -> "kpi," + rs.getString(1) + "," + rs.getInt(2) + "," + rs.getBigDecimal(3) + ","
                        + rs.getInt(4) + "," + rs.getBigDecimal(5) + "," + rs.getBigDecimal(6) + "," + rs.getString(7))
                .list());
        lines.addAll(jdbc.sql("SELECT directorate_id, contract_reference, total_value, spent_to_date FROM contract_overspend "
                        + "WHERE period = '2016-01'")
                .query((rs, n) -> "R2," + rs.getString(1) + "," + rs.getString(2) + "," + rs.getBigDecimal(3) + ","
                        + rs.getBigDecimal(4)).list());
        lines.addAll(jdbc.sql("SELECT directorate_id, return_type FROM return_chase WHERE period = '2016-01' "
                        + "ORDER BY directorate_id, return_type")
                .query((rs, n) -> "R6," + rs.getString(1) + "," + rs.getString(2)).list());
        return lines;
    }

    private void loadSamples() throws IOException {
        dropEverySample();
    }

    private List<Path> outbox(String stem) throws IOException {
        try (Stream<Path> files = Files.list(folders.archive().getParent().resolve("outbox"))) {
            return files.filter(f -> f.getFileName().toString().contains(stem)).toList();
        }
    }

    private int outboxCount() throws IOException {
        Path outbox = folders.archive().getParent().resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return (int) files.filter(f -> f.getFileName().toString().contains("chase-")).count();
        }
    }
}
