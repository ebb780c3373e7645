package uk.gov.bestvalue.returns.reconcile;

import java.sql.Types;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes what a match leaves line by line: a {@code payment_match} row for a grant payment or a match on a similar
 * name, and an R1 finding, at the ledger line's amount cell, for an off-contract line (the finding is that line's
 * record). A match on company number or exact name leaves nothing here: it is only summed, in {@link PaymentTotals}.
 */
public class PaymentMatchWriter {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String INSERT = "INSERT INTO payment_match (period, payment_fact_id, payment_date, amount, "
            + "directorate_id, kind, method, score, contract_fact_id, grant_fact_id, matched_reference, "
            + "matched_directorate_id, ledger_load_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final String period;
    private final JdbcTemplate jdbc;
    private final ReconciliationFindings findings;
    private final boolean r1;

    public PaymentMatchWriter(String period, JdbcTemplate jdbc, ReconciliationFindings findings, boolean r1) {
        this.period = period;
        this.jdbc = jdbc;
        this.findings = findings;
        this.r1 = r1;
    }

    /**
     * Whether a match keeps a {@code payment_match} row: a grant payment (R3 checks each) or a match on a similar
     * name (a judgement someone may question).
     */
    private static boolean keepsLine(PaymentMatch match) {
        return PaymentMatch.GRANT.equals(match.kind()) || match.result().method() == MatchMethod.NAME_SIMILAR;
    }

    /** Whether the writer has anything to write for the match: its line, or its R1 finding. */
    public boolean writes(PaymentMatch match) {
        return keepsLine(match) || (r1 && match.offContract());
    }

    /** Writes the lines of the matches that keep one and the R1 findings of those off-contract. */
    public void write(List<PaymentMatch> matches) {
        List<Object[]> rows = new ArrayList<>(matches.size());
        List<ReconciliationFinding> offContract = new ArrayList<>();
        for (PaymentMatch match : matches) {
            if (r1 && match.offContract()) {
                offContract.add(r1Finding(match));
            }
            if (!keepsLine(match)) {
                continue;
            }
            LedgerPayment p = match.payment();
            Candidate c = match.result().candidate();
            boolean contract = PaymentMatch.CONTRACT.equals(match.kind());
            rows.add(new Object[] {period, p.paymentFactId(), p.date() == null ? null : java.sql.Date.valueOf(p.date()),
                    p.amount(), match.directorateId(), match.kind(), match.result().method().code(),
                    c == null ? null : match.result().score(), c != null && contract ? c.factId() : null,
                    c != null && !contract ? c.factId() : null, c == null ? null : c.reference(),
                    c == null ? null : c.directorateId(), p.loadBatchId()});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows, new int[] {Types.CHAR, Types.BIGINT, Types.DATE, Types.DECIMAL,
                    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DOUBLE, Types.BIGINT, Types.BIGINT, Types.VARCHAR,
                    Types.VARCHAR, Types.BIGINT});
        }
        findings.insert(offContract);
    }

    private ReconciliationFinding r1Finding(PaymentMatch match) {
        LedgerPayment p = match.payment();
        String supplier = p.supplierName() == null ? "an unnamed supplier" : p.supplierName();
        StringBuilder message = new StringBuilder("Off-contract spend: " + Money.pounds(p.amount()) + " paid to "
                + supplier + (p.date() == null ? "" : " on " + DAY.format(p.date()))
                + " with no live contract for this supplier on any current procurement return.");
        Candidate notLive = match.result().notLive();
        if (notLive != null) {
            message.append(" Contract ").append(notLive.reference()).append(" (").append(notLive.directorateId())
                    .append(") with this supplier runs ")
                    .append(notLive.start() == null ? "?" : DAY.format(notLive.start())).append(" to ")
                    .append(notLive.end() == null ? "?" : DAY.format(notLive.end())).append(".");
        }
        message.append(" Put a contract in place or record why none is needed.");
        LedgerLine line = new LedgerLine(p.loadBatchId(), p.fileName(), p.sheet(), p.row());
        return ReconciliationFinding.onLedger(period, "R1", "error", line, "amount",
                p.amount() == null ? null : p.amount().toPlainString(), message.toString(), match.directorateId());
    }
}
