package uk.gov.bestvalue.returns.batch;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import uk.gov.bestvalue.returns.reconcile.PaymentReconciliation;
import uk.gov.bestvalue.returns.warehouse.LoadBatchRepository;

/**
 * Matches a just-published spend ledger's payments (R1) for each month it pays in; other returns pass through. The
 * ledger is loaded and current whatever happens here: a failed match is left to the month's monthly run, which
 * makes every match it finds missing, so it is logged rather than failing the file's job (and rejecting a ledger
 * that loaded).
 */
class LedgerMatchTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(LedgerMatchTasklet.class);
    private static final String SPEND_LEDGER = "spend-ledger";

    private final LoadBatchRepository batches;
    private final PaymentReconciliation reconciliation;

    LedgerMatchTasklet(LoadBatchRepository batches, PaymentReconciliation reconciliation) {
        this.batches = batches;
        this.reconciliation = reconciliation;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var parameters = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobParameters();
        long loadBatchId = parameters.getLong(SubmissionJobParameters.LOAD_BATCH_ID);
        if (!SPEND_LEDGER.equals(batches.find(loadBatchId).orElseThrow().returnType())) {
            return RepeatStatus.FINISHED;
        }
        try {
            contribution.incrementWriteCount(reconciliation.matchLedger(loadBatchId));
        } catch (RuntimeException e) {
            log.warn("ledger {}: payments not matched now, the monthly run will match them: {}", loadBatchId,
                    e.toString());
            contribution.setExitStatus(new ExitStatus(ExitStatus.COMPLETED.getExitCode(),
                    "payments left for the monthly run to match: " + e.getMessage()));
        }
        return RepeatStatus.FINISHED;
    }
}
