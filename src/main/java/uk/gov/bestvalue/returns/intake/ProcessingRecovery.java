package uk.gov.bestvalue.returns.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.batch.SubmissionJobRunner;
import uk.gov.bestvalue.returns.warehouse.LoadBatch;
import uk.gov.bestvalue.returns.warehouse.LoadBatchRepository;

/**
 * Finishes what a stopped or crashed process left in {@code processing/}: a load whose job completed is archived, a
 * published one whose later steps (notify, ledger match) did not run has them run, an interrupted or failed one is
 * restarted (up to {@code pipeline.retry.max-attempts} runs, then rejected), and a file never recorded is processed
 * from the start. At start every file is taken; under {@code serve} each poll also retries the failed loads whose
 * back-off has run out. Nothing claimed is ever left behind. Of several nodes, each takes on only the files no live
 * node is working on ({@link FileClaims}): those of a dead node once its lease has run out, never another's.
 */
@Component
public class ProcessingRecovery {

    private static final Logger log = LoggerFactory.getLogger(ProcessingRecovery.class);

    private final IntakeFolders folders;
    private final LoadBatchRepository batches;
    private final SubmissionProcessor processor;
    private final SubmissionJobRunner jobs;
    private final FileClaims claims;

    private final Clock clock;

    public ProcessingRecovery(IntakeFolders folders, LoadBatchRepository batches, SubmissionProcessor processor,
                              SubmissionJobRunner jobs, FileClaims claims, ObjectProvider<Clock> clock) {
        this.folders = folders;
        this.batches = batches;
        this.processor = processor;
        this.jobs = jobs;
        this.claims = claims;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** Takes every file in {@code processing/} that no other live node is working on to its end. */
    public List<SubmissionOutcome> recover() throws IOException {
        return recover(file -> true);
    }

    /**
     * Takes on the files in {@code processing/} that are due again: a failed load whose back-off has run out, and a
     * file an unexpected failure left there (the database away, say). Runs between polls, when no file of this process
     * is being loaded.
     */
    public List<SubmissionOutcome> retryDue() throws IOException {
        Instant now = clock.instant();
        return recover(file -> {
            Optional<LoadBatch> recorded = batches.findLoadedContent(Sha256.of(file));
            return recorded.isEmpty() || batches.dueForRetry(recorded.get().id(), now);
        });
    }

    /** Which files to take on. */
    private interface Due {
        boolean test(Path file) throws IOException;
    }

    private List<SubmissionOutcome> recover(Due due) throws IOException {
        folders.create();
        List<SubmissionOutcome> outcomes = new ArrayList<>();
        List<Path> files = folders.filesIn(folders.processing());
        claims.forgetExpired(files.stream().map(f -> f.getFileName().toString()).toList());
        for (Path file : files) {
            Optional<FileClaims.Claim> claim = claims.claim(file.getFileName().toString());
            if (claim.isEmpty()) {
                continue; // a live node works on it
            }
            // one file that cannot be recovered must not stop the others, nor the daemon's start
            try (FileClaims.Claim held = claim.get()) {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !due.test(file)) {
                    continue; // finished by another node since the folder was listed, or not due yet
                }
                log.info("Recovering {} left in processing", file.getFileName());
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
        if (!SubmissionProcessor.published(batch) && jobs.attemptsExhausted(batch.id())) {
            return processor.giveUp(batch, file);
        }
        // a published batch too: its job restarts at the step it stopped in (the owner's email, the ledger match)
        return processor.load(batch.id(), file);
    }
}
