package uk.gov.bestvalue.returns.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.bestvalue.returns.directory.Directorate;
import uk.gov.bestvalue.returns.reconcile.ReconcileSettings;
import uk.gov.bestvalue.returns.report.PackData.GridRow;
import uk.gov.bestvalue.returns.report.PackData.RunInfo;
import uk.gov.bestvalue.returns.report.PackData.SourceBatch;
import uk.gov.bestvalue.returns.report.PackData.SubmissionGrid;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnSpec;

/**
 * Who sent what for a period (the grid: received, loaded with findings, rejected, or missing when owed by rules.yml
 * {@code R6.owes} and not received by the deadline), the monthly run, and the load batches behind the figures.
 */
final class SubmissionQueries {

    static final String RECEIVED = "received";
    static final String WITH_FINDINGS = "loaded with findings";
    static final String REJECTED = "rejected";
    static final String MISSING = "missing";
    static final String NOT_DUE = "not due yet";
    static final String NOT_OWED = "not owed";

    private final JdbcClient jdbc;
    private final Directorates directorates;
    private final ReturnCatalog catalog;
    private final ReconcileSettings settings;

    SubmissionQueries(JdbcClient jdbc, Directorates directorates, ReturnCatalog catalog, ReconcileSettings settings) {
        this.jdbc = jdbc;
        this.directorates = directorates;
        this.catalog = catalog;
        this.settings = settings;
    }

    SubmissionGrid grid(YearMonth period, LocalDate today) {
        List<String> defaults = settings.owedBy("default");
        List<ReturnSpec> types = catalog.specs().stream().filter(s -> !s.isLedger())
                .sorted(Comparator.comparingInt(s -> defaults.contains(s.id()) ? defaults.indexOf(s.id()) : defaults.size()))
                .toList();
        Map<String, String> states = new HashMap<>();
        jdbc.sql("""
                SELECT b.return_type, b.directorate_id, b.status,
                       (SELECT COUNT(*) FROM finding f WHERE f.load_batch_id = b.load_batch_id AND f.monthly_period IS NULL)
                       AS findings
                FROM load_batch b
                WHERE b.period = ? AND b.status IN ('CURRENT', 'REJECTED', 'FAILED') AND b.return_type IS NOT NULL
                  AND b.directorate_id IS NOT NULL""")
                .param(period.toString())
                .query(rs -> {
                    String key = rs.getString("return_type") + "|" + rs.getString("directorate_id");
                    if ("CURRENT".equals(rs.getString("status"))) {
                        states.put(key, rs.getInt("findings") > 0 ? WITH_FINDINGS : RECEIVED);
                    } else {
                        states.putIfAbsent(key, REJECTED);
                    }
                });
        YearMonth next = period.plusMonths(1);
        LocalDate deadline = next.atDay(Math.min(settings.deadlineDay(), next.lengthOfMonth()));
        String unsent = today.isAfter(deadline) ? MISSING : NOT_DUE;
        List<GridRow> rows = new ArrayList<>();
        for (Directorate directorate : directorates.all()) {
            List<String> owed = settings.owedBy(directorate.id());
            List<String> cells = types.stream().map(t -> states.getOrDefault(t.id() + "|" + directorate.id(),
                    owed.contains(t.id()) ? unsent : NOT_OWED)).toList();
            if (cells.stream().anyMatch(c -> !c.equals(NOT_OWED))) {
                rows.add(new GridRow(directorate.name(), cells));
            }
        }
        return new SubmissionGrid(types.stream().map(t -> t.title().replaceFirst("(?i) return$", "")).toList(), rows,
                rejectedUnplaced(period));
    }

    /**
     * The files rejected before their return type or directorate could be told (unreadable, or not recognised), so
     * with no cell in the grid: those naming the period, and those naming none received from the period's first file
     * until the next period's first, when that month's returns were coming in.
     */
    List<String> rejectedUnplaced(YearMonth period) {
        String p = period.toString();
        return jdbc.sql("""
                SELECT b.file_name FROM load_batch b
                WHERE b.status = 'REJECTED' AND (b.return_type IS NULL OR b.directorate_id IS NULL)
                  AND (b.period = ?
                       OR (b.period IS NULL
                           AND b.received_at >= (SELECT MIN(f.received_at) FROM load_batch f WHERE f.period = ?)
                           AND NOT EXISTS (SELECT 1 FROM load_batch n WHERE n.period > ? AND n.received_at <= b.received_at)))
                ORDER BY b.received_at, b.file_name""")
                .params(p, p, p)
                .query(String.class).list();
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
