package uk.gov.bestvalue.returns.returntypes.milestones;

import java.math.BigDecimal;
import java.util.List;

import uk.gov.bestvalue.returns.returntypes.CrossCheckContext;
import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Severity;

/**
 * M4: a milestone's % complete never falls from one month to the next. Compares the load's rows with the
 * current snapshot of the previous month's return from the same directorate, matching milestones on area,
 * action and milestone text (normalised: see {@link MilestoneLine#key()}). Run when the load is published.
 */
final class M4PercentNeverFallsCheck {

    static final String ID = "M4";

    private record Fall(String sheet, int row, String area, String milestone, BigDecimal now, BigDecimal before,
                        String previousFile, String previousCell) {
    }

    List<Finding> check(CrossCheckContext context) {
        String previous = context.period().minusMonths(1).toString();
        List<Fall> falls = context.jdbc().sql("""
                SELECT f.source_sheet, f.source_row, f.area, f.milestone, f.percent_complete,
                       p.percent_complete AS before_percent, p.file_name, p.source_sheet AS before_sheet,
                       p.source_row AS before_row
                FROM milestone_fact f
                JOIN v_milestone_current p ON p.milestone_key = f.milestone_key
                WHERE f.load_batch_id = ? AND p.period = ? AND p.directorate_id = ?
                  AND f.percent_complete < p.percent_complete
                ORDER BY f.source_sheet, f.source_row""")
                .params(context.loadBatchId(), previous, context.directorateId())
                .query((rs, n) -> new Fall(rs.getString("source_sheet"), rs.getInt("source_row"), rs.getString("area"),
                        rs.getString("milestone"), rs.getBigDecimal("percent_complete"),
                        rs.getBigDecimal("before_percent"), rs.getString("file_name"),
                        rs.getString("before_sheet") + " row " + rs.getInt("before_row")))
                .list();
        return falls.stream().map(fall -> new Finding(ID, Severity.ERROR,
                context.cell(fall.sheet(), fall.row(), "percent_complete"), "percent_complete",
                MilestoneLine.percent(fall.now()),
                "Milestone \"" + shortened(fall.milestone()) + "\" (" + fall.area() + ") is "
                        + MilestoneLine.percent(fall.now()) + " complete, down from "
                        + MilestoneLine.percent(fall.before()) + " in the " + previous + " return (" + fall.previousFile()
                        + ", " + fall.previousCell() + "). Progress cannot go backwards: correct the figure, or "
                        + "explain the fall to the programme office.")).toList();
    }

    private static String shortened(String text) {
        return text == null ? "" : text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
