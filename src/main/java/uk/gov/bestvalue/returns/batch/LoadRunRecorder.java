package uk.gov.bestvalue.returns.batch;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.warehouse.LoadBatchRepository;

/**
 * Links a load batch to each run of its submission job as the run begins (its first run, or a restart), so that the
 * warehouse and its audit trail say which run loaded which rows, even of a run that never ends.
 */
@Component
class LoadRunRecorder implements JobExecutionListener {

    private final LoadBatchRepository batches;

    LoadRunRecorder(LoadBatchRepository batches) {
        this.batches = batches;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        batches.jobExecution(execution.getJobParameters().getLong(SubmissionJobParameters.LOAD_BATCH_ID),
                execution.getId());
    }
}
