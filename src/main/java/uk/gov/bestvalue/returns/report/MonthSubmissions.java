package uk.gov.bestvalue.returns.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.bestvalue.returns.directory.Directorate;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.reconcile.ReconcileSettings;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnSpec;

/**
 * Who sent what for a month, read once for the pack's submissions section and the live page's grid alike: for each
 * directorate and return, the current snapshot, else the newest file rejected or failed, else missing when owed by
 * rules.yml {@code R6.owes} and not received by the deadline day of the next month; with the load batch behind each.
 */
public final class MonthSubmissions {

    public static final String RECEIVED = "received";
    public static final String WITH_FINDINGS = "loaded with findings";
    public static final String REJECTED = "rejected";
    public static final String MISSING = "missing";
    public static final String NOT_DUE = "not due yet";
    public static final String NOT_OWED = "not owed";

    /** A month's grid: the returns' titles (the columns), a row per directorate owing or sending one, the unplaced. */
    public record Grid(List<String> returns, List<Row> rows, List<Unplaced> unplaced) {
    }

    /** A directorate's returns that month, in the grid's column order. */
    public record Row(Directorate directorate, List<Cell> cells) {
    }

    /** What became of one return: its state, the load batch behind it (null when none came), its own findings. */
    public record Cell(String state, Long loadBatchId, int findings) {
    }

    /** A file rejected before its return or directorate could be told, and why. */
    public record Unplaced(long loadBatchId, String fileName, String reason) {
    }

    private final JdbcClient jdbc;
    private final OwnersDirectory owners;
    private final ReturnCatalog catalog;
    private final ReconcileSettings settings;

    public MonthSubmissions(JdbcClient jdbc, OwnersDirectory owners, ReturnCatalog catalog,
                            ReconcileSettings settings) {
        this.jdbc = jdbc;
        this.owners = owners;
        this.catalog = catalog;
        this.settings = settings;
    }

    /** The month's grid as it stands on {@code today} (which decides missing against not due yet). */
    public Grid read(YearMonth period, LocalDate today) {
        List<String> defaults = settings.owedBy("default");
        List<ReturnSpec> types = catalog.specs().stream().filter(s -> !s.isLedger())
                .sorted(Comparator.comparingInt(s -> defaults.contains(s.id()) ? defaults.indexOf(s.id()) : defaults.size()))
                .toList();
        Map<String, Cell> cells = new HashMap<>();
        jdbc.sql("""
                SELECT b.return_type, b.directorate_id, b.status, b.load_batch_id,
                       (SELECT COUNT(*) FROM finding f WHERE f.load_batch_id = b.load_batch_id AND f.monthly_period IS NULL)
                       AS findings
                FROM load_batch b
                WHERE b.period = ? AND b.status IN ('CURRENT', 'REJECTED', 'FAILED') AND b.return_type IS NOT NULL
                  AND b.directorate_id IS NOT NULL
                ORDER BY b.load_batch_id DESC""")
                .param(period.toString())
                .query(rs -> {
                    String key = rs.getString("return_type") + "|" + rs.getString("directorate_id");
                    long batch = rs.getLong("load_batch_id");
                    int findings = rs.getInt("findings");
                    if ("CURRENT".equals(rs.getString("status"))) {
                        cells.put(key, new Cell(findings > 0 ? WITH_FINDINGS : RECEIVED, batch, findings));
                    } else {
                        // the newest rejected file stands for the return until one is loaded
                        cells.putIfAbsent(key, new Cell(REJECTED, batch, findings));
                    }
                });
        YearMonth next = period.plusMonths(1);
        LocalDate deadline = next.atDay(Math.min(settings.deadlineDay(), next.lengthOfMonth()));
        String unsent = today.isAfter(deadline) ? MISSING : NOT_DUE;
        List<Row> rows = new ArrayList<>();
        for (Directorate directorate : owners.directorates()) {
            List<String> owed = settings.owedBy(directorate.id());
            List<Cell> row = types.stream().map(t -> cells.getOrDefault(t.id() + "|" + directorate.id(),
                    new Cell(owed.contains(t.id()) ? unsent : NOT_OWED, null, 0))).toList();
            if (row.stream().anyMatch(c -> !c.state().equals(NOT_OWED))) {
                rows.add(new Row(directorate, row));
            }
        }
        return new Grid(types.stream().map(t -> t.title().replaceFirst("(?i) return$", "")).toList(), rows,
                unplaced(period));
    }

    /**
     * The files rejected before their return type or directorate could be told (unreadable, or not recognised), so
     * with no cell in the grid: those naming the period, and those naming none received from the period's first file
     * until the next period's first, when that month's returns were coming in.
     */
    private List<Unplaced> unplaced(YearMonth period) {
        String p = period.toString();
        return jdbc.sql("""
                SELECT b.load_batch_id, b.file_name, b.reason FROM load_batch b
                WHERE b.status = 'REJECTED' AND (b.return_type IS NULL OR b.directorate_id IS NULL)
                  AND (b.period = ?
                       OR (b.period IS NULL
                           AND b.received_at >= (SELECT MIN(f.received_at) FROM load_batch f WHERE f.period = ?)
                           AND NOT EXISTS (SELECT 1 FROM load_batch n WHERE n.period > ? AND n.received_at <= b.received_at)))
                ORDER BY b.received_at, b.file_name""")
                .params(p, p, p)
                .query((rs, n) -> new Unplaced(rs.getLong("load_batch_id"), rs.getString("file_name"),
                        rs.getString("reason")))
                .list();
    }
}
