package uk.gov.bestvalue.returns.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import uk.gov.bestvalue.returns.intake.SubmissionOutcome;

/** Prints what became of each file as an aligned text table. */
final class SummaryTable {

    private static final String[] HEADINGS = {"file", "return type", "directorate", "period", "read", "loaded",
            "with findings", "status"};

    private SummaryTable() {
    }

    static void print(List<SubmissionOutcome> outcomes, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (SubmissionOutcome o : outcomes) {
            rows.add(new String[] {o.fileName(), text(o.returnType()), text(o.directorate()), text(o.period()),
                    text(o.rowsRead()), text(o.rowsLoaded()), text(o.rowsWithFindings()), o.status()});
        }
        int[] widths = new int[HEADINGS.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(String.format("%-" + widths[i] + "s", rows.get(r)[i])).append(i < widths.length - 1 ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
            if (r == 0) {
                out.println("-".repeat(line.length()));
            }
        }
    }

    private static String text(Object value) {
        return Objects.toString(value, "-");
    }
}
