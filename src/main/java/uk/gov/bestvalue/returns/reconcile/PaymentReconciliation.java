package uk.gov.bestvalue.returns.reconcile;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monthly match (R1): streams the period's payment lines once, matches each against the contracts and grants
 * indexed in memory, writes the lines that need a line of their own and their R1 findings in batches as it goes,
 * and sums every line by what it was matched to. Run in one transaction: a failed run leaves nothing, and a
 * restart matches the period again from the start (the results are derived, and a run is seconds per million lines).
 */
public final class PaymentReconciliation {

    private final CurrentPayments payments;
    private final CandidateQueries candidates;
    private final ReconcileSettings settings;
    private final DirectorateNames directorates;
    private final ReconciliationFindings findings;
    private final JdbcTemplate jdbc;
    private final int batchSize;

    public PaymentReconciliation(CurrentPayments payments, CandidateQueries candidates, ReconcileSettings settings,
                                 DirectorateNames directorates, ReconciliationFindings findings, JdbcTemplate jdbc,
                                 int batchSize) {
        this.payments = payments;
        this.candidates = candidates;
        this.settings = settings;
        this.directorates = directorates;
        this.findings = findings;
        this.jdbc = jdbc;
        this.batchSize = batchSize;
    }

    /** Replaces the period's matches, totals and R1 findings; how many lines were matched. */
    public long run(String period) {
        jdbc.update("DELETE FROM payment_match WHERE period = ?", period);
        jdbc.update("DELETE FROM payment_total WHERE period = ?", period);
        findings.clear(period, "R1");
        PaymentMatcher matcher = new PaymentMatcher(
                SupplierIndex.of(candidates.contracts(period), settings.nameSimilarity()),
                SupplierIndex.of(candidates.grants(period), settings.nameSimilarity()), settings, directorates);
        PaymentMatchWriter writer = new PaymentMatchWriter(period, jdbc, findings, settings.on("R1"));
        PaymentTotals totals = new PaymentTotals();
        List<PaymentMatch> kept = new ArrayList<>(batchSize);
        long lines = payments.forEach(period, payment -> {
            PaymentMatch match = matcher.process(payment);
            totals.add(match);
            if (PaymentMatchWriter.keepsLine(match)) {
                kept.add(match);
                if (kept.size() == batchSize) {
                    writer.write(kept);
                    kept.clear();
                }
            }
        });
        writer.write(kept);
        totals.write(period, jdbc);
        return lines;
    }
}
