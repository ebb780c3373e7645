package uk.gov.bestvalue.returns.intake;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Under {@code serve}, the inbox's file system events: when a file arrives or changes, the inbox is looked at every
 * {@code pipeline.inbox.look-every} (1 s) until what arrived is taken, each file once it is unchanged between two
 * looks and has not been written for {@code pipeline.inbox.quiet} (2 s). A file is so claimed within a few seconds of
 * its last write. A folder that gives no events (shared drives often do not) is still polled on the schedule.
 */
@Component
public class InboxEvents {

    private static final Logger log = LoggerFactory.getLogger(InboxEvents.class);

    private final InboxPoller poller;
    /** How long a stop waits for the file being loaded. */
    private static final Duration STOP_WAIT = Duration.ofMinutes(10);

    private final IntakeFolders folders;
    private final Duration lookEvery;
    private final Duration quiet;

    public InboxEvents(InboxPoller poller, IntakeFolders folders,
                       @Value("${pipeline.inbox.look-every:PT1S}") Duration lookEvery,
                       @Value("${pipeline.inbox.quiet:PT2S}") Duration quiet) {
        this.poller = poller;
        this.folders = folders;
        this.lookEvery = lookEvery;
        this.quiet = quiet;
    }

    /** Starts watching on a thread of its own; closing the result stops it. */
    public AutoCloseable start() throws IOException {
        folders.create();
        WatchService service;
        try {
            service = folders.inbox().getFileSystem().newWatchService();
            folders.inbox().register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException | UnsupportedOperationException e) {
            log.info("{} gives no file events ({}); it is polled on the schedule only", folders.inbox(), e.getMessage());
            return () -> { };
        }
        AtomicBoolean stopping = new AtomicBoolean();
        Thread thread = new Thread(() -> watch(service, stopping), "inbox-events");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for files: each is taken once it has not changed for {} s", folders.inbox(),
                quiet.toSeconds());
        // stopping does not interrupt the thread: a file being loaded is finished (an interrupted load would fail and
        // wait for a retry); closing the service wakes a thread that is waiting for events
        return () -> {
            stopping.set(true);
            service.close();
            thread.join(STOP_WAIT.toMillis());
        };
    }

    private void watch(WatchService service, AtomicBoolean stopping) {
        try {
            boolean waiting = poller.hasWaitingFiles(); // files left from before the start
            while (!stopping.get()) {
                // while files wait, look again every second; otherwise sleep until the folder changes
                WatchKey key = waiting ? service.poll(lookEvery.toMillis(), TimeUnit.MILLISECONDS) : service.take();
                if (key != null) {
                    key.pollEvents();
                    if (!key.reset()) {
                        log.warn("{} can no longer be watched; it is polled on the schedule only", folders.inbox());
                        return;
                    }
                }
                if (stopping.get()) {
                    return;
                }
                lookNow();
                waiting = poller.hasWaitingFiles();
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.error("The inbox cannot be listed; it is polled on the schedule only: {}", e.getMessage(), e);
        }
    }

    private void lookNow() {
        try {
            poller.poll(quiet);
        } catch (IOException | RuntimeException e) {
            // the next event, or the scheduled poll, tries again
            log.error("The inbox could not be looked at: {}", e.getMessage(), e);
        }
    }
}
