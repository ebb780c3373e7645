package uk.gov.bestvalue.returns.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R5: between a directorate's procurement returns for last month and this month, a contract that vanished before
 * its end date (at last month's row) or whose total value changed (at this month's Total Value cell). A directorate
 * without this month's return is R6's business, not R5's.
 */
public final class MonthOnMonthCheck {

    private static final String PAIRS = "SELECT p.contract_fact_id AS last_fact_id, "
            + "p.load_batch_id AS last_load_batch_id, p.source_sheet AS last_source_sheet, p.source_row AS last_source_row, p.directorate_id, "
            + "p.contract_reference, p.supplier_name, p.total_value AS last_total_value, p.end_date, "
            + "c.contract_fact_id AS now_fact_id, c.load_batch_id AS now_load_batch_id, "
            + "c.source_sheet AS now_source_sheet, c.source_row AS now_source_row, c.total_value AS now_total_value "
            + "FROM v_contract_current p "
            + "LEFT JOIN v_contract_current c ON c.directorate_id = p.directorate_id AND c.period = ? "
            + "  AND UPPER(c.contract_reference) = UPPER(p.contract_reference) "
            + "WHERE p.period = ? AND p.contract_reference IS NOT NULL AND EXISTS (SELECT 1 FROM load_batch b "
            + "  WHERE b.status = 'CURRENT' AND b.return_type = 'procurement-contracts' "
            + "  AND b.directorate_id = p.directorate_id AND b.period = ?) "
            + "ORDER BY p.directorate_id, p.source_row, c.source_row";

    private final JdbcClient jdbc;
    private final ReconciliationFindings findings;

    public MonthOnMonthCheck(JdbcClient jdbc, ReconciliationFindings findings) {
        this.jdbc = jdbc;
        this.findings = findings;
    }

    /** Replaces the period's R5 findings; how many there are. */
    public int run(String period) {
        findings.clear(period, "R5");
        YearMonth month = YearMonth.parse(period);
        String previous = month.minusMonths(1).toString();
        List<ReconciliationFinding> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        jdbc.sql(PAIRS).params(period, previous, period).query(rs -> {
            String directorate = rs.getString("directorate_id");
            String reference = rs.getString("contract_reference");
            if (!seen.add(directorate + "|" + reference.toUpperCase(Locale.ROOT))) {
                return; // a reference repeated within a return (P8) is compared once
            }
            BigDecimal before = rs.getBigDecimal("last_total_value");
            LocalDate end = rs.getObject("end_date", LocalDate.class);
            ReturnLine now = ReturnLine.read(rs, "now_", directorate);
            if (now == null) {
                if (end == null || !end.isBefore(month.atDay(1))) {
                    ReturnLine last = ReturnLine.read(rs, "last_", directorate);
                    found.add(ReconciliationFinding.onReturn(period, "R5", "error", last, "contract_reference",
                            reference, "Contract vanished: " + reference + " (" + rs.getString("supplier_name")
                                    + ") was on the " + previous + " return, runs until " + (end == null ? "no end date"
                                    : PaymentMatchWriter.DAY.format(end)) + ", but is not on the " + period
                                    + " return. Put it back, or say why it ended early.", null));
                }
                return;
            }
            BigDecimal after = rs.getBigDecimal("now_total_value");
            if (before != null && after != null && before.compareTo(after) != 0) {
                found.add(ReconciliationFinding.onReturn(period, "R5", "error", now, "total_value",
                        after.toPlainString(), "Contract value changed: " + reference + " was "
                                + Money.pounds(before) + " on the " + previous + " return and is " + Money.pounds(after)
                                + " now. Confirm the variation and its approval.", null));
            }
        });
        findings.insert(found);
        return found.size();
    }
}
