package uk.gov.bestvalue.returns.reconcile;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.streaming.ReadAheads;

/**
 * The match of payment lines with contracts and grants (R1), made ledger by ledger and month by month, and kept: a
 * spend ledger is matched as it is published ({@link #matchLedger}), and the monthly run ({@link #run}) re-makes a
 * ledger's match only when its basis ({@link MatchBasis}: the returns and settings it was matched against) has
 * changed since, so that a month whose returns arrived before its ledger is reconciled without reading a line back.
 * <p>
 * A match streams the ledger's lines of the month once, matches each against the contracts and grants indexed in
 * memory, writes the lines that keep one and the R1 findings a batch at a time ({@link PaymentMatchWriter}), and
 * sums every line by what it was matched to ({@code payment_total}, written last, with the basis). Two threads: one
 * reads and matches the lines ({@link MatchingReader}) while the other writes what must be written. Each
 * batch commits on its own (a million lines in one transaction would hold the whole run's changes in the database's memory); a match starts by deleting
 * what an earlier, failed attempt wrote for that ledger and month, so a restart makes it again, never twice.
 */
public final class PaymentReconciliation {

    private static final Logger log = LoggerFactory.getLogger(PaymentReconciliation.class);

    private final CurrentPayments payments;
    private final CandidateQueries candidates;
    private final MatchBasis bases;
    private final LedgerMatches ledgers;
    private final ReconcileSettings settings;
    private final DirectorateNames directorates;
    private final ReconciliationFindings findings;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ReadAheads readAheads;
    private final int batchSize;

    public PaymentReconciliation(CurrentPayments payments, CandidateQueries candidates, ReconcileSettings settings,
                                 DirectorateNames directorates, OwnersDirectory owners, ReconciliationFindings findings,
                                 JdbcTemplate jdbc, TransactionTemplate transaction, ReadAheads readAheads,
                                 int batchSize) {
        this.payments = payments;
        this.candidates = candidates;
        this.bases = new MatchBasis(candidates, settings, owners);
        this.ledgers = new LedgerMatches(jdbc);
        this.settings = settings;
        this.directorates = directorates;
        this.findings = findings;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.readAheads = readAheads;
        this.batchSize = batchSize;
    }

    /**
     * The monthly run's match: drops the results of ledgers no longer current, keeps each current ledger's match
     * whose basis still holds and makes the others again; how many of the period's lines there are.
     */
    public long run(String period) {
        transaction.executeWithoutResult(status -> ledgers.removeNotCurrent(period));
        String basis = bases.of(period);
        PaymentMatcher matcher = null;
        long lines = 0;
        int reused = 0;
        int matched = 0;
        for (LedgerMatches.Entry ledger : ledgers.forMonth(period)) {
            if (basis.equals(ledger.basis())) {
                lines += ledger.payments();
                reused++;
                continue;
            }
            matcher = matcher == null ? matcher(period) : matcher;
            lines += match(ledger.ledgerId(), ledger.fileName(), period, basis, matcher);
            matched++;
        }
        log.info("payments of {}: {} ledger(s) matched, {} kept as matched before", period, matched, reused);
        return lines;
    }

    /**
     * Matches a just-published ledger for every month it has lines in, against what is current for each now; how
     * many lines. A month it leaves unmatched (a failure part-way) is matched by that month's monthly run.
     */
    public long matchLedger(long ledgerId) {
        List<String> months = transaction.execute(status -> ledgers.register(ledgerId));
        String fileName = ledgers.fileName(ledgerId);
        long lines = 0;
        for (String period : months) {
            // the ledger this one replaces (a re-export) must not be counted beside it until the monthly run
            transaction.executeWithoutResult(status -> ledgers.removeNotCurrent(period));
            // the basis first, then the candidates: a return published in between leaves a basis older than the
            // match, which the monthly run makes again, never a match older than its basis
            String basis = bases.of(period);
            lines += match(ledgerId, fileName, period, basis, matcher(period));
        }
        return lines;
    }

    private PaymentMatcher matcher(String period) {
        return new PaymentMatcher(SupplierIndex.of(candidates.contracts(period), settings.nameSimilarity()),
                SupplierIndex.of(candidates.grants(period), settings.nameSimilarity()), settings, directorates);
    }

    /** Replaces one ledger's match for the month; how many of its lines fall in the month. */
    private long match(long ledgerId, String fileName, String period, String basis, PaymentMatcher matcher) {
        transaction.executeWithoutResult(status -> ledgers.clear(ledgerId, period));
        PaymentMatchWriter writer = new PaymentMatchWriter(period, jdbc, findings, settings.on("R1"));
        PaymentTotals totals = new PaymentTotals(ledgerId);
        List<PaymentMatch> kept = new ArrayList<>(batchSize);
        long lines;
        try (MatchingReader reader = new MatchingReader(readAheads, payments, batchSize, ledgerId, fileName, period,
                matcher, writer, totals)) {
            for (PaymentMatch match = reader.next(); match != null; match = reader.next()) {
                kept.add(match);
                if (kept.size() >= batchSize) {
                    write(writer, kept);
                }
            }
            lines = reader.lines();
        }
        write(writer, kept);
        transaction.executeWithoutResult(status -> {
            totals.write(period, jdbc);
            ledgers.matched(ledgerId, period, basis, lines);
        });
        return lines;
    }

    private void write(PaymentMatchWriter writer, List<PaymentMatch> kept) {
        transaction.executeWithoutResult(status -> writer.write(kept));
        kept.clear();
    }
}
