package uk.gov.bestvalue.returns.returns;

import java.util.List;

import uk.gov.bestvalue.returns.rules.Finding;

/**
 * The result of checking a file without loading it, shaped as {@code check --json} prints it.
 *
 * @param status "accepted" or "rejected"
 * @param rows   a return's data rows read; a ledger's payment lines recognised (rows it would load)
 */
public record CheckReport(String file, String sha256, String returnType, String directorate, String period,
                          String status, String reason, int rows, List<FindingView> findings) {

    /** A finding as JSON shows it: row is the 1-based spreadsheet row, cell like {@code Contracts!F12}. */
    public record FindingView(String rule, String severity, String sheet, int row, String column, String cell,
                              String field, String value, String message) {

        static FindingView of(Finding finding) {
            return new FindingView(finding.rule(), finding.severity().label(), finding.cell().sheet(),
                    finding.cell().row(), finding.cell().columnLetters(), finding.cell().toString(), finding.field(),
                    finding.value(), finding.message());
        }
    }

    public boolean accepted() {
        return "accepted".equals(status);
    }
}
