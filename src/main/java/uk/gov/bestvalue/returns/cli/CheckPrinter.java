package uk.gov.bestvalue.returns.cli;

import java.io.PrintStream;

import uk.gov.bestvalue.returns.returns.CheckReport;

/** Prints a check's result for a person. */
final class CheckPrinter {

    private CheckPrinter() {
    }

    static void print(CheckReport report, PrintStream out) {
        out.println(report.file() + " (sha-256 " + report.sha256() + ")");
        if (!report.accepted()) {
            out.println("REJECTED: " + report.reason());
            return;
        }
        long errors = report.findings().stream().filter(f -> f.severity().equals("error")).count();
        out.println("Recognised as " + report.returnType() + " from " + report.directorate() + " for " + report.period()
                + ": " + report.rows() + " rows, " + errors + " error(s), " + (report.findings().size() - errors)
                + " warning(s).");
        for (CheckReport.FindingView f : report.findings()) {
            out.println("  " + f.cell() + "  " + f.rule() + " " + f.severity()
                    + (f.value() != null ? "  '" + f.value() + "'" : "") + "  " + f.message());
        }
    }
}
