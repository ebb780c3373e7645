package uk.gov.bestvalue.returns.batch;

import java.time.Duration;
import java.util.function.ToIntFunction;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import uk.gov.bestvalue.returns.reconcile.CapitalReceiptCheck;
import uk.gov.bestvalue.returns.reconcile.GrantPaymentCheck;
import uk.gov.bestvalue.returns.reconcile.MissingReturnChaser;
import uk.gov.bestvalue.returns.reconcile.MonthOnMonthCheck;
import uk.gov.bestvalue.returns.reconcile.MonthlyResults;
import uk.gov.bestvalue.returns.reconcile.OverspendCheck;
import uk.gov.bestvalue.returns.reconcile.PaymentReconciliation;
import uk.gov.bestvalue.returns.reconcile.ReconcileSettings;
import uk.gov.bestvalue.returns.reconcile.ReconciliationKpis;
import uk.gov.bestvalue.returns.reconcile.ReconciliationNotifier;
import uk.gov.bestvalue.returns.report.MonthlyReports;

/**
 * The monthly job, one instance per period and run number: clear the period's results, match its payments
 * (each ledger's match made at intake kept while its basis holds, else made again: one pass over its lines, summed
 * by contract), R2-R5, chase missing returns (R6), the KPIs, the emails. Each
 * tasklet replaces its own results in one transaction, so a restart resumes at the failed step without duplicates;
 * the last step writes the monitoring pack and the open-data exports.
 */
@Configuration(proxyBeanMethods = false)
class MonthlyJobConfiguration {

    static final String JOB_NAME = "monthlyJob";

    /** A pause before each step's work: none but in the fault tests, which stop a node part way through a run. */
    private final Duration stepPause;

    MonthlyJobConfiguration(@Value("${pipeline.monthly.step-pause:PT0S}") Duration stepPause) {
        this.stepPause = stepPause;
    }

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

    /**
     * Commits a batch at a time itself (a million lines are too many for one transaction), so none around it; its
     * write count is the period's lines, whether their ledger's match was kept or made again.
     */
    @Bean
    Step monthlyMatchStep(JobRepository jobRepository, PaymentReconciliation reconciliation) {
        return tasklet("monthlyMatchStep", jobRepository, new ResourcelessTransactionManager(),
                period -> Math.toIntExact(reconciliation.run(period)));
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
    private Step tasklet(String name, JobRepository jobRepository, PlatformTransactionManager tx,
                                ToIntFunction<String> work) {
        return new StepBuilder(name, jobRepository)
                .tasklet((contribution, chunk) -> {
                    String period = contribution.getStepExecution().getJobParameters()
                            .getString(MonthlyJobParameters.PERIOD);
                    if (!stepPause.isZero()) {
                        Thread.sleep(stepPause.toMillis());
                    }
                    contribution.incrementWriteCount(work.applyAsInt(period));
                    return RepeatStatus.FINISHED;
                }, tx)
                .listener(StepLogListener.forMonthlyRuns())
                .build();
    }
}
