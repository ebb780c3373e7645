package uk.gov.bestvalue.returns.reconcile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.bestvalue.returns.directory.Directorate;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.notify.Outbox;

/**
 * Tells each directorate's owners what the month's reconciliation found about their spend and returns (R1-R5):
 * one email per directorate and period, each finding with the return's cell and the ledger line. A re-run of
 * the period emails again only when the findings changed ({@code reconciliation_notice} keeps a digest).
 */
public final class ReconciliationNotifier {

    private final JdbcClient jdbc;
    private final OwnersDirectory owners;
    private final Outbox mail;

    public ReconciliationNotifier(JdbcClient jdbc, OwnersDirectory owners, Outbox mail) {
        this.jdbc = jdbc;
        this.owners = owners;
        this.mail = mail;
    }

    /** One finding as its owner reads it. */
    record Line(String directorateId, String rule, String severity, String fileName, String cell, String ledgerFile,
                String ledgerSheet, Integer ledgerRow, String message) {
    }

    /** Emails the directorates whose findings are new or changed; the number of emails sent. */
    public int run(String period) {
        Map<String, List<Line>> byDirectorate = new LinkedHashMap<>();
        for (Line line : findings(period)) {
            if (line.directorateId() != null) {
                byDirectorate.computeIfAbsent(line.directorateId(), d -> new java.util.ArrayList<>()).add(line);
            }
        }
        int sent = 0;
        for (Map.Entry<String, List<Line>> entry : byDirectorate.entrySet()) {
            Directorate directorate = owners.byId(entry.getKey()).orElse(null);
            String digest = digest(entry.getValue());
            if (directorate == null || directorate.owners().isEmpty() || alreadyTold(period, entry.getKey(), digest)) {
                continue;
            }
            mail.queue(ReconciliationEmail.compose(period, directorate, entry.getValue(), digest));
            jdbc.sql("DELETE FROM reconciliation_notice WHERE period = ? AND directorate_id = ?")
                    .params(period, entry.getKey()).update();
            jdbc.sql("INSERT INTO reconciliation_notice (period, directorate_id, findings, findings_digest, sent_at) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(period, entry.getKey(), entry.getValue().size(), digest, Timestamp.from(Instant.now()))
                    .update();
            sent++;
        }
        return sent;
    }

    private List<Line> findings(String period) {
        // R1 sits on the ledger's batch (directorate finance): the payment's own directorate is recorded apart
        return jdbc.sql("""
                        SELECT COALESCE(f.monthly_directorate_id, b.directorate_id) AS directorate_id, f.rule_id,
                               f.severity, b.file_name, f.cell_ref, f.ledger_file, f.ledger_sheet, f.ledger_row, f.message
                        FROM finding f JOIN load_batch b ON b.load_batch_id = f.load_batch_id
                        WHERE f.monthly_period = ?
                        ORDER BY 1, f.rule_id, b.file_name, f.source_sheet, f.source_row, f.finding_id""")
                .param(period)
                .query((rs, n) -> new Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), (Integer) rs.getObject(8, Integer.class),
                        rs.getString(9)))
                .list();
    }

    private boolean alreadyTold(String period, String directorateId, String digest) {
        return jdbc.sql("SELECT COUNT(*) FROM reconciliation_notice WHERE period = ? AND directorate_id = ? "
                        + "AND findings_digest = ?")
                .params(period, directorateId, digest).query(Integer.class).single() > 0;
    }

    private static String digest(List<Line> lines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Line line : lines) {
                sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
