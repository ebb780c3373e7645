package uk.gov.bestvalue.returns.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.bestvalue.returns.report.PackData.GridRow;
import uk.gov.bestvalue.returns.report.PackData.RunInfo;
import uk.gov.bestvalue.returns.report.PackData.SourceBatch;
import uk.gov.bestvalue.returns.report.PackData.SubmissionGrid;

/**
 * Who sent what for a period (the grid, read by {@link MonthSubmissions}), the monthly run, and the load batches
 * behind the figures.
 */
final class SubmissionQueries {

    private final JdbcClient jdbc;
    private final Directorates directorates;
    private final MonthSubmissions submissions;

    SubmissionQueries(JdbcClient jdbc, Directorates directorates, MonthSubmissions submissions) {
        this.jdbc = jdbc;
        this.directorates = directorates;
        this.submissions = submissions;
    }

    /** The month's grid as the pack prints it: each cell's state by directorate name, the unplaced files' names. */
    SubmissionGrid grid(YearMonth period, LocalDate today) {
        MonthSubmissions.Grid grid = submissions.read(period, today);
        List<GridRow> rows = grid.rows().stream().map(row -> new GridRow(row.directorate().name(),
                row.cells().stream().map(MonthSubmissions.Cell::state).toList())).toList();
        return new SubmissionGrid(grid.returns(), rows,
                grid.unplaced().stream().map(MonthSubmissions.Unplaced::fileName).toList());
    }

    /**
     * The period's last monthly run, or null. The payment counts are read from the reconciliation's own totals, not
     * from the run's record: the pack written by the run itself comes before the run records them.
     */
    RunInfo run(YearMonth period) {
        String month = period.toString();
        Integer payments = jdbc.sql("SELECT COALESCE(SUM(payments), 0) FROM payment_total WHERE period = ?")
                .param(month).query(Integer.class).single();
        Integer matched = jdbc.sql("SELECT COALESCE(SUM(payments), 0) FROM payment_total WHERE period = ? "
                        + "AND method <> 'none'")
                .param(month).query(Integer.class).single();
        return jdbc.sql("SELECT status, finished_at FROM monthly_run WHERE period = ? ORDER BY monthly_run_id DESC")
                .param(month)
                .query((rs, n) -> new RunInfo(rs.getString("status"), time(rs.getTimestamp("finished_at")), payments,
                        matched))
                .list().stream().findFirst().orElse(null);
    }

    /** The number of findings of each reconciliation rule R1-R6 in the period. */
    Map<String, Integer> reconciliationCounts(YearMonth period) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String rule : List.of("R1", "R2", "R3", "R4", "R5", "R6")) {
            counts.put(rule, 0);
        }
        jdbc.sql("SELECT rule_id, SUM(findings) AS findings FROM v_reconciliation_counts WHERE period = ? "
                        + "GROUP BY rule_id")
                .param(period.toString())
                .query(rs -> {
                    counts.put(rs.getString("rule_id"), rs.getInt("findings"));
                });
        return counts;
    }

    /**
     * The current batches the pack's figures come from: the period's returns, the ledger files with payments or
     * receipts dated in the month, those carrying the month's reconciliation findings (R5 reads last month's return),
     * and the milestones returns of the trend's months. EXISTS stops at a batch's first line, however long the ledger.
     */
    List<SourceBatch> sources(YearMonth period) {
        String p = period.toString();
        Date first = Date.valueOf(period.atDay(1));
        Date last = Date.valueOf(period.atEndOfMonth());
        return jdbc.sql("""
                SELECT b.load_batch_id, b.file_name, b.return_type, b.directorate_id, b.period, b.status, b.rows_loaded,
                       b.sha256, b.received_at, b.finished_at
                FROM load_batch b
                WHERE b.status = 'CURRENT' AND (b.period = ?
                   OR EXISTS (SELECT 1 FROM payment_fact p WHERE p.load_batch_id = b.load_batch_id
                              AND p.payment_date BETWEEN ? AND ?)
                   OR EXISTS (SELECT 1 FROM receipt_fact r WHERE r.load_batch_id = b.load_batch_id
                              AND r.receipt_date BETWEEN ? AND ?)
                   OR EXISTS (SELECT 1 FROM finding f WHERE f.load_batch_id = b.load_batch_id AND f.monthly_period = ?)
                   OR (b.return_type = 'action-plan-milestones' AND b.period BETWEEN ? AND ?))
                ORDER BY b.period DESC, b.return_type, b.directorate_id, b.file_name""")
                .params(p, first, last, first, last, p, period.minusMonths(11).toString(), p)
                .query((rs, n) -> {
                    String directorate = rs.getString("directorate_id");
                    return new SourceBatch(rs.getLong("load_batch_id"), rs.getString("file_name"),
                            rs.getString("return_type"), directorate == null ? null : directorates.name(directorate),
                            rs.getString("period"), rs.getString("status"), rs.getObject("rows_loaded", Integer.class),
                            rs.getString("sha256"), time(rs.getTimestamp("received_at")),
                            time(rs.getTimestamp("finished_at")));
                })
                .list();
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
