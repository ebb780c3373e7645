package uk.gov.bestvalue.returns.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.opencsv.CSVWriter;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;

import uk.gov.bestvalue.returns.directory.Directorate;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.notify.EmailAttachment;
import uk.gov.bestvalue.returns.notify.OwnerEmail;
import uk.gov.bestvalue.returns.notify.ReconciliationEmail;
import uk.gov.bestvalue.returns.notify.ReconciliationEmail.Line;
import uk.gov.bestvalue.returns.notify.ReconciliationEmail.Summary;
import uk.gov.bestvalue.returns.notify.Outbox;
import uk.gov.bestvalue.returns.warehouse.StreamingQueries;
import uk.gov.bestvalue.returns.workbook.CsvCells;

/**
 * Tells each directorate's owners what the month's reconciliation found about their spend and returns (R1-R5):
 * one email per directorate and period, each finding with the return's cell and the ledger line. A re-run of
 * the period emails again only when the findings changed ({@code reconciliation_notice} keeps a digest). The
 * findings are streamed, a directorate at a time: the email lists the first {@value #LISTED} and, when there are
 * more (a ledger of a million lines may have a hundred thousand off-contract), attaches them all as a CSV.
 */
public final class ReconciliationNotifier {

    /** The findings an email lists in its body; the rest are in the attached CSV. */
    static final int LISTED = 50;
    private static final String FINDINGS = """
            SELECT COALESCE(f.monthly_directorate_id, b.directorate_id) AS directorate_id, f.rule_id AS rule,
                   f.severity, b.file_name, f.cell_ref AS cell, f.ledger_file, f.ledger_sheet, f.ledger_row, f.message
            FROM finding f JOIN load_batch b ON b.load_batch_id = f.load_batch_id
            WHERE f.monthly_period = ?
            ORDER BY 1, f.rule_id, b.file_name, f.source_sheet, f.source_row, f.finding_id""";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final OwnersDirectory owners;
    private final Outbox mail;
    private final Path folder;

    /** {@code folder}: where the CSVs of findings are kept for their emails (a retried email still attaches them). */
    public ReconciliationNotifier(JdbcClient jdbc, DataSource dataSource, OwnersDirectory owners, Outbox mail,
                                  Path folder) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.owners = owners;
        this.mail = mail;
        this.folder = folder;
    }

    /** Emails the directorates whose findings are new or changed; the number of emails sent. */
    public int run(String period) {
        int[] sent = {0};
        Directorates directorates = new Directorates(period, summary -> sent[0] += tell(period, summary) ? 1 : 0);
        RowMapper<Line> lines = new DataClassRowMapper<>(Line.class);
        // a streamed result set cannot say its row number (MySQL refuses), and the mapper has no use for it
        StreamingQueries.forEachRow(dataSource, FINDINGS, rs -> directorates.add(lines.mapRow(rs, 0)), period);
        directorates.finish();
        return sent[0];
    }

    private boolean tell(String period, DirectorateFindings found) {
        Directorate directorate = owners.byId(found.directorateId).orElse(null);
        String digest = found.digest();
        Summary summary = found.summary();
        if (directorate == null || directorate.owners().isEmpty() || alreadyTold(period, found.directorateId, digest)) {
            deleteQuietly(summary.csv());
            return false;
        }
        OwnerEmail email = ReconciliationEmail.compose(period, directorate, summary, digest);
        if (summary.findings() > LISTED) {
            email = email.withAttachment(new EmailAttachment(summary.csv(),
                    "reconciliation-" + period + "-" + directorate.id() + ".csv", "text/csv"));
        } else {
            deleteQuietly(summary.csv());
        }
        mail.queue(email);
        jdbc.sql("DELETE FROM reconciliation_notice WHERE period = ? AND directorate_id = ?")
                .params(period, found.directorateId).update();
        jdbc.sql("INSERT INTO reconciliation_notice (period, directorate_id, findings, findings_digest, sent_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(period, found.directorateId, summary.findings(), digest, Timestamp.from(Instant.now()))
                .update();
        return true;
    }

    private boolean alreadyTold(String period, String directorateId, String digest) {
        return jdbc.sql("SELECT COUNT(*) FROM reconciliation_notice WHERE period = ? AND directorate_id = ? "
                        + "AND findings_digest = ?")
                .params(period, directorateId, digest).query(Integer.class).single() > 0;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stray CSV in the checked folder harms nothing
        }
    }

    /** The stream of findings cut into directorates (it is ordered by directorate). */
    private final class Directorates {

        private final String period;
        private final java.util.function.Consumer<DirectorateFindings> done;
        private DirectorateFindings current;

        Directorates(String period, java.util.function.Consumer<DirectorateFindings> done) {
            this.period = period;
            this.done = done;
        }

        void add(Line line) {
            if (line.directorateId() == null) {
                return;
            }
            if (current == null || !current.directorateId.equals(line.directorateId())) {
                finish();
                current = new DirectorateFindings(period, line.directorateId());
            }
            current.add(line);
        }

        void finish() {
            if (current != null) {
                current.close();
                done.accept(current);
                current = null;
            }
        }
    }

    /** One directorate's findings as they stream past: counted, digested, the first listed, all written to CSV. */
    private final class DirectorateFindings {

        private final String directorateId;
        private final MessageDigest sha;
        private final Map<String, Integer> byRule = new TreeMap<>();
        private final List<Line> listed = new ArrayList<>();
        private final Path csv;
        private final CSVWriter writer;
        private int findings;

        DirectorateFindings(String period, String directorateId) {
            this.directorateId = directorateId;
            try {
                this.sha = MessageDigest.getInstance("SHA-256");
                Path dir = Files.createDirectories(folder.resolve(period).resolve("reconciliation"));
                this.csv = dir.resolve(directorateId + "-findings.csv");
                Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                out.write('\uFEFF'); // Excel reads a CSV as UTF-8 only with the mark
                this.writer = new CSVWriter(out);
                writer.writeNext(new String[] {"Rule", "Severity", "File", "Cell", "Ledger file", "Ledger sheet",
                        "Ledger row", "Finding and what to do"}, false);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the findings of " + directorateId, e);
            }
        }

        void add(Line line) {
            findings++;
            sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            byRule.merge(line.rule(), 1, Integer::sum);
            if (listed.size() < LISTED) {
                listed.add(line);
            }
            writer.writeNext(CsvCells.safe(new String[] {line.rule(), line.severity(), line.fileName(), line.cell(),
                    line.ledgerFile(), line.ledgerSheet(), line.ledgerRow() == null ? null : line.ledgerRow().toString(),
                    line.message()}), false);
        }

        void close() {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the findings of " + directorateId, e);
            }
        }

        String digest() {
            return HexFormat.of().formatHex(sha.digest());
        }

        Summary summary() {
            return new Summary(findings, byRule, listed, csv);
        }
    }
}
