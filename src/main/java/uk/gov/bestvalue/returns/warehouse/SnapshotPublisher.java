package uk.gov.bestvalue.returns.warehouse;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.bestvalue.returns.audit.AuditAction;
import uk.gov.bestvalue.returns.audit.AuditTrail;
import uk.gov.bestvalue.returns.returntypes.CrossCheckContext;
import uk.gov.bestvalue.returns.returntypes.ReturnType;
import uk.gov.bestvalue.returns.rules.FieldChecks;
import uk.gov.bestvalue.returns.rules.UnreadableColumns;
import uk.gov.bestvalue.returns.spec.HeaderMatch;
import uk.gov.bestvalue.returns.spec.Recognition;
import uk.gov.bestvalue.returns.spec.ReturnSpec;

/**
 * Publishes a loaded file as the snapshot of its return, directorate and period, in one transaction:
 * the checks across returns run, its counts are recorded and the earlier snapshot is superseded (the
 * dimensions gained what it names as its rows were written), each change with its audit event.
 * The reporting views read only the current snapshot, so a query sees the old one or the new one, never half.
 */
@Component
public class SnapshotPublisher {

    private static final Logger log = LoggerFactory.getLogger(SnapshotPublisher.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final WarehouseWriter writer;
    private final AuditTrail audit;

    public SnapshotPublisher(JdbcClient jdbc, TransactionTemplate transaction, WarehouseWriter writer,
                             AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.transaction = transaction;
        this.writer = writer;
    }

    /** The counts a published load reports. */
    public record LoadCounts(int rowsRead, int rowsLoaded, int rowsWithFindings, int errors, int warnings) {
    }

    /** Where a finding at a header was made, and of which field. */
    record HeaderCell(String sourceSheet, int sourceRow, String fieldName) {
    }

    /** What a snapshot is the snapshot of. */
    record SnapshotKey(String returnType, String directorateId, String period, String fileName) {
    }

    /** Makes the batch the current snapshot; returns its counts. */
    public LoadCounts publish(long loadBatchId, int rowsRead, Recognition recognition, ReturnType<?> type) {
        return transaction.execute(status -> {
            SnapshotKey batch = jdbc.sql("SELECT return_type, directorate_id, period, file_name FROM load_batch "
                            + "WHERE load_batch_id = ?")
                    .param(loadBatchId).query(SnapshotKey.class).single();
            CrossCheckContext context = new CrossCheckContext(loadBatchId, batch.directorateId(),
                    recognition.period(), recognition, jdbc);
            writer.writeFindings(loadBatchId, type.crossChecks(context));
            long start = System.nanoTime();
            LoadCounts counts = count(loadBatchId, rowsRead, recognition.spec());
            log.debug("load batch {} counted in {} ms", loadBatchId, (System.nanoTime() - start) / 1_000_000);
            String before = audit.statusOf(loadBatchId);
            if (counts.rowsRead() > 0 && counts.rowsLoaded() == 0) {
                // nothing of the file could be loaded: it must not replace the snapshot it would supersede
                String reason = recognition.spec().nothingLoadable(counts.rowsRead(),
                        unusableRequiredColumns(loadBatchId, recognition));
                jdbc.sql("UPDATE load_batch SET status = 'REJECTED', reason = ?, finished_at = ?, rows_read = ?, "
                                + "rows_loaded = 0, rows_with_findings = ?, errors = ?, warnings = ? WHERE load_batch_id = ?")
                        .params(reason, Timestamp.from(Instant.now()), counts.rowsRead(), counts.rowsWithFindings(),
                                counts.errors(), counts.warnings(), loadBatchId)
                        .update();
                audit.batch(AuditAction.REJECTED, loadBatchId, before, reason);
                return counts;
            }
            // exports are additive: only a file of the same name (a re-export) replaces one
            String sameSnapshot = recognition.spec().isLedger() ? "return_type = ? AND file_name = ?"
                    : "return_type = ? AND directorate_id = ? AND period = ?";
            Object[] key = recognition.spec().isLedger() ? new Object[] {batch.returnType(), batch.fileName()}
                    : new Object[] {batch.returnType(), batch.directorateId(), batch.period()};
            for (Long replaced : jdbc.sql("SELECT load_batch_id FROM load_batch WHERE " + sameSnapshot
                            + " AND status = 'CURRENT' AND load_batch_id <> ? ORDER BY load_batch_id FOR UPDATE")
                    .params(key).param(loadBatchId).query(Long.class).list()) {
                jdbc.sql("UPDATE load_batch SET status = 'SUPERSEDED' WHERE load_batch_id = ?").param(replaced).update();
                audit.batch(AuditAction.SUPERSEDED, replaced, "CURRENT", "by load batch " + loadBatchId);
            }
            jdbc.sql("UPDATE load_batch SET status = 'CURRENT', finished_at = ?, rows_read = ?, rows_loaded = ?, "
                            + "rows_with_findings = ?, errors = ?, warnings = ? WHERE load_batch_id = ?")
                    .params(Timestamp.from(Instant.now()), counts.rowsRead(), counts.rowsLoaded(),
                            counts.rowsWithFindings(), counts.errors(), counts.warnings(), loadBatchId)
                    .update();
            audit.batch(AuditAction.PUBLISHED, loadBatchId, before, counts.rowsRead() + " rows read, "
                    + counts.rowsLoaded() + " loaded, " + counts.rowsWithFindings() + " with findings ("
                    + counts.errors() + " errors, " + counts.warnings() + " warnings)");
            for (String statement : type.publishStatements()) {
                long started = System.nanoTime();
                int rows = jdbc.sql(statement).param(loadBatchId).update();
                log.debug("load batch {} publish statement: {} rows in {} ms: {}", loadBatchId, rows,
                        (System.nanoTime() - started) / 1_000_000, statement.lines().findFirst().orElse(""));
            }
            type.onPublished(context);
            return counts;
        });
    }

    /**
     * The required columns none of whose values could be read, e.g. {@code A 'Date'}, as the load step's findings at
     * the header say: the reason a file with such a column is rejected names it.
     */
    private List<String> unusableRequiredColumns(long loadBatchId, Recognition recognition) {
        List<String> columns = new ArrayList<>(0);
        List<HeaderCell> cells = jdbc.sql("SELECT DISTINCT source_sheet, source_row, field_name FROM finding "
                        + "WHERE load_batch_id = ? AND rule_id = ? AND message LIKE ?")
                .params(loadBatchId, FieldChecks.FORMAT, UnreadableColumns.UNUSABLE + "%")
                .query(HeaderCell.class).list();
        for (HeaderMatch header : recognition.headers()) {
            for (HeaderCell cell : cells) {
                String field = cell.fieldName();
                boolean here = header.sheet().equals(cell.sourceSheet()) && header.headerRowNumber() == cell.sourceRow()
                        && field != null && header.spec().indexOf(field) >= 0 && header.columnOf(field) >= 0;
                String column = here && header.spec().field(field).required()
                        ? UnreadableColumns.columnName(header, field) : null;
                if (column != null && !columns.contains(column)) {
                    columns.add(column);
                }
            }
        }
        return columns;
    }

    private LoadCounts count(long loadBatchId, int rowsRead, ReturnSpec spec) {
        int loaded = jdbc.sql("SELECT COUNT(*) FROM " + spec.table() + " WHERE load_batch_id = ?")
                .param(loadBatchId).query(Integer.class).single();
        int withFindings = jdbc.sql("SELECT COUNT(*) FROM (SELECT DISTINCT source_sheet, source_row FROM finding "
                        + "WHERE load_batch_id = ?) r")
                .param(loadBatchId).query(Integer.class).single();
        int errors = jdbc.sql("SELECT COUNT(*) FROM finding WHERE load_batch_id = ? AND severity = 'error'")
                .param(loadBatchId).query(Integer.class).single();
        int warnings = jdbc.sql("SELECT COUNT(*) FROM finding WHERE load_batch_id = ? AND severity = 'warning'")
                .param(loadBatchId).query(Integer.class).single();
        return new LoadCounts(rowsRead, loaded, withFindings, errors, warnings);
    }
}
