package uk.gov.bestvalue.returns.reconcile;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R3: a grant payment in the ledger with no grant agreement on any current grants return (at the ledger line's
 * amount), paid before the agreement was signed (at the grant's signed-date cell), or taking the payments to date
 * beyond the award (at the grant's amount awarded).
 */
public final class GrantPaymentCheck {

    private static final String PAYMENTS = "SELECT m.payment_fact_id, m.method, m.amount, m.payment_date, "
            + "m.directorate_id, p.load_batch_id, b.file_name, p.source_sheet, p.source_row, p.supplier_name, "
            + "g.grant_fact_id, g.load_batch_id, g.source_sheet, g.source_row, m.matched_directorate_id, "
            + "g.grant_reference, g.recipient_name, g.amount_awarded, g.agreement_signed, g.agreement_signed_date "
            + "FROM payment_match m JOIN payment_fact p ON p.payment_fact_id = m.payment_fact_id "
            + "JOIN load_batch b ON b.load_batch_id = p.load_batch_id "
            + "LEFT JOIN grant_fact g ON g.grant_fact_id = m.grant_fact_id "
            + "WHERE m.period = ? AND m.kind = 'grant' ORDER BY m.payment_fact_id";
    private static final String TO_DATE = "SELECT matched_directorate_id, matched_reference, SUM(amount) FROM payment_match "
            + "WHERE kind = 'grant' AND method <> 'none' AND period <= ? GROUP BY matched_directorate_id, matched_reference";

    private final JdbcClient jdbc;
    private final ReconciliationFindings findings;

    public GrantPaymentCheck(JdbcClient jdbc, ReconciliationFindings findings) {
        this.jdbc = jdbc;
        this.findings = findings;
    }

    private record GrantPayment(BigDecimal amount, LocalDate date, String directorateId, LedgerLine line,
                                String payee, Candidate grant, Boolean signed, LocalDate signedDate) {
    }

    /** Replaces the period's R3 findings; how many there are. */
    public int run(String period) {
        findings.clear(period, "R3");
        Map<String, BigDecimal> toDate = new HashMap<>();
        jdbc.sql(TO_DATE).param(period).query(rs -> {
            toDate.put(rs.getString(1) + "|" + rs.getString(2), rs.getBigDecimal(3));
        });
        List<GrantPayment> payments = jdbc.sql(PAYMENTS).param(period).query((rs, n) -> {
            Long grantId = rs.getObject(11, Long.class);
            Candidate grant = grantId == null ? null : new Candidate(grantId, rs.getLong(12), rs.getString(13),
                    rs.getInt(14), rs.getString(15), rs.getString(16), rs.getString(17), null, null, null, null,
                    rs.getBigDecimal(18));
            Date signedDate = rs.getDate(20);
            return new GrantPayment(rs.getBigDecimal(3), rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                    rs.getString(5), new LedgerLine(rs.getLong(6), rs.getString(7), rs.getString(8), rs.getInt(9)),
                    rs.getString(10), grant, (Boolean) rs.getObject(19, Boolean.class),
                    signedDate == null ? null : signedDate.toLocalDate());
        }).list();
        List<ReconciliationFinding> found = new ArrayList<>();
        Map<Long, GrantPayment> lastByGrant = new LinkedHashMap<>();
        for (GrantPayment p : payments) {
            String paid = Money.pounds(p.amount()) + " paid to " + (p.payee() == null ? "an unnamed payee" : p.payee())
                    + (p.date() == null ? "" : " on " + PaymentMatchWriter.DAY.format(p.date()));
            if (p.grant() == null) {
                found.add(ReconciliationFinding.onLedger(period, "R3", "error", p.line(), "amount",
                        p.amount() == null ? null : p.amount().toPlainString(), "Grant payment without an agreement: "
                                + paid + ", but no current grants return has a grant to this recipient. Record the "
                                + "grant and its signed agreement, or recover the payment.", p.directorateId()));
                continue;
            }
            lastByGrant.put(p.grant().factId(), p);
            boolean signedBefore = Boolean.TRUE.equals(p.signed()) && p.signedDate() != null
                    && (p.date() == null || !p.signedDate().isAfter(p.date()));
            if (!signedBefore) {
                found.add(ReconciliationFinding.onReturn(period, "R3", "error", p.grant(), "agreement_signed_date",
                        p.signedDate() == null ? null : p.signedDate().toString(), "Grant payment before a signed "
                                + "agreement: " + paid + " on grant " + p.grant().reference() + ", whose agreement "
                                + (p.signedDate() == null ? "is not signed" : "was signed only on "
                                + PaymentMatchWriter.DAY.format(p.signedDate())) + ".", p.line()));
            }
        }
        for (GrantPayment p : lastByGrant.values()) {
            Candidate grant = p.grant();
            BigDecimal paid = toDate.get(grant.directorateId() + "|" + grant.reference());
            if (grant.value() != null && paid != null && paid.compareTo(grant.value()) > 0) {
                found.add(ReconciliationFinding.onReturn(period, "R3", "error", grant, "amount_awarded",
                        grant.value().toPlainString(), "Grant payments beyond the award: the ledger shows "
                                + Money.pounds(paid) + " paid on grant " + grant.reference() + " to " + grant.name()
                                + " up to the end of " + period + ", more than the " + Money.pounds(grant.value())
                                + " awarded.", p.line()));
            }
        }
        findings.insert(found);
        return found.size();
    }
}
