package uk.gov.bestvalue.returns.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.bestvalue.returns.batch.SubmissionJobRunner;
import uk.gov.bestvalue.returns.directory.Directorate;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.notify.OwnerNotifier;
import uk.gov.bestvalue.returns.returntypes.ReturnReader;
import uk.gov.bestvalue.returns.rules.Wording;
import uk.gov.bestvalue.returns.spec.Recognition;
import uk.gov.bestvalue.returns.spec.UnrecognisedReturnException;
import uk.gov.bestvalue.returns.warehouse.LoadBatch;
import uk.gov.bestvalue.returns.warehouse.LoadBatchColumns;
import uk.gov.bestvalue.returns.warehouse.LoadBatchRepository;
import uk.gov.bestvalue.returns.warehouse.LoadStatus;
import uk.gov.bestvalue.returns.workbook.PlainReasons;

/**
 * Takes one claimed file to its end: hashed, checked against what was already loaded, recognised, loaded
 * by a submission job, then archived; or rejected with a reason. Its owners hear either way.
 */
@Component
public class SubmissionProcessor {

    private static final Logger log = LoggerFactory.getLogger(SubmissionProcessor.class);

    private final IntakeFolders folders;
    private final LoadBatchRepository batches;
    private final LoadBatchColumns columns;
    private final ReturnReader.Opener opener;
    private final SubmissionJobRunner jobs;
    private final OwnerNotifier notifier;
    private final OwnersDirectory owners;
    private final TransactionTemplate transaction;
    private final FileClaims claims;

    public SubmissionProcessor(IntakeFolders folders, LoadBatchRepository batches, LoadBatchColumns columns,
                               ReturnReader.Opener opener, SubmissionJobRunner jobs, OwnerNotifier notifier,
                               OwnersDirectory owners, TransactionTemplate transaction, FileClaims claims) {
        this.transaction = transaction;
        this.claims = claims;
        this.folders = folders;
        this.batches = batches;
        this.columns = columns;
        this.opener = opener;
        this.jobs = jobs;
        this.notifier = notifier;
        this.owners = owners;
    }

    /** Processes a file already claimed into {@code processing/}. */
    public SubmissionOutcome process(Path claimed) throws IOException {
        long started = System.nanoTime();
        String sha256 = Sha256.of(claimed);
        String name = claimed.getFileName().toString();
        // the content is claimed before it is looked for: of two copies taken at once by two nodes, one alone loads
        Optional<String> twin = claims.claimContent(name, sha256);
        Optional<LoadBatch> loaded = batches.findLoadedContent(sha256);
        // a receipt left by a process killed right after the claim is carried on, not left RECEIVED for ever
        long id = batches.findUnfinishedReceipt(sha256, name)
                .orElseGet(() -> batches.received(name, sha256, sizeOf(claimed)));
        if (loaded.isPresent()) {
            LoadBatch earlier = loaded.get();
            return reject(id, claimed, LoadStatus.DUPLICATE, "The same content was already received on "
                    + Wording.moment(earlier.receivedAt()) + " as " + earlier.fileName() + " (load batch " + earlier.id()
                    + "), so it was not loaded again. To correct a return, change it and send it again.",
                    earlier.directorateId());
        }
        if (twin.isPresent()) {
            return reject(id, claimed, LoadStatus.DUPLICATE, "The same content arrived at the same moment as "
                    + twin.get() + ", which is being loaded, so it was not loaded a second time. To correct a return, "
                    + "change it and send it again.", directorateOf(claimed));
        }
        Recognition recognition;
        try (ReturnReader reader = opener.open(claimed)) {
            recognition = reader.recognition();
            if (!recognition.placed()) {
                return reject(id, claimed, LoadStatus.REJECTED, UnplacedFile.reason(recognition, reader),
                        recognition.directorateId());
            }
        } catch (UnrecognisedReturnException e) {
            return reject(id, claimed, LoadStatus.REJECTED, e.getMessage(), e.directorateId());
        } catch (IOException e) {
            return reject(id, claimed, LoadStatus.REJECTED, PlainReasons.of(e),
                    owners.findInFileName(name).map(Directorate::id).orElse(null));
        }
        Recognition recognised = recognition;
        // the columns as mapped, the recognition and its audit event commit together
        transaction.executeWithoutResult(status -> {
            columns.record(id, recognised.headers());
            batches.loading(id, recognised.spec().id(), recognised.directorate().id(), recognised.periodText(),
                    recognised.header().sheet(), recognised.header().headerRowNumber(),
                    recognised.cover().submittedBy(), recognised.cover().contactEmail());
        });
        SubmissionOutcome outcome = load(id, claimed);
        log.info("{}: {} {} {} in {} ms", name, outcome.status(), outcome.returnType(), outcome.directorate(),
                (System.nanoTime() - started) / 1_000_000);
        return outcome;
    }

    /**
     * Runs (or restarts) the submission job of a recognised file and files it away when it completes; a load that
     * failed its last attempt is rejected, and a published one whose later steps keep failing is archived as it is.
     */
    SubmissionOutcome load(long id, Path claimed) throws IOException {
        boolean completed = jobs.runOrRestart(id, claimed);
        LoadBatch batch = batches.find(id).orElseThrow();
        if (!completed && SubmissionJobRunner.isUnreadable(batch.reason())) {
            // the file itself stops the reader part way (a limit, damage): a retry would fail alike
            return reject(id, claimed, LoadStatus.REJECTED, SubmissionJobRunner.unreadableReason(batch.reason()),
                    batch.directorateId());
        }
        if (!completed && jobs.attemptsExhausted(id)) {
            if (published(batch)) {
                log.error("{}: published, but its remaining steps failed {} times: archiving it as it is ({})",
                        claimed.getFileName(), jobs.maxAttempts(), batch.reason());
                tellOwnersWithoutWorkbook(batch);
                return archive(batch, claimed);
            }
            return giveUp(batch, claimed);
        }
        if (completed) {
            // a file none of whose rows could be loaded was rejected by its job: it goes where rejected files go
            Path stored = batch.status() == LoadStatus.REJECTED ? folders.reject(claimed, batch.reason())
                    : folders.archive(claimed, archiveFolderOf(batch));
            batches.storedAs(id, stored.toString());
        }
        return SubmissionOutcome.of(batches.find(id).orElseThrow());
    }

    /**
     * The owners' email about a published batch whose notify step kept failing (the checked workbook is what most
     * often cannot be made): queued without the workbook, listing the findings, so the snapshot now current is never
     * one its owners were not told of. Already queued by an earlier attempt: nothing more (the outbox keys it).
     */
    private void tellOwnersWithoutWorkbook(LoadBatch batch) {
        try {
            notifier.notifyProcessed(batch.id());
        } catch (RuntimeException e) {
            log.error("load batch {}: its owners could not be told either: {}", batch.id(), e.toString());
        }
    }

    /** The directorate a file is from, for telling its owners: as recognised, else as its name says, else none. */
    private String directorateOf(Path file) {
        try (ReturnReader reader = opener.open(file)) {
            String recognised = reader.recognition().directorateId();
            if (recognised != null) {
                return recognised;
            }
        } catch (UnrecognisedReturnException e) {
            if (e.directorateId() != null) {
                return e.directorateId();
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: its name may still say whose it is
        }
        return owners.findInFileName(file.getFileName().toString()).map(Directorate::id).orElse(null);
    }

    /** Files a completed load whose move to the archive was interrupted. */
    SubmissionOutcome archive(LoadBatch batch, Path claimed) throws IOException {
        batches.storedAs(batch.id(), folders.archive(claimed, archiveFolderOf(batch)).toString());
        return SubmissionOutcome.of(batches.find(batch.id()).orElseThrow());
    }

    /** Whether the batch's snapshot was published (its job may still have steps to finish). */
    static boolean published(LoadBatch batch) {
        return batch.status() == LoadStatus.CURRENT || batch.status() == LoadStatus.SUPERSEDED;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Files are archived by period; an export that names no month goes under {@code undated}. */
    private static String archiveFolderOf(LoadBatch batch) {
        return batch.period() != null ? batch.period() : "undated";
    }

    /**
     * Rejects a file whose reading ran the pipeline out of memory or stack: trying it again would do the same, and a
     * file left in processing would stop every later start in recovery.
     */
    SubmissionOutcome unprocessable(Path claimed, Throwable cause) throws IOException {
        String name = claimed.getFileName().toString();
        String sha256 = Sha256.of(claimed);
        long id = batches.received(name, sha256, Files.size(claimed));
        return reject(id, claimed, LoadStatus.REJECTED, PlainReasons.of(cause),
                owners.findInFileName(name).map(Directorate::id).orElse(null));
    }

    /** Rejects a file whose load kept failing, so that it does not wait in processing for ever. */
    SubmissionOutcome giveUp(LoadBatch batch, Path claimed) throws IOException {
        String reason = "The file could not be loaded after " + batches.attempts(batch.id()) + " attempts ("
                + batch.reason() + "). The programme office has been told; send it again once they confirm the problem "
                + "is fixed.";
        batches.abandon(batch.id(), reason, batch.directorateId());
        return fileRejected(batch.id(), claimed, LoadStatus.REJECTED, reason);
    }

    private SubmissionOutcome reject(long id, Path claimed, LoadStatus status, String reason, String directorateId)
            throws IOException {
        batches.finish(id, status, reason, directorateId);
        return fileRejected(id, claimed, status, reason);
    }

    /** Moves a file whose batch was ended to the rejected folder, and tells its owners. */
    private SubmissionOutcome fileRejected(long id, Path claimed, LoadStatus status, String reason) throws IOException {
        Path rejected = folders.reject(claimed, reason);
        batches.storedAs(id, rejected.toString());
        notifier.notifyProcessed(id);
        log.info("{}: {}: {}", claimed.getFileName(), status, reason.lines().findFirst().orElse(""));
        return SubmissionOutcome.of(batches.find(id).orElseThrow());
    }
}
