package uk.gov.bestvalue.returns.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R4: the period's capital receipts against the completed disposals (matched on the disposal reference, else the
 * UPRN): a receipt with no completed disposal, or differing from it beyond the tolerance; and a disposal completed
 * in the period for a consideration with no receipt in any current receipts ledger (lettings excepted, as in D5).
 */
public final class CapitalReceiptCheck {

    private static final String RECEIPTS = "SELECT r.load_batch_id, r.file_name, r.source_sheet, r.source_row, "
            + "r.receipt_date, r.amount, r.receipt_reference, r.uprn, r.disposal_reference, r.department "
            + "FROM v_receipt_current r ORDER BY r.receipt_fact_id";
    private static final String DISPOSALS = "SELECT d.disposal_fact_id AS fact_id, d.load_batch_id, d.source_sheet, "
            + "d.source_row, d.directorate_id, d.disposal_reference, d.uprn, d.disposal_type, d.consideration, "
            + "d.capital_receipt, d.completion_date FROM v_disposal_current d WHERE d.period = (SELECT MAX(b.period) "
            + "FROM load_batch b WHERE b.status = 'CURRENT' AND b.return_type = 'property-disposals' "
            + "AND b.directorate_id = d.directorate_id AND b.period <= ?) ORDER BY d.directorate_id, d.source_row";

    private record Receipt(LedgerLine line, LocalDate date, BigDecimal amount, String reference, String uprn,
                           String disposalReference, String department) {
    }

    private record Disposal(ReturnLine line, String reference, String uprn, String type, BigDecimal consideration,
                            BigDecimal receipt, LocalDate completed) {

        BigDecimal expected() {
            return receipt != null && receipt.signum() > 0 ? receipt : consideration;
        }
    }

    private final JdbcClient jdbc;
    private final ReconciliationFindings findings;
    private final ReconcileSettings settings;
    private final DirectorateNames directorates;

    public CapitalReceiptCheck(JdbcClient jdbc, ReconciliationFindings findings, ReconcileSettings settings,
                               DirectorateNames directorates) {
        this.jdbc = jdbc;
        this.findings = findings;
        this.settings = settings;
        this.directorates = directorates;
    }

    /** Replaces the period's R4 findings; how many there are. */
    public int run(String period) {
        findings.clear(period, "R4");
        YearMonth month = YearMonth.parse(period);
        List<Receipt> receipts = jdbc.sql(RECEIPTS).query((rs, n) -> new Receipt(LedgerLine.read(rs, ""),
                rs.getObject("receipt_date", LocalDate.class), rs.getBigDecimal("amount"),
                rs.getString("receipt_reference"), digits(rs.getString("uprn")), key(rs.getString("disposal_reference")),
                rs.getString("department"))).list();
        Map<String, Disposal> byReference = new HashMap<>();
        Map<String, Disposal> byUprn = new HashMap<>();
        List<Disposal> disposals = jdbc.sql(DISPOSALS).param(period).query((rs, n) -> new Disposal(
                ReturnLine.read(rs, "", rs.getString("directorate_id")), rs.getString("disposal_reference"),
                digits(rs.getString("uprn")), rs.getString("disposal_type"), rs.getBigDecimal("consideration"),
                rs.getBigDecimal("capital_receipt"), rs.getObject("completion_date", LocalDate.class))).list();
        for (Disposal d : disposals) {
            byReference.putIfAbsent(key(d.reference()), d);
            if (d.uprn() != null) {
                byUprn.putIfAbsent(d.uprn(), d);
            }
        }
        List<ReconciliationFinding> found = new ArrayList<>();
        Set<Long> received = new HashSet<>();
        for (Receipt r : receipts) {
            Disposal d = r.disposalReference() != null && byReference.containsKey(r.disposalReference())
                    ? byReference.get(r.disposalReference()) : r.uprn() == null ? null : byUprn.get(r.uprn());
            if (d != null) {
                received.add(d.line().factId());
            }
            if (r.date() == null || !YearMonth.from(r.date()).equals(month)) {
                continue; // receipts of other months were reconciled in their own month
            }
            String what = "Capital receipt " + (r.reference() == null ? "" : r.reference() + " ") + "of "
                    + Money.pounds(r.amount()) + " on " + PaymentMatchWriter.DAY.format(r.date());
            if (d == null || d.completed() == null || d.completed().isAfter(month.atEndOfMonth())) {
                found.add(ReconciliationFinding.onLedger(period, "R4", "error", r.line(), "amount",
                        r.amount() == null ? null : r.amount().toPlainString(), what + (d == null
                                ? " matches no disposal on any current disposals return (by disposal reference or UPRN)."
                                : " is for disposal " + d.reference() + ", which is not completed by the end of "
                                + period + ".") + " Record the disposal or correct the receipt's reference.",
                        directorates.of(r.department())));
            } else if (outsideTolerance(r.amount(), d.expected())) {
                found.add(ReconciliationFinding.onReturn(period, "R4", "error", d.line(), "capital_receipt",
                        d.receipt() == null ? null : d.receipt().toPlainString(), what + " does not match disposal "
                                + d.reference() + ", whose " + (d.receipt() != null && d.receipt().signum() > 0
                                ? "capital receipt" : "consideration") + " is " + Money.pounds(d.expected())
                                + " (tolerance " + settings.receiptTolerance().movePointRight(2).stripTrailingZeros()
                                .toPlainString() + "%).", r.line()));
            }
        }
        for (Disposal d : disposals) {
            boolean completedInMonth = d.completed() != null && YearMonth.from(d.completed()).equals(month);
            boolean forMoney = d.consideration() != null && d.consideration().signum() > 0;
            boolean letting = d.type() != null && d.type().toLowerCase(Locale.ROOT).contains("letting");
            if (completedInMonth && forMoney && !letting && !received.contains(d.line().factId())) {
                found.add(ReconciliationFinding.onReturn(period, "R4", "error", d.line(), "capital_receipt",
                        d.receipt() == null ? null : d.receipt().toPlainString(), "Disposal without a receipt: "
                                + d.reference() + " completed on " + PaymentMatchWriter.DAY.format(d.completed())
                                + " for " + Money.pounds(d.consideration()) + ", but no capital receipts ledger has "
                                + "its receipt. Chase the purchaser's payment or correct the completion.", null));
            }
        }
        findings.insert(found);
        return found.size();
    }

    private boolean outsideTolerance(BigDecimal amount, BigDecimal expected) {
        if (amount == null || expected == null || expected.signum() == 0) {
            return amount == null || expected == null || amount.signum() != 0;
        }
        BigDecimal share = amount.subtract(expected).abs().divide(expected.abs(), 6, RoundingMode.HALF_UP);
        return share.compareTo(settings.receiptTolerance()) > 0;
    }

    private static String key(String reference) {
        return reference == null || reference.isBlank() ? null : reference.trim().toUpperCase(Locale.ROOT);
    }

    private static String digits(String uprn) {
        String digits = uprn == null ? "" : uprn.replaceAll("\\.0+$", "").replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : digits.replaceFirst("^0+(?=.)", "");
    }
}
