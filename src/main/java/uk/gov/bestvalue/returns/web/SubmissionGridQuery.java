package uk.gov.bestvalue.returns.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.access.Viewer;
import uk.gov.bestvalue.returns.directory.Directorate;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.reconcile.ReconcileSettings;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnSpec;

/**
 * Reads a month's submission grid from {@code load_batch}, as the pack's submissions section counts it (the current
 * snapshot, else the last file rejected or failed, else missing once the deadline day of the next month has passed),
 * with the load batch behind each cell, narrowed to the directorates the viewer may see.
 */
@Component
@ConditionalOnWebApplication
class SubmissionGridQuery {

    static final String RECEIVED = "received";
    static final String WITH_FINDINGS = "loaded with findings";
    static final String REJECTED = "rejected";
    static final String MISSING = "missing";
    static final String NOT_DUE = "not due yet";
    static final String NOT_OWED = "not owed";

    private final JdbcClient jdbc;
    private final OwnersDirectory owners;
    private final ReturnCatalog catalog;
    private final ReconcileSettings settings;

    SubmissionGridQuery(JdbcClient jdbc, OwnersDirectory owners, ReturnCatalog catalog, ReconcileSettings settings) {
        this.jdbc = jdbc;
        this.owners = owners;
        this.catalog = catalog;
        this.settings = settings;
    }

    /** Every month a return was received for, newest first. */
    List<String> periods() {
        return jdbc.sql("SELECT DISTINCT period FROM load_batch WHERE period IS NOT NULL ORDER BY period DESC")
                .query(String.class).list().stream().filter(p -> p.matches("\\d{4}-\\d{2}")).toList();
    }

    SubmissionGrid grid(YearMonth period, Viewer viewer, LocalDate today) {
        List<String> defaults = settings.owedBy("default");
        List<ReturnSpec> types = catalog.specs().stream().filter(s -> !s.isLedger())
                .sorted(Comparator.comparingInt(s -> defaults.contains(s.id()) ? defaults.indexOf(s.id()) : defaults.size()))
                .toList();
        Map<String, SubmissionGrid.Cell> cells = new HashMap<>();
        jdbc.sql("""
                SELECT b.return_type, b.directorate_id, b.status, b.load_batch_id,
                       (SELECT COUNT(*) FROM finding f WHERE f.load_batch_id = b.load_batch_id AND f.monthly_period IS NULL)
                FROM load_batch b
                WHERE b.period = ? AND b.status IN ('CURRENT', 'REJECTED', 'FAILED') AND b.return_type IS NOT NULL
                  AND b.directorate_id IS NOT NULL
                ORDER BY b.load_batch_id DESC""")
                .param(period.toString())
                .query(rs -> {
                    String key = rs.getString(1) + "|" + rs.getString(2);
                    int findings = rs.getInt(5);
                    if ("CURRENT".equals(rs.getString(3))) {
                        cells.put(key, new SubmissionGrid.Cell(findings > 0 ? WITH_FINDINGS : RECEIVED, rs.getLong(4),
                                findings));
                    } else {
                        // the newest rejected file stands for the return until one is loaded
                        cells.putIfAbsent(key, new SubmissionGrid.Cell(REJECTED, rs.getLong(4), findings));
                    }
                });
        YearMonth next = period.plusMonths(1);
        LocalDate deadline = next.atDay(Math.min(settings.deadlineDay(), next.lengthOfMonth()));
        String unsent = today.isAfter(deadline) ? MISSING : NOT_DUE;
        List<SubmissionGrid.Row> rows = new ArrayList<>();
        for (Directorate directorate : owners.directorates()) {
            if (!viewer.maySee(directorate.id())) {
                continue;
            }
            List<String> owed = settings.owedBy(directorate.id());
            List<SubmissionGrid.Cell> row = types.stream().map(t -> cells.getOrDefault(t.id() + "|" + directorate.id(),
                    new SubmissionGrid.Cell(owed.contains(t.id()) ? unsent : NOT_OWED, null, 0))).toList();
            if (row.stream().anyMatch(c -> !c.state().equals(NOT_OWED))) {
                rows.add(new SubmissionGrid.Row(directorate.id(), directorate.name(), row));
            }
        }
        return new SubmissionGrid(period.toString(), periods(), types.stream()
                .map(t -> t.title().replaceFirst("(?i) return$", "")).toList(), rows,
                viewer.programmeOffice() ? unplaced(period) : List.of());
    }

    /** The files of the month rejected before their return or directorate could be told. */
    private List<SubmissionGrid.Unplaced> unplaced(YearMonth period) {
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
                .query((rs, n) -> new SubmissionGrid.Unplaced(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
