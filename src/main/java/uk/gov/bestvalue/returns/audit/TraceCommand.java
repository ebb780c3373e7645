package uk.gov.bestvalue.returns.audit;

import java.io.PrintStream;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code returns-pipeline trace --batch N}: a load batch's story, for a person following a figure back without SQL:
 * the file received, then every event of its audit trail in order (received, recognised as, each run of its load,
 * published, superseded, filed, each email queued and sent, by whom and when), how its columns were mapped, its
 * findings by rule, which batch it replaced and which replaced it, and the emails it caused.
 */
@Component
public class TraceCommand {

    private final JdbcClient jdbc;

    public TraceCommand(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Prints the batch's story; 0 when it exists, 1 when there is no such batch. */
    public int run(long batchId, PrintStream out) {
        List<Map<String, Object>> found = jdbc.sql("SELECT * FROM load_batch WHERE load_batch_id = ?").param(batchId)
                .query().listOfRows();
        if (found.isEmpty()) {
            out.println("No load batch " + batchId + ".");
            return 1;
        }
        Map<String, Object> b = found.get(0);
        out.println("Load batch " + batchId + ": " + b.get("file_name"));
        out.println("Received   " + b.get("received_at") + ", " + b.get("file_bytes") + " bytes, sha-256 " + b.get("sha256"));
        out.println("Stored as  " + b.get("stored_as"));
        out.println("Status     " + b.get("status") + (b.get("finished_at") == null ? "" : " at " + b.get("finished_at"))
                + (b.get("reason") == null ? "" : ": " + b.get("reason")));
        if (b.get("return_type") != null) {
            out.println("Recognised " + b.get("return_type") + " of " + b.get("directorate_id") + " for " + b.get("period")
                    + ", sheet '" + b.get("source_sheet") + "', header row " + b.get("header_row")
                    + (b.get("submitted_by") == null ? "" : ", submitted by " + b.get("submitted_by"))
                    + (b.get("contact_email") == null ? "" : " <" + b.get("contact_email") + ">"));
            out.println("Rows       " + b.get("rows_read") + " read, " + b.get("rows_loaded") + " loaded, "
                    + b.get("rows_with_findings") + " with findings (" + b.get("errors") + " errors, " + b.get("warnings")
                    + " warnings)");
        }
        printStory(batchId, out);
        printColumns(batchId, out);
        printFindings(batchId, out);
        printReplacements(b, out);
        printEmails(batchId, (String) b.get("file_name"), out);
        return 0;
    }

    /** The batch's audit trail, oldest first: what happened to it, when, by whom, and the status it went from and to. */
    private void printStory(long batchId, PrintStream out) {
        out.println("Story (audit trail: when, by whom, what, status before -> after):");
        jdbc.sql("SELECT occurred_at, actor, action, status_before, status_after, detail FROM audit_event "
                        + "WHERE load_batch_id = ? ORDER BY audit_event_id").param(batchId)
                .query(rs -> {
                    out.printf("  %s  %-20s %-15s %-23s %s%n",
                            rs.getTimestamp("occurred_at").toLocalDateTime().withNano(0).toString().replace('T', ' '),
                            rs.getString("actor"), rs.getString("action"),
                            transition(rs.getString("status_before"), rs.getString("status_after")),
                            firstLine(rs.getString("detail")));
                });
    }

    private static String firstLine(String detail) {
        return detail == null ? "" : detail.lines().findFirst().orElse("");
    }

    private static String transition(String before, String after) {
        if (before == null && after == null) {
            return "";
        }
        return (before == null ? "" : before) + " -> " + (after == null ? "" : after);
    }

    private void printColumns(long batchId, PrintStream out) {
        out.println("Columns (header cell -> field, how it was mapped):");
        jdbc.sql("SELECT source_sheet, source_column, header_row, title, field_name, mapped_how FROM load_batch_column "
                        + "WHERE load_batch_id = ? ORDER BY source_sheet, column_index").param(batchId)
                .query(rs -> {
                    String field = rs.getString("field_name");
                    out.printf("  %s!%s%d %-40s -> %s%n", rs.getString("source_sheet"), rs.getString("source_column"),
                            rs.getInt("header_row"), "'" + rs.getString("title") + "'",
                            field == null ? "(not read)" : field + " (" + rs.getString("mapped_how") + ")");
                });
    }

    private void printFindings(long batchId, PrintStream out) {
        out.println("Findings by rule:");
        jdbc.sql("SELECT COALESCE(monthly_period, '') AS monthly, rule_id, severity, COUNT(*) AS n, MIN(cell_ref) AS first "
                        + "FROM finding WHERE load_batch_id = ? GROUP BY COALESCE(monthly_period, ''), rule_id, severity "
                        + "ORDER BY monthly, rule_id, severity").param(batchId)
                .query(rs -> {
                    String monthly = rs.getString("monthly");
                    out.printf("  %-4s %-7s %4d  first at %s%s%n", rs.getString("rule_id"), rs.getString("severity"),
                            rs.getInt("n"), rs.getString("first"),
                            monthly.isEmpty() ? "" : "  (monthly run " + monthly + ")");
                });
    }

    /** The batches of the same return (or, for a ledger, the same export) received before and after this one. */
    private void printReplacements(Map<String, Object> b, PrintStream out) {
        if (b.get("return_type") == null) {
            return;
        }
        String sameReturn = "return_type = ? AND " + (b.get("period") == null ? "file_name = ?"
                : "directorate_id = ? AND period = ?") + " AND status IN ('CURRENT', 'SUPERSEDED')";
        List<Object> key = b.get("period") == null ? List.of(b.get("return_type"), b.get("file_name"))
                : List.of(b.get("return_type"), b.get("directorate_id"), b.get("period"));
        jdbc.sql("SELECT load_batch_id, file_name, received_at FROM load_batch WHERE " + sameReturn
                        + " AND load_batch_id < ? ORDER BY load_batch_id DESC").params(key).param(b.get("load_batch_id"))
                .query().listOfRows().stream().findFirst()
                .ifPresent(r -> out.println("Replaced   load batch " + r.get("load_batch_id") + " (" + r.get("file_name")
                        + ", received " + r.get("received_at") + ")"));
        jdbc.sql("SELECT load_batch_id, file_name, received_at FROM load_batch WHERE " + sameReturn
                        + " AND load_batch_id > ? ORDER BY load_batch_id").params(key).param(b.get("load_batch_id"))
                .query().listOfRows().stream().findFirst()
                .ifPresent(r -> out.println("Superseded by load batch " + r.get("load_batch_id") + " (" + r.get("file_name")
                        + ", received " + r.get("received_at") + ")"));
    }

    private void printEmails(long batchId, String fileName, PrintStream out) {
        out.println("Emails:");
        jdbc.sql("SELECT recipient, subject, status, queued_at, sent_at, attachment_name FROM outbox_email "
                        + "WHERE email_key = ? ORDER BY outbox_email_id").param(batchId + "-" + fileName)
                .query(rs -> {
                    Timestamp sent = rs.getTimestamp("sent_at");
                    String attachment = rs.getString("attachment_name");
                    out.printf("  %s to %s, queued %s%s: %s%s%n", rs.getString("status"), rs.getString("recipient"),
                            rs.getTimestamp("queued_at"), sent == null ? "" : ", sent " + sent, rs.getString("subject"),
                            attachment == null ? "" : " [" + attachment + "]");
                });
    }
}
