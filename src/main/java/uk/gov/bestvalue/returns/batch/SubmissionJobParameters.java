package uk.gov.bestvalue.returns.batch;

import java.nio.file.Path;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** The parameters of one submission job: the load batch (which identifies the run) and the claimed file. */
public final class SubmissionJobParameters {

    static final String LOAD_BATCH_ID = "loadBatchId";
    static final String FILE = "file";
    /** Job execution context key: data rows read by the load step. */
    static final String ROWS_READ = "rows.read";

    private SubmissionJobParameters() {
    }

    /** The parameters to load a claimed file as a load batch. */
    public static JobParameters of(long loadBatchId, Path file) {
        return new JobParametersBuilder()
                .addLong(LOAD_BATCH_ID, loadBatchId)
                .addString(FILE, file.toAbsolutePath().toString(), false)
                .toJobParameters();
    }
}
