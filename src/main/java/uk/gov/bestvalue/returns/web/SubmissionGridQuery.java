package uk.gov.bestvalue.returns.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.access.Viewer;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.reconcile.ReconcileSettings;
import uk.gov.bestvalue.returns.report.MonthSubmissions;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;

/**
 * A month's submission grid for the page: the pack's own reading of it ({@link MonthSubmissions}), narrowed to the
 * directorates the viewer may see, with the months that have files for the picker.
 */
@Component
@ConditionalOnWebApplication
class SubmissionGridQuery {

    private final JdbcClient jdbc;
    private final MonthSubmissions submissions;

    SubmissionGridQuery(JdbcClient jdbc, OwnersDirectory owners, ReturnCatalog catalog, ReconcileSettings settings) {
        this.jdbc = jdbc;
        this.submissions = new MonthSubmissions(jdbc, owners, catalog, settings);
    }

    /** Every month a return was received for, newest first. */
    List<String> periods() {
        return jdbc.sql("SELECT DISTINCT period FROM load_batch WHERE period IS NOT NULL ORDER BY period DESC")
                .query(String.class).list().stream().filter(p -> p.matches("\\d{4}-\\d{2}")).toList();
    }

    SubmissionGrid grid(YearMonth period, Viewer viewer, LocalDate today) {
        MonthSubmissions.Grid grid = submissions.read(period, today);
        List<SubmissionGrid.Row> rows = grid.rows().stream()
                .filter(row -> viewer.maySee(row.directorate().id()))
                .map(row -> new SubmissionGrid.Row(row.directorate().id(), row.directorate().name(), row.cells().stream()
                        .map(c -> new SubmissionGrid.Cell(c.state(), c.loadBatchId(), c.findings())).toList()))
                .toList();
        List<SubmissionGrid.Unplaced> unplaced = viewer.programmeOffice()
                ? grid.unplaced().stream()
                        .map(u -> new SubmissionGrid.Unplaced(u.loadBatchId(), u.fileName(), u.reason())).toList()
                : List.of();
        return new SubmissionGrid(period.toString(), periods(), grid.returns(), rows, unplaced);
    }
}
