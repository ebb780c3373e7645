package uk.gov.bestvalue.returns.notify;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import uk.gov.bestvalue.returns.directory.Directorate;
import uk.gov.bestvalue.returns.html.Html;

/**
 * Words the email about one directorate's reconciliation findings: how many of each rule, then each listed finding:
 * what, where in the return, which ledger line.
 */
public final class ReconciliationEmail {

    private ReconciliationEmail() {
    }

    /** One finding as its owner reads it: the return's cell, and the ledger line it concerns. */
    public record Line(String directorateId, String rule, String severity, String fileName, String cell,
                       String ledgerFile, String ledgerSheet, Integer ledgerRow, String message) {
    }

    /** What an email says of a directorate's findings: how many of each rule, the first few, and the file of all. */
    public record Summary(int findings, Map<String, Integer> byRule, List<Line> listed, Path csv) {
    }

    /** The email to one directorate's owners; {@code digest} identifies what it reports, so it is queued once. */
    public static OwnerEmail compose(String period, Directorate directorate, Summary summary, String digest) {
        String subject = "Best Value reconciliation: " + directorate.name() + " – " + period + " – "
                + summary.findings() + " finding(s) from the finance ledger";
        StringBuilder counts = new StringBuilder();
        summary.byRule().forEach((rule, n) -> counts.append(counts.length() == 0 ? "" : ", ").append(rule).append(": ")
                .append(n));
        boolean partial = summary.findings() > summary.listed().size();
        String intro = "The monthly reconciliation of " + period + " compared your returns with the finance system's "
                + "ledgers and found " + summary.findings() + " finding(s) (" + counts + "). Please correct your "
                + "return, or tell the programme office why the ledger is right."
                + (partial ? " The first " + summary.listed().size() + " are below; the attached CSV lists them all."
                : "");
        StringBuilder text = new StringBuilder(intro).append("\n\n");
        StringBuilder html = new StringBuilder("<html><body style=\"font-family:Arial,sans-serif\"><p>")
                .append(Html.escape(intro)).append("</p><table border=\"1\" cellpadding=\"4\" ")
                .append("cellspacing=\"0\" style=\"border-collapse:collapse\"><tr><th>Rule</th><th>Severity</th>")
                .append("<th>Where</th><th>Ledger line</th><th>What to do</th></tr>");
        for (Line line : summary.listed()) {
            String where = line.fileName() + " " + line.cell();
            String ledger = line.ledgerFile() == null ? "" : line.ledgerFile() + " "
                    + (line.ledgerSheet() == null ? "" : line.ledgerSheet() + " ") + "row " + line.ledgerRow();
            text.append("- ").append(line.rule()).append(' ').append(line.severity()).append("  ").append(where)
                    .append(ledger.isEmpty() ? "" : "  (ledger: " + ledger + ")").append(": ").append(line.message())
                    .append('\n');
            html.append("<tr><td>").append(Html.escape(line.rule())).append("</td><td>").append(Html.escape(line.severity()))
                    .append("</td><td>").append(Html.escape(where)).append("</td><td>").append(Html.escape(ledger))
                    .append("</td><td>").append(Html.escape(line.message())).append("</td></tr>");
        }
        html.append("</table></body></html>");
        return new OwnerEmail(directorate.owners(), subject, text.toString(), html.toString(),
                "reconciliation-" + period + "-" + directorate.id() + "-" + digest.substring(0, 12));
    }
}
