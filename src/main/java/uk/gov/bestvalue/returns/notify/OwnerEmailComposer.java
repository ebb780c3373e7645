package uk.gov.bestvalue.returns.notify;

import java.util.List;

import uk.gov.bestvalue.returns.html.Html;
import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.FindingSummary;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.rules.Wording;
import uk.gov.bestvalue.returns.warehouse.LoadBatch;
import uk.gov.bestvalue.returns.warehouse.LoadStatus;

/**
 * Words the email about one file: what happened to it, a summary (rows loaded, errors, warnings, findings by rule)
 * and its top findings with the cell and what to do; the full list is in the checked workbook attached.
 */
final class OwnerEmailComposer {

    /** Findings listed one by one in the body; all of them are on the attached workbook's Findings sheet. */
    static final int LISTED_FINDINGS = 50;

    private OwnerEmailComposer() {
    }

    /** The email; {@code checked} is what is attached (the marked workbook or the findings list), or null. */
    static OwnerEmail compose(LoadBatch batch, String directorateName, String returnTitle, List<Finding> findings,
                              List<String> to, CheckedWorkbooks.Checked checked) {
        String subject = "Best Value return: " + nonNull(directorateName, "unknown directorate") + " – "
                + nonNull(returnTitle, batch.fileName()) + (batch.period() != null ? " " + batch.period() : "")
                + " – " + outcome(batch);
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<html><body style=\"font-family:Arial,sans-serif\">");
        paragraph(text, html, "Your file " + batch.fileName() + " was received on " + Wording.moment(batch.receivedAt()) + ".");
        paragraph(text, html, summary(batch));
        if (!findings.isEmpty()) {
            byRule(text, html, findings);
            text.append("\nWhat to correct (sheet!cell, rule, value, what to do):\n");
            html.append("<h3>What to correct</h3><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" "
                            + "style=\"border-collapse:collapse\">")
                    .append("<tr><th>Cell</th><th>Rule</th><th>Severity</th><th>Value</th><th>What to do</th></tr>");
            findings.stream().limit(LISTED_FINDINGS).forEach(f -> row(text, html, f));
            html.append("</table>");
            if (findings.size() > LISTED_FINDINGS) {
                paragraph(text, html, "… and " + (findings.size() - LISTED_FINDINGS) + " more findings, not listed here"
                        + (checked != null ? ": every one is on the Findings sheet of the attached workbook." : "."));
            }
        }
        if (checked != null && checked.marked()) {
            paragraph(text, html, "Attached is your workbook as you sent it, checked: the Findings sheet lists every "
                    + "finding with a link to its cell, and each cell concerned is coloured (red: error, amber: warning) "
                    + "with a comment saying what to do. Correct the original and send the whole return again.");
        } else if (checked != null) {
            paragraph(text, html, "Your file is too large to send back marked: attached is the list of every finding "
                    + "with its cell. Correct the original and send the whole return again.");
        }
        paragraph(text, html, "Reply to this email or contact the Best Value programme office if anything is unclear.");
        html.append("</body></html>");
        OwnerEmail email = new OwnerEmail(to, subject, text.toString(), html.toString(), batch.id() + "-" + batch.fileName());
        return checked == null ? email : email.withAttachment(checked.attachment());
    }

    private static String outcome(LoadBatch batch) {
        return switch (batch.status()) {
            case CURRENT, SUPERSEDED -> batch.errors() != null && batch.errors() + batch.warnings() > 0
                    ? "loaded with " + batch.errors() + " error(s) and " + batch.warnings() + " warning(s)" : "loaded, no problems";
            case REJECTED -> "rejected";
            case DUPLICATE -> "already received";
            default -> batch.status().name().toLowerCase();
        };
    }

    private static String summary(LoadBatch batch) {
        if (batch.status() == LoadStatus.REJECTED) {
            return "It could not be loaded. " + batch.reason();
        }
        if (batch.status() == LoadStatus.DUPLICATE) {
            return "It was not loaded again: " + batch.reason();
        }
        return "It was loaded into the Best Value warehouse: " + batch.rowsRead() + " row(s) read, " + batch.rowsLoaded()
                + " loaded, " + batch.rowsWithFindings() + " with findings (" + batch.errors() + " error(s), "
                + batch.warnings() + " warning(s))."
                + (batch.errors() + batch.warnings() == 0 ? " Thank you: nothing needs correcting."
                : " Please correct the errors below and send the whole return again; it will replace this one.");
    }

    /**
     * One line per cause (rule, field and severity): how many findings, on which rows, and what the first says, so
     * that a problem repeated on 300 rows reads as one line before the list of cells.
     */
    private static void byRule(StringBuilder text, StringBuilder html, List<Finding> findings) {
        text.append("Findings by rule:\n");
        html.append("<h3>Findings by rule</h3><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" "
                + "style=\"border-collapse:collapse\"><tr><th>Rule</th><th>Field</th><th>Severity</th><th>Findings</th>"
                + "<th>Rows</th><th>First at</th><th>What it says</th></tr>");
        for (FindingSummary group : FindingSummary.of(findings)) {
            Finding first = group.examples().get(0);
            String field = nonNull(group.field(), "");
            text.append("- ").append(group.rule()).append(field.isEmpty() ? "" : " (" + field + ")").append(' ')
                    .append(group.severity().label()).append(": ").append(group.count()).append(" on row(s) ")
                    .append(group.rows()).append(", first at ").append(first.cell()).append(": ")
                    .append(first.message()).append('\n');
            html.append("<tr><td>").append(Html.escape(group.rule())).append("</td><td>").append(Html.escape(field))
                    .append("</td><td>").append(group.severity().label()).append("</td><td>").append(group.count())
                    .append("</td><td>").append(Html.escape(group.rows())).append("</td><td>")
                    .append(Html.escape(first.cell().toString())).append("</td><td>")
                    .append(Html.escape(first.message())).append("</td></tr>");
        }
        html.append("</table>");
    }

    private static void row(StringBuilder text, StringBuilder html, Finding f) {
        text.append("- ").append(f.cell()).append("  ").append(f.rule()).append(" ").append(f.severity().label())
                .append(f.value() != null ? "  value '" + f.value() + "'" : "").append(": ").append(f.message()).append('\n');
        String colour = f.severity() == Severity.ERROR ? "#f8d7da" : "#fff3cd";
        html.append("<tr style=\"background:").append(colour).append("\"><td>").append(Html.escape(f.cell().toString()))
                .append("</td><td>").append(Html.escape(f.rule())).append("</td><td>").append(f.severity().label())
                .append("</td><td>").append(Html.escape(nonNull(f.value(), ""))).append("</td><td>")
                .append(Html.escape(f.message())).append("</td></tr>");
    }

    private static void paragraph(StringBuilder text, StringBuilder html, String sentence) {
        text.append(sentence).append("\n\n");
        html.append("<p>").append(Html.escape(sentence)).append("</p>");
    }

    private static String nonNull(String s, String otherwise) {
        return s != null ? s : otherwise;
    }
}
