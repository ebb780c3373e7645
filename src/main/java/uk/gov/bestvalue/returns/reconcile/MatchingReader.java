package uk.gov.bestvalue.returns.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads one ledger's lines of a month and matches them on a thread of its own, a few batches ahead of the writing,
 * and hands on the matches the writer has something to write for; the totals are its own until it has finished.
 */
final class MatchingReader implements AutoCloseable {

    /** Marks the end of the matches (its identity, not its content). */
    static final List<PaymentMatch> END = new ArrayList<>();

    private final BlockingQueue<List<PaymentMatch>> queue = new ArrayBlockingQueue<>(4);
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicLong lines = new AtomicLong();
    private final Thread thread;
    /** Whatever ended the read or the match early: an Error as much as an exception, never a normal end. */
    private volatile Throwable failure;

    /** Starts reading one ledger's lines of the period, {@code batchSize} at a time. */
    MatchingReader(CurrentPayments payments, int batchSize, long ledgerId, String fileName, String period,
                   PaymentMatcher matcher, PaymentMatchWriter writer, PaymentTotals totals) {
        thread = new Thread(() -> {
            try {
                payments.forLedger(ledgerId, fileName, period, batchSize, batch -> {
                    List<PaymentMatch> kept = new ArrayList<>();
                    for (LedgerPayment payment : batch) {
                        PaymentMatch match = matcher.process(payment);
                        totals.add(match);
                        if (writer.writes(match)) {
                            kept.add(match);
                        }
                    }
                    lines.addAndGet(batch.size());
                    put(kept);
                });
            } catch (Throwable e) {
                // an Error (out of memory, stack) too: ending the stream normally would save a partial match as whole
                failure = e;
            } finally {
                put(END);
            }
        }, "payment-matcher-" + ledgerId + "-" + period);
        thread.setDaemon(true);
        thread.start();
    }

    /** The next batch of matches to write, or {@link #END}; rethrows a failure of the read or the match. */
    List<PaymentMatch> next() {
        try {
            List<PaymentMatch> batch = queue.take();
            if (batch == END && failure != null) {
                throw rethrown(failure);
            }
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while matching payments", e);
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("The match of payments failed", failure);
    }

    long lines() {
        return lines.get();
    }

    private void put(List<PaymentMatch> batch) {
        try {
            while (!stopped.get()) {
                if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
            if (batch != END) {
                throw new IllegalStateException("The match stopped; reading no further");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading payments", e);
        }
    }

    /**
     * Stops the reader when the writing ends early (a failed write), and waits for it to let go of its
     * connection; once it has ended, the totals are complete and visible to the caller.
     */
    @Override
    public void close() {
        stopped.set(true);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
