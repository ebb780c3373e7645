package uk.gov.bestvalue.returns.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.bestvalue.returns.intake.InboxPoller;
import uk.gov.bestvalue.returns.intake.IntakeFolders;
import uk.gov.bestvalue.returns.intake.SubmissionOutcome;
import uk.gov.bestvalue.returns.reconcile.CurrentPayments;

/**
 * Stage 6, the ledger: the benchmark's N contracts current for a month of their own ({@link #PERIOD}), and a
 * spend ledger of 10 × N lines paying their suppliers. Timed: reading the ledger with our reader (the stages'
 * floor); loading it through the pipeline (intake, checks, {@code payment_fact}, and the match of its lines made as
 * it is published); reading the loaded lines back as a match does, and nothing else; reconciling the loaded month,
 * the monthly job's own steps that clear the period, match the lines (R1 for those off-contract; the match made at
 * intake is kept while the month's returns are unchanged) and find the overspent contracts (R2); and the same after
 * the month's returns have changed since the ledger's match, which makes the monthly run match every line again.
 */
final class LedgerStages implements AutoCloseable {

    /** A month of the benchmark's own, so that a real month's reconciliation is never cleared by it. */
    static final String PERIOD = "2017-06";

    private final InboxPoller poller;
    private final IntakeFolders folders;
    private final JdbcTemplate jdbc;
    private final CurrentPayments payments;
    private final JobOperator jobOperator;
    private final Job job;
    private final DatabaseFloor contracts;
    private final Path contractsFile;
    private final Path ledger;
    private final int contractRows;
    private final ContractRowValues values;
    /** Per reconciliation stage, the seconds of its match and R2 steps in each run, and its last run's record. */
    private final Map<String, List<Double>> matchSeconds = new HashMap<>();
    private final Map<String, List<Double>> overspendSeconds = new HashMap<>();
    private final Map<String, Map<String, Object>> lastRuns = new HashMap<>();
    private List<Long> currentBefore;
    private Path dropped;
    /** The ledger loaded for the reconciliation's runs (they match the same lines each time); null until then. */
    private Path loadedForReconciliation;
    /** How often the load stage runs, and how often it has: its last load is kept for the stages after it. */
    private final int loadRuns;
    private int loadsDone;

    LedgerStages(InboxPoller poller, IntakeFolders folders, JdbcTemplate jdbc, CurrentPayments payments,
                 JobRepository jobRepository,
                 JobOperator jobOperator, List<Step> steps, JobExecutionListener runListener, DatabaseFloor contracts,
                 Path contractsFile, ContractRowValues values, int contractRows, Path ledger, BenchRuns runs) {
        this.loadRuns = runs.total();
        this.poller = poller;
        this.folders = folders;
        this.jdbc = jdbc;
        this.payments = payments;
        this.jobOperator = jobOperator;
        JobBuilder builder = new JobBuilder("benchLedgerJob", jobRepository);
        builder.listener(runListener);
        var flow = builder.start(steps.get(0));
        for (Step step : steps.subList(1, steps.size())) {
            flow = flow.next(step);
        }
        this.job = flow.build();
        this.contracts = contracts;
        this.contractsFile = contractsFile;
        this.values = values;
        this.contractRows = contractRows;
        this.ledger = ledger;
    }

    /** Loading the ledger through the pipeline, as a finance lead's drop would be. */
    Stage load(String name) {
        return new Stage(name, () -> dropped = drop(), () -> loadDropped(dropped), this::cleanUpLoad);
    }

    /** Reading the loaded ledger's lines back from the warehouse, as the monthly match does, without matching them. */
    Stage readBack(String name) {
        return new Stage(name, this::loadOnce, this::readLinesBack, () -> { });
    }

    /**
     * Reconciling the loaded ledger, its returns unchanged since it was loaded: the monthly job's clear, match (R1)
     * and overspend (R2) steps.
     */
    Stage reconciliation(String name) {
        return new Stage(name, this::loadOnce, () -> reconcile(name), this::clearMonthlyResults);
    }

    /**
     * The same, after the month's returns have changed since the ledger was matched (as a contracts return
     * resubmitted after the ledger would): the monthly run matches every line again.
     */
    Stage rematch(String name) {
        return new Stage(name, () -> {
            loadOnce();
            jdbc.update("UPDATE ledger_match SET basis = 'returns changed since' WHERE period = ?", PERIOD);
        }, () -> reconcile(name), this::clearMonthlyResults);
    }

    /** Where a reconciliation stage's time went, medians of the timed runs, and what its last run found. */
    String note(String stage, BenchRuns runs) {
        List<Double> match = matchSeconds.getOrDefault(stage, List.of());
        Map<String, Object> lastRun = lastRuns.get(stage);
        if (!runs.complete(match) || lastRun == null) {
            return "";
        }
        // the warm-up's steps are not counted, as in the stage's own time
        return String.format(java.util.Locale.ROOT, "match, R1 %.1f s + R2 %.1f s; %,d lines, %,d matched, "
                        + "R1 %,d, R2 %,d", runs.median(match), runs.median(overspendSeconds.get(stage)),
                number(lastRun, "payments"), number(lastRun, "payments_matched"), number(lastRun, "r1"),
                number(lastRun, "r2"));
    }

    private Path drop() throws IOException {
        if (currentBefore == null) {
            loadContracts();
        }
        folders.create();
        Path file = folders.inbox().resolve("finance-spend-" + PERIOD + "-bench-" + System.nanoTime() + ".csv");
        Files.copy(ledger, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    private long loadDropped(Path file) throws Exception {
        List<SubmissionOutcome> outcomes = poller.processNow(List.of(file));
        SubmissionOutcome outcome = outcomes.isEmpty() ? null : outcomes.get(0);
        if (outcome == null || !outcome.status().startsWith("loaded")) {
            throw new IllegalStateException("ledger not loaded: " + (outcome == null ? "no outcome"
                    : outcome.status() + " " + outcome.reason()));
        }
        return outcome.rowsRead();
    }

    private void loadOnce() throws Exception {
        if (loadedForReconciliation == null) {
            loadedForReconciliation = drop();
            loadDropped(loadedForReconciliation);
        }
    }

    private long readLinesBack() {
        long[] lines = {0};
        payments.forEach(PERIOD, 1_000, batch -> lines[0] += batch.size());
        return lines[0];
    }

    private long reconcile(String stage) throws Exception {
        JobExecution execution = jobOperator.start(job, new JobParametersBuilder().addString("period", PERIOD, true)
                .addLong("run.id", System.nanoTime(), true).toJobParameters());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("reconciliation " + execution.getStatus() + ": "
                    + execution.getExitStatus().getExitDescription());
        }
        for (StepExecution step : execution.getStepExecutions()) {
            double seconds = java.time.Duration.between(step.getStartTime(), step.getEndTime()).toNanos() / 1e9;
            if (step.getStepName().equals("monthlyMatchStep")) {
                matchSeconds.computeIfAbsent(stage, s -> new ArrayList<>()).add(seconds);
            } else if (step.getStepName().equals("monthlyOverspendStep")) {
                overspendSeconds.computeIfAbsent(stage, s -> new ArrayList<>()).add(seconds);
            }
        }
        Map<String, Object> run = jdbc.queryForMap("SELECT * FROM monthly_run WHERE job_execution_id = ?",
                execution.getId());
        lastRuns.put(stage, run);
        return number(run, "payments");
    }

    /** The contracts, under a load batch current for the benchmark's month (any other such snapshot set aside). */
    private void loadContracts() {
        currentBefore = jdbc.queryForList("SELECT load_batch_id FROM load_batch WHERE return_type = "
                + "'procurement-contracts' AND directorate_id = 'resources' AND period = ? AND status = 'CURRENT'",
                Long.class, PERIOD);
        currentBefore.forEach(id -> jdbc.update("UPDATE load_batch SET status = 'SUPERSEDED' WHERE load_batch_id = ?", id));
        contracts.prepare();
        contracts.load(values, contractRows);
        jdbc.update("UPDATE load_batch SET status = 'CURRENT', return_type = 'procurement-contracts', "
                        + "directorate_id = 'resources', period = ?, source_sheet = ?, header_row = 1, stored_as = ? "
                        + "WHERE load_batch_id = ?", PERIOD, BenchmarkReturnGenerator.CONTRACTS,
                contractsFile.toAbsolutePath().toString(), contracts.loadBatchId());
    }

    /**
     * Removes the run's ledger (its lines and archived file) and the period's results; the last run's ledger stays,
     * matched, for the read back and the reconciliations, which would otherwise load the same file again (at ten
     * million lines, a quarter of an hour on H2).
     */
    private void cleanUpLoad() throws IOException {
        if (++loadsDone == loadRuns && loadedForReconciliation == null) {
            loadedForReconciliation = dropped;
        } else {
            clearPeriod();
            DroppedLoads.remove(jdbc, folders, dropped, "payment_fact");
        }
    }

    /** The monthly run's own results (R2-R5, KPIs, its record); the ledger's match stays. */
    private void clearMonthlyResults() {
        SlicedDelete.run(jdbc, "finding", "monthly_period = ? AND rule_id <> 'R1'", PERIOD);
        for (String table : new String[] {"contract_overspend", "reconciliation_kpi", "monthly_run"}) {
            SlicedDelete.run(jdbc, table, "period = ?", PERIOD);
        }
    }

    /** Every result of the period, the ledger's match included. */
    private void clearPeriod() {
        clearMonthlyResults();
        SlicedDelete.run(jdbc, "finding", "monthly_period = ?", PERIOD);
        for (String table : new String[] {"payment_match", "payment_total", "ledger_match"}) {
            SlicedDelete.run(jdbc, table, "period = ?", PERIOD);
        }
    }

    /** Removes the ledger and contracts and gives the snapshots set aside their place back. */
    @Override
    public void close() throws IOException {
        if (loadedForReconciliation != null) {
            DroppedLoads.remove(jdbc, folders, loadedForReconciliation, "payment_fact");
            loadedForReconciliation = null;
        }
        if (currentBefore != null) {
            clearPeriod();
            contracts.cleanUp();
            currentBefore.forEach(id -> jdbc.update("UPDATE load_batch SET status = 'CURRENT' WHERE load_batch_id = ?", id));
            currentBefore = null;
        }
    }

    private static long number(Map<String, Object> run, String column) {
        Object value = run.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
