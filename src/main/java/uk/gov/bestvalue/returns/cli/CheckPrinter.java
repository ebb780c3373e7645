package uk.gov.bestvalue.returns.cli;

import java.io.PrintStream;

import uk.gov.bestvalue.returns.returntypes.CheckReport;

/** Prints a check's result for a person: the verdict, how the columns were read, the findings grouped, then each. */
final class CheckPrinter {

    private CheckPrinter() {
    }

    static void print(CheckReport report, PrintStream out) {
        out.println(report.file() + " (sha-256 " + report.sha256() + ")");
        if (report.returnType() == null) {
            out.println("REJECTED: " + report.reason());
            return;
        }
        if (!report.accepted()) {
            out.println("REJECTED: " + report.reason());
            out.println("Its rows were checked all the same, so that one resubmission fixes everything:");
        }
        long errors = report.findings().stream().filter(f -> f.severity().equals("error")).count();
        out.println("Recognised as " + report.returnType() + from(report) + ": " + report.rows() + " rows, "
                + errors + " error(s), " + (report.findings().size() - errors) + " warning(s).");
        out.println("Columns read:");
        for (CheckReport.ColumnView column : report.columns()) {
            out.println("  " + column.sheet() + "!" + column.column() + column.row() + "  '" + column.title() + "'  "
                    + (column.field() == null ? "(not read)" : "-> " + column.field() + " (" + column.how() + ")"));
        }
        if (!report.summary().isEmpty()) {
            out.println("Findings by rule:");
            for (CheckReport.SummaryLine line : report.summary()) {
                out.println("  " + line.rule() + " " + line.severity() + (line.field() == null ? "" : " " + line.field())
                        + ": " + line.count() + " on row(s) " + line.rows() + ", e.g. " + String.join(", ", line.cells())
                        + ": " + line.example());
            }
            out.println("Every finding:");
        }
        for (CheckReport.FindingView f : report.findings()) {
            out.println("  " + f.cell() + "  " + f.rule() + " " + f.severity()
                    + (f.value() != null ? "  '" + f.value() + "'" : "") + "  " + f.message());
        }
    }

    private static String from(CheckReport report) {
        return (report.directorate() == null ? "" : " from " + report.directorate())
                + (report.period() == null ? "" : " for " + report.period());
    }
}
