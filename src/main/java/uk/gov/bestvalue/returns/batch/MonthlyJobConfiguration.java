package uk.gov.bestvalue.returns.batch;

import java.util.Map;
import java.util.function.ToIntFunction;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.batch.infrastructure.item.database.support.MySqlPagingQueryProvider;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import uk.gov.bestvalue.returns.PipelineProperties;
import uk.gov.bestvalue.returns.reconcile.CandidateQueries;
import uk.gov.bestvalue.returns.reconcile.CapitalReceiptCheck;
import uk.gov.bestvalue.returns.reconcile.DirectorateNames;
import uk.gov.bestvalue.returns.reconcile.GrantPaymentCheck;
import uk.gov.bestvalue.returns.reconcile.LedgerPayment;
import uk.gov.bestvalue.returns.reconcile.MissingReturnChaser;
import uk.gov.bestvalue.returns.reconcile.MonthOnMonthCheck;
import uk.gov.bestvalue.returns.reconcile.MonthlyResults;
import uk.gov.bestvalue.returns.reconcile.OverspendCheck;
import uk.gov.bestvalue.returns.reconcile.PaymentMatch;
import uk.gov.bestvalue.returns.reconcile.PaymentMatchWriter;
import uk.gov.bestvalue.returns.reconcile.PaymentMatcher;
import uk.gov.bestvalue.returns.reconcile.ReconcileSettings;
import uk.gov.bestvalue.returns.reconcile.ReconciliationFindings;
import uk.gov.bestvalue.returns.reconcile.ReconciliationKpis;
import uk.gov.bestvalue.returns.reconcile.ReconciliationNotifier;
import uk.gov.bestvalue.returns.reconcile.SupplierIndex;
import uk.gov.bestvalue.returns.report.MonthlyReports;

/**
 * The monthly job, one instance per period and run number: clear the period's results, match its payments
 * (a chunk step streaming the ledger by keyset pages), R2-R5, chase missing returns (R6), the KPIs, the emails. Each
 * tasklet replaces its own results in one transaction, so a restart resumes at the failed step without duplicates;
 * the last step writes the monitoring pack and the open-data exports.
 */
@Configuration(proxyBeanMethods = false)
class MonthlyJobConfiguration {

    static final String JOB_NAME = "monthlyJob";

    @Bean
    Job monthlyJob(JobRepository jobRepository, Step monthlyClearStep, Step monthlyMatchStep,
                   Step monthlyOverspendStep, Step monthlyGrantStep, Step monthlyReceiptStep,
                   Step monthlyMonthOnMonthStep, Step monthlyChaseStep, Step monthlyKpiStep, Step monthlyNotifyStep,
                   Step monthlyReportStep, MonthlyRunListener monthlyRunListener) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(monthlyRunListener)
                .start(monthlyClearStep)
                .next(monthlyMatchStep)
                .next(monthlyOverspendStep)
                .next(monthlyGrantStep)
                .next(monthlyReceiptStep)
                .next(monthlyMonthOnMonthStep)
                .next(monthlyChaseStep)
                .next(monthlyKpiStep)
                .next(monthlyNotifyStep)
                .next(monthlyReportStep)
                .build();
    }

    @Bean
    Step monthlyClearStep(JobRepository jobRepository, PlatformTransactionManager tx, MonthlyResults results) {
        return tasklet("monthlyClearStep", jobRepository, tx, period -> {
            results.clear(period);
            return 0;
        });
    }

    @Bean
    Step monthlyMatchStep(JobRepository jobRepository, PlatformTransactionManager tx,
                          JdbcPagingItemReader<LedgerPayment> monthlyPaymentReader,
                          PaymentMatcher monthlyPaymentMatcher, PaymentMatchWriter monthlyPaymentMatchWriter, PipelineProperties properties) {
        return new StepBuilder("monthlyMatchStep", jobRepository)
                .<LedgerPayment, PaymentMatch>chunk(properties.chunkSize())
                .transactionManager(tx)
                .reader(monthlyPaymentReader)
                .processor(monthlyPaymentMatcher)
                .writer(monthlyPaymentMatchWriter)
                .listener(new MonthlyStepLogListener())
                .build();
    }

    /** The period's current payment lines in id order, a page at a time (keyset paging: a restart resumes after the last id). */
    @Bean
    @StepScope
    JdbcPagingItemReader<LedgerPayment> monthlyPaymentReader(@Value("#{jobParameters['period']}") String period,
                                                             DataSource dataSource, PipelineProperties properties)
            throws Exception {
        java.time.YearMonth month = java.time.YearMonth.parse(period);
        MySqlPagingQueryProvider query = new MySqlPagingQueryProvider();
        // the table, not v_payment_current: H2 would materialise the view for every page. No join either, nor IN:
        // MariaDB joins the few load batches through a join buffer, which loses the key order, and H2 turns IN into
        // an index look-up by load batch; either then sorts every remaining line for each page (seconds a page at
        // 1M lines). A look-up by key per line keeps both on the primary key, in order.
        // The sort key is unqualified (the reader reads it back by that name): only payment_fact has such a column
        query.setSelectClause("p.payment_fact_id, p.load_batch_id, "
                + "(SELECT b.file_name FROM load_batch b WHERE b.load_batch_id = p.load_batch_id) AS file_name, "
                + "p.source_sheet, p.source_row, p.payment_date, p.supplier_name, p.amount, p.supplier_key, "
                + "p.department, p.expense_type");
        query.setFromClause("payment_fact p");
        query.setWhereClause("(SELECT c.status FROM load_batch c WHERE c.load_batch_id = p.load_batch_id) = 'CURRENT' "
                + "AND p.payment_date BETWEEN :first AND :last");
        query.setSortKeys(Map.of("payment_fact_id", Order.ASCENDING));
        return new JdbcPagingItemReaderBuilder<LedgerPayment>()
                .name("monthlyPaymentReader")
                .dataSource(dataSource)
                .queryProvider(query)
                .parameterValues(Map.of("first", java.sql.Date.valueOf(month.atDay(1)),
                        "last", java.sql.Date.valueOf(month.atEndOfMonth())))
                .pageSize(properties.chunkSize())
                .rowMapper((rs, n) -> new LedgerPayment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getString(7),
                        rs.getBigDecimal(8), rs.getString(9), rs.getString(10), rs.getString(11)))
                .build();
    }

    /** Built once per run: the period's contracts and grants indexed in memory (thousands, not millions). */
    @Bean
    @StepScope
    PaymentMatcher monthlyPaymentMatcher(@Value("#{jobParameters['period']}") String period,
                                         CandidateQueries candidates, ReconcileSettings settings,
                                         DirectorateNames directorates) {
        return new PaymentMatcher(SupplierIndex.of(candidates.contracts(period), settings.nameSimilarity()),
                SupplierIndex.of(candidates.grants(period), settings.nameSimilarity()), settings, directorates);
    }

    @Bean
    @StepScope
    PaymentMatchWriter monthlyPaymentMatchWriter(@Value("#{jobParameters['period']}") String period,
                                                 JdbcTemplate jdbc, ReconciliationFindings findings,
                                                 ReconcileSettings settings) {
        return new PaymentMatchWriter(period, jdbc, findings, settings.on("R1"));
    }

    @Bean
    Step monthlyOverspendStep(JobRepository jobRepository, PlatformTransactionManager tx, OverspendCheck check,
                              ReconcileSettings settings) {
        return tasklet("monthlyOverspendStep", jobRepository, tx, enabled(settings, "R2", check::run));
    }

    @Bean
    Step monthlyGrantStep(JobRepository jobRepository, PlatformTransactionManager tx, GrantPaymentCheck check,
                          ReconcileSettings settings) {
        return tasklet("monthlyGrantStep", jobRepository, tx, enabled(settings, "R3", check::run));
    }

    @Bean
    Step monthlyReceiptStep(JobRepository jobRepository, PlatformTransactionManager tx, CapitalReceiptCheck check,
                            ReconcileSettings settings) {
        return tasklet("monthlyReceiptStep", jobRepository, tx, enabled(settings, "R4", check::run));
    }

    @Bean
    Step monthlyMonthOnMonthStep(JobRepository jobRepository, PlatformTransactionManager tx, MonthOnMonthCheck check,
                                 ReconcileSettings settings) {
        return tasklet("monthlyMonthOnMonthStep", jobRepository, tx, enabled(settings, "R5", check::run));
    }

    @Bean
    Step monthlyChaseStep(JobRepository jobRepository, PlatformTransactionManager tx, MissingReturnChaser chaser,
                          ReconcileSettings settings) {
        return tasklet("monthlyChaseStep", jobRepository, tx, enabled(settings, "R6", chaser::run));
    }

    @Bean
    Step monthlyKpiStep(JobRepository jobRepository, PlatformTransactionManager tx, ReconciliationKpis kpis) {
        return tasklet("monthlyKpiStep", jobRepository, tx, kpis::run);
    }

    @Bean
    Step monthlyNotifyStep(JobRepository jobRepository, PlatformTransactionManager tx, ReconciliationNotifier notifier) {
        return tasklet("monthlyNotifyStep", jobRepository, tx, notifier::run);
    }

    /** The monitoring pack and the open-data exports, from the results the steps before committed. */
    @Bean
    Step monthlyReportStep(JobRepository jobRepository, PlatformTransactionManager tx, MonthlyReports reports) {
        return tasklet("monthlyReportStep", jobRepository, tx, period -> reports.write(period).count());
    }

    private static ToIntFunction<String> enabled(ReconcileSettings settings, String rule, ToIntFunction<String> step) {
        return period -> settings.on(rule) ? step.applyAsInt(period) : 0;
    }

    /** A step doing one piece of set-based work for the period in one transaction; its count is its write count. */
    private static Step tasklet(String name, JobRepository jobRepository, PlatformTransactionManager tx,
                                ToIntFunction<String> work) {
        return new StepBuilder(name, jobRepository)
                .tasklet((contribution, chunk) -> {
                    String period = contribution.getStepExecution().getJobParameters()
                            .getString(MonthlyJobParameters.PERIOD);
                    contribution.incrementWriteCount(work.applyAsInt(period));
                    return RepeatStatus.FINISHED;
                }, tx)
                .listener(new MonthlyStepLogListener())
                .build();
    }
}
