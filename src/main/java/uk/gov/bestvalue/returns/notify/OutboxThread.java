package uk.gov.bestvalue.returns.notify;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox's due emails on a thread of its own, so that a mail server that accepts a connection and then
 * never answers (or answers slowly until the SMTP timeouts) holds up nothing else: the inbox poll asks for a delivery
 * and goes on with the next file. Requests made while one waits to start are that one request.
 */
@Component
public class OutboxThread implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxThread.class);

    private final OutboxDispatcher dispatcher;
    private final AtomicBoolean requested = new AtomicBoolean();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread sender = new Thread(r, "outbox-dispatch");
        sender.setDaemon(true); // a hung connection must not keep the JVM alive after serve stops
        return sender;
    });

    OutboxThread(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Asks for the due emails to be delivered soon, on the outbox's thread; returns at once. */
    public void request() {
        if (requested.compareAndSet(false, true)) {
            thread.execute(this::deliver);
        }
    }

    private void deliver() {
        requested.set(false); // a request made from now on runs once more after this one
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            // the emails stay queued; the next request tries again
            log.error("The outbox could not be dispatched: {}", e.getMessage(), e);
        }
    }

    /** Lets a delivery under way finish for a few seconds; an email it leaves claimed is retried after its timeout. */
    @Override
    public void destroy() throws InterruptedException {
        thread.shutdown();
        if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
            thread.shutdownNow();
        }
    }
}
