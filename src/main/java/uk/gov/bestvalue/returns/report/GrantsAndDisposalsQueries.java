package uk.gov.bestvalue.returns.report;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.bestvalue.returns.report.PackData.DisposalRow;
import uk.gov.bestvalue.returns.report.PackData.GrantRow;
import uk.gov.bestvalue.returns.report.PackData.LedgerReceipts;
import uk.gov.bestvalue.returns.rules.RuleSettings;

/**
 * The grants and property disposals KPIs of a period. A grant counts as specified, decided in public or with its
 * recipient identified when the return's own check found no G4, G3 or G6 on its row, so the pack says what the
 * rules say; disposals are completed by the period's end, and those for money (lettings aside, as in D5) owe a
 * capital receipt.
 */
final class GrantsAndDisposalsQueries {

    private static final String GRANTS = """
            SELECT g.directorate_id, COUNT(*) AS agreements, SUM(g.amount_awarded) AS awarded,
                   SUM(g.payments_to_date) AS paid,
                   SUM(CASE WHEN g.agreement_signed = TRUE THEN 1 ELSE 0 END) AS signed,
                   SUM(CASE WHEN f.g4 IS NULL THEN 1 ELSE 0 END) AS specified,
                   SUM(CASE WHEN f.g3 IS NULL THEN 1 ELSE 0 END) AS decided,
                   SUM(CASE WHEN f.g6 IS NULL THEN 1 ELSE 0 END) AS identified
            FROM v_grant_current g
            LEFT JOIN (SELECT load_batch_id, source_sheet, source_row,
                              MAX(CASE WHEN rule_id = 'G4' THEN 1 END) AS g4,
                              MAX(CASE WHEN rule_id = 'G3' THEN 1 END) AS g3,
                              MAX(CASE WHEN rule_id = 'G6' THEN 1 END) AS g6
                       FROM finding WHERE monthly_period IS NULL AND rule_id IN ('G3', 'G4', 'G6')
                       GROUP BY load_batch_id, source_sheet, source_row) f
              ON f.load_batch_id = g.load_batch_id AND f.source_sheet = g.source_sheet AND f.source_row = g.source_row
            WHERE g.period = ?
            GROUP BY g.directorate_id""";

    private static final String OWES_RECEIPT = "d.completion_date <= ? AND d.consideration > 0 "
            + "AND LOWER(COALESCE(d.disposal_type, '')) NOT LIKE '%letting%'";

    private static final String DISPOSALS = "SELECT d.directorate_id, COUNT(*) AS disposals, "
            + "SUM(CASE WHEN d.completion_date <= ? THEN 1 ELSE 0 END) AS completed, "
            + "SUM(d.consideration) AS consideration, "
            + "SUM(CASE WHEN " + OWES_RECEIPT + " THEN d.consideration ELSE 0 END) AS receipts_expected, "
            + "SUM(CASE WHEN " + OWES_RECEIPT + " THEN COALESCE(d.capital_receipt, 0) ELSE 0 END) "
            + "AS receipts_recorded, "
            + "SUM(CASE WHEN " + OWES_RECEIPT + " AND COALESCE(d.capital_receipt, 0) <= 0 THEN 1 ELSE 0 END) "
            + "AS without_receipt "
            + "FROM v_disposal_current d WHERE d.period = ? GROUP BY d.directorate_id";

    private final JdbcClient jdbc;
    private final Directorates directorates;
    private final RuleSettings rules;

    GrantsAndDisposalsQueries(JdbcClient jdbc, Directorates directorates, RuleSettings rules) {
        this.jdbc = jdbc;
        this.directorates = directorates;
        this.rules = rules;
    }

    List<GrantRow> grants(YearMonth period) {
        boolean g3 = rules.enabled("grants", "G3");
        boolean g4 = rules.enabled("grants", "G4");
        boolean g6 = rules.enabled("grants", "G6");
        record Row(String id, GrantRow grants) {
        }
        return jdbc.sql(GRANTS).param(period.toString())
                .query((rs, n) -> {
                    String id = rs.getString("directorate_id");
                    return new Row(id, new GrantRow(directorates.name(id), rs.getInt("agreements"),
                            rs.getBigDecimal("awarded"), rs.getBigDecimal("paid"), rs.getInt("signed"),
                            g4 ? rs.getInt("specified") : null, g3 ? rs.getInt("decided") : null,
                            g6 ? rs.getInt("identified") : null));
                })
                .list().stream()
                .sorted(Comparator.comparing(Row::id, directorates.order()))
                .map(Row::grants).toList();
    }

    List<DisposalRow> disposals(YearMonth period) {
        Date end = Date.valueOf(period.atEndOfMonth());
        record Row(String id, DisposalRow disposals) {
        }
        return jdbc.sql(DISPOSALS).params(end, end, end, end, period.toString())
                .query((rs, n) -> {
                    String id = rs.getString("directorate_id");
                    return new Row(id, new DisposalRow(directorates.name(id), rs.getInt("disposals"),
                            rs.getInt("completed"), zero(rs.getBigDecimal("consideration")),
                            zero(rs.getBigDecimal("receipts_expected")), zero(rs.getBigDecimal("receipts_recorded")),
                            rs.getInt("without_receipt")));
                })
                .list().stream()
                .sorted(Comparator.comparing(Row::id, directorates.order()))
                .map(Row::disposals).toList();
    }

    /** The capital receipts dated in the month, on every current receipts ledger. */
    LedgerReceipts receipts(YearMonth period) {
        return jdbc.sql("SELECT COUNT(*) AS receipts, SUM(amount) AS amount FROM v_receipt_current "
                        + "WHERE receipt_date BETWEEN ? AND ?")
                .params(Date.valueOf(period.atDay(1)), Date.valueOf(period.atEndOfMonth()))
                .query((rs, n) -> new LedgerReceipts(rs.getInt("receipts"), zero(rs.getBigDecimal("amount"))))
                .single();
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
