package uk.gov.bestvalue.returns.returntypes;

import java.util.ArrayList;
import java.util.List;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.FindingSummary;
import uk.gov.bestvalue.returns.spec.ColumnMapping;
import uk.gov.bestvalue.returns.spec.HeaderMatch;
import uk.gov.bestvalue.returns.workbook.CellRef;

/**
 * The result of checking a file without loading it, shaped as {@code check --json} prints it.
 *
 * @param status  "accepted" or "rejected"
 * @param reason  why the file is rejected (it cannot be read or recognised, it does not say whose it is or for
 *                which month, or none of its rows can be loaded); null when accepted
 * @param rows    a return's data rows read; a ledger's payment lines recognised (rows it would load)
 * @param columns every header cell of every table read, and the field it was read as (null when none)
 * @param summary the findings grouped by rule, severity and field, errors first
 */
public record CheckReport(String file, String sha256, String returnType, String directorate, String period,
                          String status, String reason, int rows, List<ColumnView> columns,
                          List<SummaryLine> summary, List<FindingView> findings) {

    public CheckReport {
        columns = columns == null ? List.of() : List.copyOf(columns);
        summary = summary == null ? List.of() : List.copyOf(summary);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** A file that could not be read or recognised as any return: nothing was checked. */
    static CheckReport unreadable(String file, String sha256, String directorate, String reason) {
        return new CheckReport(file, sha256, null, directorate, null, "rejected", reason, 0, List.of(), List.of(),
                List.of());
    }

    /** A finding as JSON shows it: row is the 1-based spreadsheet row, cell like {@code Contracts!F12}. */
    public record FindingView(String rule, String severity, String sheet, int row, String column, String cell,
                              String field, String value, String message) {

        static FindingView of(Finding finding) {
            return new FindingView(finding.rule(), finding.severity().label(), finding.cell().sheet(),
                    finding.cell().row(), finding.cell().columnLetters(), finding.cell().toString(), finding.field(),
                    finding.value(), finding.message());
        }
    }

    /**
     * A header cell (its sheet, column letters and 1-based row) and how it was read: {@code field} and {@code how}
     * are null when the column is not read.
     */
    public record ColumnView(String sheet, String column, int row, String title, String field, String how) {

        static List<ColumnView> of(HeaderMatch header) {
            List<ColumnView> views = new ArrayList<>();
            for (int c = 0; c < header.titles().size(); c++) {
                int column = c;
                ColumnMapping mapping = header.mappings().stream().filter(m -> m.column() == column).findFirst()
                        .orElse(null);
                views.add(new ColumnView(header.sheet(), CellRef.columnLetters(c), header.headerRowNumber(),
                        header.titles().get(c),
                        mapping == null ? null : mapping.field(), mapping == null ? null : mapping.how().label()));
            }
            return views;
        }
    }

    /** One group of findings: how many, on which rows (e.g. {@code 2-784, 790}), and the first one's message. */
    public record SummaryLine(String rule, String severity, String field, int count, String rows, String example,
                              List<String> cells) {

        static SummaryLine of(FindingSummary group) {
            return new SummaryLine(group.rule(), group.severity().label(), group.field(), group.count(), group.rows(),
                    group.examples().get(0).message(), group.examples().stream().map(f -> f.cell().toString()).toList());
        }
    }

    public boolean accepted() {
        return "accepted".equals(status);
    }
}
