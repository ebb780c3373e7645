package uk.gov.bestvalue.returns.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import uk.gov.bestvalue.returns.returntypes.CheckedRow;
import uk.gov.bestvalue.returns.returntypes.ReturnReader;
import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.FindingSummary;
import uk.gov.bestvalue.returns.spec.Recognition;

/**
 * The rejection of a return that does not say whose it is or for which month: its rows are checked all the same
 * and their problems listed with the reason, so that its sender fixes everything in one resubmission.
 */
final class UnplacedFile {

    private UnplacedFile() {
    }

    /** The placement problem, then the rows' findings grouped by rule and field. */
    static String reason(Recognition recognition, ReturnReader reader) throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (CheckedRow row; (row = reader.next()) != null; ) {
            findings.addAll(row.findings());
        }
        StringBuilder reason = new StringBuilder(recognition.placementProblem());
        List<FindingSummary> summary = FindingSummary.of(findings);
        if (summary.isEmpty()) {
            return reason.append("\nIts ").append(reader.rowsRead()).append(" rows were checked too: no other problem.")
                    .toString();
        }
        reason.append("\nIts ").append(reader.rowsRead()).append(" rows were checked too; correct these at the same "
                + "time:");
        for (FindingSummary group : summary) {
            reason.append("\n- ").append(group.rule()).append(' ').append(group.severity().label())
                    .append(group.field() == null ? "" : " (" + group.field() + ")").append(", ")
                    .append(group.count()).append(" on row(s) ").append(group.rows()).append(": ")
                    .append(group.examples().get(0).message());
        }
        return reason.toString();
    }
}
