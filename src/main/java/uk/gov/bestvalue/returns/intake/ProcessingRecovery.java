package uk.gov.bestvalue.returns.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.batch.SubmissionJobRunner;
import uk.gov.bestvalue.returns.warehouse.LoadBatch;
import uk.gov.bestvalue.returns.warehouse.LoadBatchRepository;
import uk.gov.bestvalue.returns.warehouse.LoadStatus;

/**
 * Finishes what a stopped or crashed process left in {@code processing/}: a load that completed is
 * archived, an interrupted or failed one is restarted (up to {@value #MAX_ATTEMPTS} runs, then rejected),
 * and a file never recorded is processed from the start. Nothing claimed is ever left behind.
 */
@Component
public class ProcessingRecovery {

    static final int MAX_ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(ProcessingRecovery.class);

    private final IntakeFolders folders;
    private final LoadBatchRepository batches;
    private final SubmissionProcessor processor;
    private final SubmissionJobRunner jobs;

    public ProcessingRecovery(IntakeFolders folders, LoadBatchRepository batches, SubmissionProcessor processor,
                              SubmissionJobRunner jobs) {
        this.folders = folders;
        this.batches = batches;
        this.processor = processor;
        this.jobs = jobs;
    }

    /** Takes every file in {@code processing/} to its end. */
    public List<SubmissionOutcome> recover() throws IOException {
        folders.create();
        List<SubmissionOutcome> outcomes = new ArrayList<>();
        for (Path file : folders.filesIn(folders.processing())) {
            log.info("Recovering {} left in processing", file.getFileName());
            // one file that cannot be recovered must not stop the others, nor the daemon's start
            try {
                outcomes.add(recover(file));
            } catch (IOException | RuntimeException e) {
                log.error("{} could not be recovered; it stays in processing for the next start", file.getFileName(), e);
            } catch (OutOfMemoryError | StackOverflowError e) {
                outcomes.addAll(rejectUnprocessable(processor, file, e));
            }
        }
        return outcomes;
    }

    /** Rejects a file that ran the pipeline out of memory or stack; nothing when even that fails (it is logged). */
    static List<SubmissionOutcome> rejectUnprocessable(SubmissionProcessor processor, Path file, Throwable cause) {
        log.error("{} ran the reader out of memory or stack: rejecting it", file.getFileName(), cause);
        try {
            return List.of(processor.unprocessable(file, cause));
        } catch (IOException | RuntimeException e) {
            log.error("{} could not be rejected; it stays in processing", file.getFileName(), e);
            return List.of();
        }
    }

    private SubmissionOutcome recover(Path file) throws IOException {
        Optional<LoadBatch> recorded = batches.findLoadedContent(Sha256.of(file));
        if (recorded.isEmpty()) {
            return processor.process(file);
        }
        LoadBatch batch = recorded.get();
        if (batch.status() == LoadStatus.CURRENT || batch.status() == LoadStatus.SUPERSEDED) {
            return processor.archive(batch, file);
        }
        if (jobs.attempts(batch.id(), file) >= MAX_ATTEMPTS) {
            return processor.giveUp(batch, file);
        }
        return processor.load(batch.id(), file);
    }
}
