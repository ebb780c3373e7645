package uk.gov.bestvalue.returns.reconcile;

import java.math.BigDecimal;
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

    private static final String PAYMENTS = "SELECT m.amount, m.payment_date, m.directorate_id, p.load_batch_id, "
            + "b.file_name, p.source_sheet, p.source_row, p.supplier_name, g.grant_fact_id AS grant_fact_id, "
            + "g.load_batch_id AS grant_load_batch_id, g.source_sheet AS grant_source_sheet, "
            + "g.source_row AS grant_source_row, m.matched_directorate_id, g.grant_reference, g.recipient_name, "
            + "g.amount_awarded, g.agreement_signed, g.agreement_signed_date "
            + "FROM payment_match m JOIN payment_fact p ON p.payment_fact_id = m.payment_fact_id "
            + "JOIN load_batch b ON b.load_batch_id = p.load_batch_id "
            + "LEFT JOIN grant_fact g ON g.grant_fact_id = m.grant_fact_id "
            + "WHERE m.period = ? AND m.kind = 'grant' ORDER BY m.payment_fact_id";
    private static final String TO_DATE = "SELECT matched_directorate_id, matched_reference, SUM(amount) AS paid "
            + "FROM payment_match "
            + "WHERE kind = 'grant' AND method <> 'none' AND period <= ? GROUP BY matched_directorate_id, matched_reference";

    private final JdbcClient jdbc;
    private final ReconciliationFindings findings;

    public GrantPaymentCheck(JdbcClient jdbc, ReconciliationFindings findings) {
        this.jdbc = jdbc;
        this.findings = findings;
    }

    private record GrantPayment(BigDecimal amount, LocalDate date, String directorateId, LedgerLine line,
                                String payee, Grant grant, Boolean signed, LocalDate signedDate) {
    }

    /** The grant a payment was matched to, as its findings name it. */
    private record Grant(ReturnLine line, String reference, String recipient, BigDecimal awarded) {
    }

    /** Replaces the period's R3 findings; how many there are. */
    public int run(String period) {
        findings.clear(period, "R3");
        Map<String, BigDecimal> toDate = new HashMap<>();
        jdbc.sql(TO_DATE).param(period).query(rs -> {
            toDate.put(rs.getString("matched_directorate_id") + "|" + rs.getString("matched_reference"),
                    rs.getBigDecimal("paid"));
        });
        List<GrantPayment> payments = jdbc.sql(PAYMENTS).param(period).query((rs, n) -> {
            ReturnLine grantLine = ReturnLine.read(rs, "grant_", rs.getString("matched_directorate_id"));
            Grant grant = grantLine == null ? null : new Grant(grantLine, rs.getString("grant_reference"),
                    rs.getString("recipient_name"), rs.getBigDecimal("amount_awarded"));
            return new GrantPayment(rs.getBigDecimal("amount"), rs.getObject("payment_date", LocalDate.class),
                    rs.getString("directorate_id"), LedgerLine.read(rs, ""), rs.getString("supplier_name"), grant,
                    rs.getObject("agreement_signed", Boolean.class),
                    rs.getObject("agreement_signed_date", LocalDate.class));
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
            lastByGrant.put(p.grant().line().factId(), p);
            boolean signedBefore = Boolean.TRUE.equals(p.signed()) && p.signedDate() != null
                    && (p.date() == null || !p.signedDate().isAfter(p.date()));
            if (!signedBefore) {
                found.add(ReconciliationFinding.onReturn(period, "R3", "error", p.grant().line(), "agreement_signed_date",
                        p.signedDate() == null ? null : p.signedDate().toString(), "Grant payment before a signed "
                                + "agreement: " + paid + " on grant " + p.grant().reference() + ", whose agreement "
                                + (p.signedDate() == null ? "is not signed" : "was signed only on "
                                + PaymentMatchWriter.DAY.format(p.signedDate())) + ".", p.line()));
            }
        }
        for (GrantPayment p : lastByGrant.values()) {
            Grant grant = p.grant();
            BigDecimal paid = toDate.get(grant.line().directorateId() + "|" + grant.reference());
            if (grant.awarded() != null && paid != null && paid.compareTo(grant.awarded()) > 0) {
                found.add(ReconciliationFinding.onReturn(period, "R3", "error", grant.line(), "amount_awarded",
                        grant.awarded().toPlainString(), "Grant payments beyond the award: the ledger shows "
                                + Money.pounds(paid) + " paid on grant " + grant.reference() + " to " + grant.recipient()
                                + " up to the end of " + period + ", more than the " + Money.pounds(grant.awarded())
                                + " awarded.", p.line()));
            }
        }
        findings.insert(found);
        return found.size();
    }
}
