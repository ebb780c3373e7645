package uk.gov.bestvalue.returns.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly match (R1): streams the period's payment lines once, matches each against the contracts and grants
 * indexed in memory, writes the lines that keep one and the R1 findings a batch at a time
 * ({@link PaymentMatchWriter}), and sums every line by what it was matched to ({@code payment_total}, written
 * last). Two threads: one reads and matches the lines while the other writes what must be written.
 * Each batch commits on its own (a million lines in one transaction would hold the whole run's changes in the
 * database's memory); a run starts by deleting what an earlier, failed attempt wrote, so a restart matches the
 * period again from the start, never twice (the results are derived, and a run is seconds per million lines).
 */
public final class PaymentReconciliation {

    /** Marks the end of the matches (its identity, not its content). */
    private static final List<PaymentMatch> END = new ArrayList<>();

    private final CurrentPayments payments;
    private final CandidateQueries candidates;
    private final ReconcileSettings settings;
    private final DirectorateNames directorates;
    private final ReconciliationFindings findings;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final int batchSize;

    public PaymentReconciliation(CurrentPayments payments, CandidateQueries candidates, ReconcileSettings settings,
                                 DirectorateNames directorates, ReconciliationFindings findings, JdbcTemplate jdbc,
                                 TransactionTemplate transaction, int batchSize) {
        this.payments = payments;
        this.candidates = candidates;
        this.settings = settings;
        this.directorates = directorates;
        this.findings = findings;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.batchSize = batchSize;
    }

    /** Replaces the period's matches, totals and R1 findings; how many lines were matched. */
    public long run(String period) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM payment_match WHERE period = ?", period);
            jdbc.update("DELETE FROM payment_total WHERE period = ?", period);
            findings.clear(period, "R1");
        });
        PaymentMatcher matcher = new PaymentMatcher(
                SupplierIndex.of(candidates.contracts(period), settings.nameSimilarity()),
                SupplierIndex.of(candidates.grants(period), settings.nameSimilarity()), settings, directorates);
        PaymentMatchWriter writer = new PaymentMatchWriter(period, jdbc, findings, settings.on("R1"));
        PaymentTotals totals = new PaymentTotals();
        List<PaymentMatch> kept = new ArrayList<>(batchSize);
        long lines;
        try (MatchingReader reader = new MatchingReader(period, matcher, writer, totals)) {
            for (List<PaymentMatch> batch = reader.next(); batch != END; batch = reader.next()) {
                kept.addAll(batch);
                if (kept.size() >= batchSize) {
                    write(writer, kept);
                }
            }
            lines = reader.lines();
        }
        write(writer, kept);
        transaction.executeWithoutResult(status -> totals.write(period, jdbc));
        return lines;
    }

    private void write(PaymentMatchWriter writer, List<PaymentMatch> kept) {
        transaction.executeWithoutResult(status -> writer.write(kept));
        kept.clear();
    }

    /**
     * Reads and matches the lines on a thread of its own, a few batches ahead of the writing, and hands on the
     * matches the writer has something to write for; the totals are its own until it has finished.
     */
    private final class MatchingReader implements AutoCloseable {

        private final BlockingQueue<List<PaymentMatch>> queue = new ArrayBlockingQueue<>(4);
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final AtomicLong lines = new AtomicLong();
        private final Thread thread;
        private volatile RuntimeException failure;

        MatchingReader(String period, PaymentMatcher matcher, PaymentMatchWriter writer, PaymentTotals totals) {
            thread = new Thread(() -> {
                try {
                    payments.forEach(period, batchSize, batch -> {
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
                } catch (RuntimeException e) {
                    failure = e;
                } finally {
                    put(END);
                }
            }, "payment-matcher-" + period);
            thread.setDaemon(true);
            thread.start();
        }

        /** The next batch of matches to write, or {@link #END}; rethrows a failure of the read or the match. */
        List<PaymentMatch> next() {
            try {
                List<PaymentMatch> batch = queue.take();
                if (batch == END && failure != null) {
                    throw failure;
                }
                return batch;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while matching payments", e);
            }
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
}
