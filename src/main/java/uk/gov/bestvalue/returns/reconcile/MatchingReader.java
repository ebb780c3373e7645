package uk.gov.bestvalue.returns.reconcile;

import java.util.concurrent.atomic.AtomicLong;

import uk.gov.bestvalue.returns.streaming.ReadAhead;
import uk.gov.bestvalue.returns.streaming.ReadAheads;

/**
 * One ledger's lines of a month, read and matched a few batches ahead of the writing ({@link ReadAhead}): hands on
 * the matches the writer has something to write for, and sums every line into the totals, which are complete once
 * the last match has been taken. A failure of the read or the match, an Error too, comes out of {@link #next()}.
 */
final class MatchingReader implements AutoCloseable {

    private static final int BATCHES_AHEAD = 4;

    private final ReadAhead<PaymentMatch> ahead;
    private final AtomicLong lines = new AtomicLong();

    /** Starts reading one ledger's lines of the period, {@code batchSize} at a time. */
    MatchingReader(ReadAheads readAheads, CurrentPayments payments, int batchSize, long ledgerId, String fileName,
                   String period, PaymentMatcher matcher, PaymentMatchWriter writer, PaymentTotals totals) {
        ahead = readAheads.start("payment-matcher-" + ledgerId + "-" + period, batchSize, BATCHES_AHEAD,
                sink -> payments.forLedger(ledgerId, fileName, period, batchSize, batch -> {
                    for (LedgerPayment payment : batch) {
                        PaymentMatch match = matcher.process(payment);
                        totals.add(match);
                        if (writer.writes(match)) {
                            sink.accept(match);
                        }
                    }
                    lines.addAndGet(batch.size());
                }));
    }

    /** The next match to write, null after the last; rethrows a failure of the read or the match. */
    PaymentMatch next() {
        return ahead.next();
    }

    /** How many of the ledger's lines of the month were read: all of them once {@link #next()} has said null. */
    long lines() {
        return lines.get();
    }

    /** Stops the reading when the writing ends early (a failed write), and waits for it to let go of its connection. */
    @Override
    public void close() {
        ahead.close();
    }
}
