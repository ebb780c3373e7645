package uk.gov.bestvalue.returns.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.notify.OutboxDispatcher;
import uk.gov.bestvalue.returns.notify.OutboxThread;

/**
 * One look at the inbox: each file that has stopped changing is claimed (in the database, then by the move into
 * {@code processing/}, so that of several nodes one alone takes it) and processed. A file that fails in an unexpected
 * way stays in {@code processing/} for recovery and the poll goes on with the next. Each look ends by asking for the
 * emails due in the outbox to be delivered (the new ones, and those waiting for the mail server): on the outbox's own
 * thread after a poll, so that a mail server that never answers cannot hold up intake; at once after
 * {@link #processNow}, whose commands end when it returns.
 */
@Component
public class InboxPoller {

    private static final Logger log = LoggerFactory.getLogger(InboxPoller.class);

    private final IntakeFolders folders;
    private final SubmissionProcessor processor;
    private final OutboxDispatcher outbox;
    private final OutboxThread outboxThread;
    private final ProcessingRecovery recovery;
    private final FileClaims claims;
    private final InboxWatch watch;

    public InboxPoller(IntakeFolders folders, SubmissionProcessor processor, OutboxDispatcher outbox,
                       OutboxThread outboxThread, ProcessingRecovery recovery, FileClaims claims) {
        this.folders = folders;
        this.processor = processor;
        this.outbox = outbox;
        this.outboxThread = outboxThread;
        this.recovery = recovery;
        this.claims = claims;
        this.watch = new InboxWatch(folders.emptyGrace(), Clock.systemUTC());
    }

    /**
     * Retries the failed loads that are due (a daemon must not wait for its next start to do so), then processes the
     * files that were already there, unchanged, at the previous poll.
     */
    public synchronized List<SubmissionOutcome> poll() throws IOException {
        return poll(Duration.ZERO);
    }

    /** The same, taking only files last written at least {@code quiet} ago (for looks a second apart). */
    public synchronized List<SubmissionOutcome> poll(Duration quiet) throws IOException {
        folders.create();
        List<SubmissionOutcome> outcomes = new ArrayList<>(recovery.retryDue());
        folders.refuseNonRegular();
        outcomes.addAll(processAll(watch.stableFiles(folders.filesIn(folders.inbox()), quiet.toMillis())));
        outboxThread.request();
        return outcomes;
    }

    /** Whether the inbox holds a file the poll would take once it is stable. */
    public boolean hasWaitingFiles() throws IOException {
        for (Path file : folders.filesIn(folders.inbox())) {
            if (!InboxWatch.isIgnored(file)) {
                return true;
            }
        }
        return false;
    }

    /** Processes files known to be complete (e.g. copied by the demo), without waiting for a second poll. */
    public synchronized List<SubmissionOutcome> processNow(List<Path> files) throws IOException {
        folders.create();
        List<Path> wanted = new ArrayList<>();
        for (Path file : files) {
            if (!InboxWatch.isIgnored(file)) {
                wanted.add(file);
            }
        }
        List<SubmissionOutcome> outcomes = processAll(wanted);
        deliverEmails();
        return outcomes;
    }

    private List<SubmissionOutcome> processAll(List<Path> files) {
        List<SubmissionOutcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            Path place = folders.placeInProcessing(file);
            Optional<FileClaims.Claim> claim = claims.claim(place.getFileName().toString());
            if (claim.isEmpty()) {
                continue; // another node is taking a file to that name: the next look sees how it went
            }
            try (FileClaims.Claim held = claim.get()) {
                Path claimed;
                try {
                    claimed = folders.claimInto(file, place);
                } catch (IOException e) {
                    log.info("Could not claim {} (taken by another node, still being copied, or locked?): {}",
                            file.getFileName(), e.getMessage());
                    continue;
                }
                outcomes.addAll(process(claimed));
            }
        }
        return outcomes;
    }

    private List<SubmissionOutcome> process(Path claimed) {
        try {
            return List.of(processor.process(claimed));
        } catch (IOException | RuntimeException e) {
            log.error("{} could not be processed; it stays in {} for recovery", claimed.getFileName(),
                    folders.processing(), e);
        } catch (OutOfMemoryError | StackOverflowError e) {
            return ProcessingRecovery.rejectUnprocessable(processor, claimed, e);
        }
        return List.of();
    }

    private void deliverEmails() {
        try {
            outbox.dispatchDue();
        } catch (RuntimeException e) {
            // the emails stay queued; the next poll tries again
            log.error("The outbox could not be dispatched: {}", e.getMessage(), e);
        }
    }
}
