package uk.gov.bestvalue.returns.bench;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.bestvalue.returns.intake.InboxPoller;
import uk.gov.bestvalue.returns.intake.IntakeFolders;
import uk.gov.bestvalue.returns.reconcile.CurrentPayments;

/**
 * What the ledger stages need of the application: intake, the monthly match's reading of the lines, and the monthly
 * job's clear, match and R2 steps.
 */
public class LedgerBench {

    private final InboxPoller poller;
    private final IntakeFolders folders;
    private final JdbcTemplate jdbc;
    private final CurrentPayments payments;
    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final List<Step> steps;
    private final JobExecutionListener runListener;

    /** The ledger stages' part of the application; the steps are the monthly job's, by their bean names. */
    public LedgerBench(InboxPoller poller, IntakeFolders folders, JdbcTemplate jdbc, DataSource dataSource,
                JobRepository jobRepository,
                JobOperator jobOperator, @Qualifier("monthlyClearStep") Step clear,
                @Qualifier("monthlyMatchStep") Step match, @Qualifier("monthlyOverspendStep") Step overspend,
                @Qualifier("monthlyRunListener") JobExecutionListener runListener) {
        this.poller = poller;
        this.folders = folders;
        this.jdbc = jdbc;
        this.payments = new CurrentPayments(dataSource);
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.steps = List.of(clear, match, overspend);
        this.runListener = runListener;
    }

    /**
     * The stages over the generated contracts (loaded with {@code contracts}) and ledger file, run as often as
     * {@code runs} says.
     */
    LedgerStages stages(DatabaseFloor contracts, Path contractsFile, ContractRowValues values, int rows, Path ledger,
                        BenchRuns runs) {
        return new LedgerStages(poller, folders, jdbc, payments, jobRepository, jobOperator, steps, runListener, contracts,
                contractsFile, values, rows, ledger, runs);
    }
}
