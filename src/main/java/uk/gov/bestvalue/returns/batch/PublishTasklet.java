package uk.gov.bestvalue.returns.batch;

import java.nio.file.Path;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import uk.gov.bestvalue.returns.warehouse.LoadBatch;
import uk.gov.bestvalue.returns.warehouse.LoadBatchRepository;
import uk.gov.bestvalue.returns.returntypes.ReturnReader;
import uk.gov.bestvalue.returns.returntypes.ReturnTypes;
import uk.gov.bestvalue.returns.warehouse.SnapshotPublisher;

/** Publishes the loaded file as its return's current snapshot, with the counts the load step left. */
class PublishTasklet implements Tasklet {

    private final LoadBatchRepository batches;
    private final ReturnReader.Opener opener;
    private final ReturnTypes types;
    private final SnapshotPublisher publisher;

    PublishTasklet(LoadBatchRepository batches, ReturnReader.Opener opener, ReturnTypes types,
                   SnapshotPublisher publisher) {
        this.batches = batches;
        this.opener = opener;
        this.types = types;
        this.publisher = publisher;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long loadBatchId = jobExecution.getJobParameters().getLong(SubmissionJobParameters.LOAD_BATCH_ID);
        int rowsRead = jobExecution.getExecutionContext().getInt(SubmissionJobParameters.ROWS_READ, 0);
        LoadBatch batch = batches.find(loadBatchId).orElseThrow();
        Path file = Path.of(jobExecution.getJobParameters().getString(SubmissionJobParameters.FILE));
        // the headers tell checks across returns which cell each field is in
        try (ReturnReader reader = opener.open(file)) {
            publisher.publish(loadBatchId, rowsRead, reader.recognition(), types.forSpec(batch.returnType()));
        }
        return RepeatStatus.FINISHED;
    }
}
