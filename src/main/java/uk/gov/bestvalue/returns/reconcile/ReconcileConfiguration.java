package uk.gov.bestvalue.returns.reconcile;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.bestvalue.returns.config.ChunkSize;
import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.config.PipelineProperties;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.notify.Outbox;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.streaming.ReadAheads;
import uk.gov.bestvalue.returns.warehouse.LoadBatchColumns;

/** The reconciliation's parts as beans, for the monthly job's steps. */
@Configuration(proxyBeanMethods = false)
class ReconcileConfiguration {

    @Bean
    ReconcileSettings reconcileSettings(JobDefinitions definitions) {
        return ReconcileSettings.load(definitions);
    }

    @Bean
    DirectorateNames directorateNames(OwnersDirectory owners) {
        return new DirectorateNames(owners);
    }

    @Bean
    ReconciliationFindings reconciliationFindings(JdbcTemplate jdbc, LoadBatchColumns columns) {
        return new ReconciliationFindings(jdbc, columns);
    }

    @Bean
    CandidateQueries candidateQueries(JdbcTemplate jdbc) {
        return new CandidateQueries(jdbc);
    }

    @Bean
    PaymentReconciliation paymentReconciliation(DataSource dataSource, CandidateQueries candidates,
                                                ReconcileSettings settings, DirectorateNames directorates,
                                                OwnersDirectory owners, ReconciliationFindings findings,
                                                JdbcTemplate jdbc, TransactionTemplate transaction,
                                                ReadAheads readAheads, ChunkSize chunkSize) {
        return new PaymentReconciliation(new CurrentPayments(dataSource), candidates, settings, directorates, owners,
                findings, jdbc, transaction, readAheads, chunkSize.rows());
    }

    @Bean
    MonthlyResults monthlyResults(JdbcClient jdbc) {
        return new MonthlyResults(jdbc);
    }

    @Bean
    OverspendCheck overspendCheck(JdbcClient jdbc, JdbcTemplate batch, ReconciliationFindings findings) {
        return new OverspendCheck(jdbc, batch, findings);
    }

    @Bean
    GrantPaymentCheck grantPaymentCheck(JdbcClient jdbc, ReconciliationFindings findings) {
        return new GrantPaymentCheck(jdbc, findings);
    }

    @Bean
    CapitalReceiptCheck capitalReceiptCheck(JdbcClient jdbc, ReconciliationFindings findings, ReconcileSettings settings,
                                            DirectorateNames directorates) {
        return new CapitalReceiptCheck(jdbc, findings, settings, directorates);
    }

    @Bean
    MonthOnMonthCheck monthOnMonthCheck(JdbcClient jdbc, ReconciliationFindings findings) {
        return new MonthOnMonthCheck(jdbc, findings);
    }

    @Bean
    MissingReturnChaser missingReturnChaser(JdbcClient jdbc, OwnersDirectory owners, ReturnCatalog catalog,
                                            Outbox mail, ReconcileSettings settings, ObjectProvider<Clock> clock) {
        return new MissingReturnChaser(jdbc, owners, catalog, mail, settings,
                clock.getIfAvailable(Clock::systemDefaultZone));
    }

    @Bean
    ReconciliationNotifier reconciliationNotifier(JdbcClient jdbc, DataSource dataSource, OwnersDirectory owners,
                                                  Outbox mail, PipelineProperties properties) {
        return new ReconciliationNotifier(jdbc, dataSource, owners, mail, properties.folders().checked());
    }

    @Bean
    ReconciliationKpis reconciliationKpis(JdbcClient jdbc, ReconcileSettings settings) {
        return new ReconciliationKpis(jdbc, settings);
    }
}
