package uk.gov.bestvalue.returns.batch;

import java.nio.file.Path;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import uk.gov.bestvalue.returns.config.ChunkSize;
import uk.gov.bestvalue.returns.notify.OwnerNotifier;
import uk.gov.bestvalue.returns.reconcile.PaymentReconciliation;
import uk.gov.bestvalue.returns.returntypes.CheckedRow;
import uk.gov.bestvalue.returns.returntypes.ReturnReader;
import uk.gov.bestvalue.returns.returntypes.ReturnTypes;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.streaming.ReadAheads;
import uk.gov.bestvalue.returns.warehouse.LoadBatchRepository;
import uk.gov.bestvalue.returns.warehouse.SnapshotPublisher;
import uk.gov.bestvalue.returns.warehouse.WarehouseWriter;

/**
 * The submission job, one run per received file: load its checked rows in chunks, publish it as the
 * snapshot of its return, directorate and period, and tell its owners.
 */
@Configuration(proxyBeanMethods = false)
class SubmissionJobConfiguration {

    static final String JOB_NAME = "submissionJob";

    @Bean
    Job submissionJob(JobRepository jobRepository, Step loadRowsStep, Step publishStep, Step notifyOwnersStep,
                      Step ledgerMatchStep, LoadRunRecorder runRecorder) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(loadRowsStep)
                .next(publishStep)
                .next(notifyOwnersStep)
                .next(ledgerMatchStep)
                .listener(runRecorder)
                .build();
    }

    @Bean
    Step loadRowsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      ReturnRowsItemReader returnRowsItemReader, WarehouseItemWriter warehouseItemWriter,
                      ChunkSize chunkSize) {
        ExecutionContextPromotionListener promotion = new ExecutionContextPromotionListener();
        promotion.setKeys(new String[] {SubmissionJobParameters.ROWS_READ});
        return new StepBuilder("loadRowsStep", jobRepository)
                .<CheckedRow, CheckedRow>chunk(chunkSize.rows())
                .transactionManager(transactionManager)
                .reader(returnRowsItemReader)
                .writer(warehouseItemWriter)
                .listener(promotion)
                .listener(StepLogListener.forLoads())
                .build();
    }

    @Bean
    @StepScope
    ReturnRowsItemReader returnRowsItemReader(@Value("#{jobParameters['file']}") String file,
                                              ReturnReader.Opener opener, ReadAheads readAheads,
                                              ChunkSize chunkSize) {
        return new ReturnRowsItemReader(opener, readAheads, Path.of(file), chunkSize.rows());
    }

    @Bean
    @StepScope
    WarehouseItemWriter warehouseItemWriter(@Value("#{jobParameters['loadBatchId']}") Long loadBatchId,
                                            LoadBatchRepository batches, ReturnCatalog catalog, ReturnTypes types,
                                            WarehouseWriter writer) {
        String specId = batches.find(loadBatchId).orElseThrow().returnType();
        return new WarehouseItemWriter(loadBatchId, catalog.byId(specId).orElseThrow(), types.forSpec(specId), writer);
    }

    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     PublishTasklet publishTasklet) {
        return new StepBuilder("publishStep", jobRepository).tasklet(publishTasklet, transactionManager)
                .listener(StepLogListener.forLoads()).build();
    }

    @Bean
    PublishTasklet publishTasklet(LoadBatchRepository batches, ReturnReader.Opener opener, ReturnTypes types,
                                  SnapshotPublisher publisher) {
        return new PublishTasklet(batches, opener, types, publisher);
    }

    @Bean
    Step notifyOwnersStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          OwnerNotifier notifier) {
        return new StepBuilder("notifyOwnersStep", jobRepository)
                .tasklet((contribution, chunk) -> {
                    var parameters = chunk.getStepContext().getStepExecution().getJobExecution().getJobParameters();
                    // queued in this step's transaction: a restarted job never queues the email twice
                    notifier.notifyProcessed(parameters.getLong(SubmissionJobParameters.LOAD_BATCH_ID),
                            Path.of(parameters.getString(SubmissionJobParameters.FILE)));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .listener(StepLogListener.forLoads())
                .build();
    }

    /**
     * A spend ledger's payments matched with the contracts and grants now current, as soon as it is published, so
     * that the monthly run need not read its lines back unless those returns change. Commits a batch at a time
     * itself, so none around it.
     */
    @Bean
    Step ledgerMatchStep(JobRepository jobRepository, LedgerMatchTasklet ledgerMatchTasklet) {
        return new StepBuilder("ledgerMatchStep", jobRepository)
                .tasklet(ledgerMatchTasklet, new ResourcelessTransactionManager())
                .listener(StepLogListener.forLoads())
                .build();
    }

    @Bean
    LedgerMatchTasklet ledgerMatchTasklet(LoadBatchRepository batches, PaymentReconciliation reconciliation) {
        return new LedgerMatchTasklet(batches, reconciliation);
    }
}
