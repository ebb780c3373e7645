package uk.gov.bestvalue.returns.warehouse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.bestvalue.returns.audit.AuditAction;
import uk.gov.bestvalue.returns.audit.AuditTrail;

/**
 * Reads and records what became of each received file in {@code load_batch}; every change is written with its
 * {@code audit_event} in one transaction (or in the caller's, when there is one).
 */
@Repository
public class LoadBatchRepository {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;

    public LoadBatchRepository(JdbcClient jdbc, TransactionTemplate transaction, AuditTrail audit) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
    }

    /** Records a file as received; returns its load batch id. */
    public long received(String fileName, String sha256, long bytes) {
        return transaction.execute(status -> {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO load_batch (file_name, sha256, file_bytes, received_at, status) VALUES (?, ?, ?, ?, ?)")
                    .params(fileName, sha256, bytes, Timestamp.from(Instant.now()), LoadStatus.RECEIVED.name())
                    .update(key, "load_batch_id");
            long id = key.getKey().longValue();
            audit.batch(AuditAction.RECEIVED, id, null, bytes + " bytes");
            return id;
        });
    }

    /** The batch that loaded (or is loading) this exact content, if any. */
    public Optional<LoadBatch> findLoadedContent(String sha256) {
        return jdbc.sql("SELECT * FROM load_batch WHERE sha256 = ? AND status IN ('LOADING', 'CURRENT', 'SUPERSEDED', 'FAILED') "
                        + "ORDER BY load_batch_id")
                .param(sha256).query(LoadBatchRepository::map).optional();
    }

    public Optional<LoadBatch> find(long id) {
        return jdbc.sql("SELECT * FROM load_batch WHERE load_batch_id = ?").param(id)
                .query(LoadBatchRepository::map).optional();
    }

    /**
     * Records what the file was recognised as, and that its rows are being loaded (after its columns were recorded in
     * {@code load_batch_column}, in the same transaction, for the event to count them).
     */
    public void loading(long id, String returnType, String directorateId, String period, String sheet, int headerRow,
                        String submittedBy, String contactEmail) {
        String columns = jdbc.sql("SELECT COUNT(field_name) AS mapped, COUNT(*) AS cells FROM load_batch_column "
                        + "WHERE load_batch_id = ?")
                .param(id).query((rs, n) -> rs.getInt("mapped") + " of " + rs.getInt("cells")).single();
        change(id, AuditAction.LOAD_STARTED, "recognised as " + returnType + " of " + directorateId + " for "
                + (period == null ? "no month" : period) + ", sheet '" + sheet + "', header row " + headerRow + ", "
                + columns + " columns read" + (submittedBy == null ? "" : ", submitted by " + submittedBy),
                () -> jdbc.sql("UPDATE load_batch SET status = ?, return_type = ?, directorate_id = ?, period = ?, source_sheet = ?, "
                        + "header_row = ?, submitted_by = ?, contact_email = ? WHERE load_batch_id = ?")
                .params(LoadStatus.LOADING.name(), returnType, directorateId, period, truncate(sheet, 100), headerRow,
                        truncate(submittedBy, 200), truncate(contactEmail, 200), id)
                .update());
    }

    /**
     * Links the batch to the Spring Batch execution now loading it (for restart after a crash), as that run begins:
     * its first run, or the restart of the run linked before. Nothing changes when the link is already this run.
     */
    public void jobExecution(long id, long jobExecutionId) {
        Long before = jdbc.sql("SELECT job_execution_id FROM load_batch WHERE load_batch_id = ?").param(id)
                .query(Long.class).optional().orElse(null);
        if (before != null && before == jobExecutionId) {
            return;
        }
        change(id, AuditAction.LOAD_RUN, before == null ? "run " + jobExecutionId + " of its load began"
                        : "run " + jobExecutionId + " restarts run " + before + " from its last committed chunk",
                () -> jdbc.sql("UPDATE load_batch SET job_execution_id = ? WHERE load_batch_id = ?")
                        .params(jobExecutionId, id).update());
    }

    /** Ends a batch that was not loaded (a duplicate, a rejection), with the reason its owner reads. */
    public void finish(long id, LoadStatus status, String reason, String directorateId) {
        finish(id, status == LoadStatus.DUPLICATE ? AuditAction.DUPLICATE : AuditAction.REJECTED, status, reason,
                directorateId);
    }

    /** Ends a batch whose load kept failing: rejected, recorded as abandoned. */
    public void abandon(long id, String reason, String directorateId) {
        finish(id, AuditAction.ABANDONED, LoadStatus.REJECTED, reason, directorateId);
    }

    private void finish(long id, AuditAction action, LoadStatus status, String reason, String directorateId) {
        change(id, action, reason, () -> jdbc.sql("UPDATE load_batch SET status = ?, reason = ?, "
                        + "directorate_id = COALESCE(directorate_id, ?), finished_at = ? WHERE load_batch_id = ?")
                .params(status.name(), truncate(reason, 4000), directorateId, Timestamp.from(Instant.now()), id)
                .update());
    }

    /** Marks a load as failed, to be restarted at {@code retryAt} (null: not to be retried). */
    public void failed(long id, String reason, Instant retryAt) {
        // a published snapshot stays current while its remaining steps wait to be retried
        change(id, AuditAction.LOAD_FAILED, reason, () -> jdbc.sql("UPDATE load_batch SET status = CASE WHEN status "
                        + "IN ('CURRENT', 'SUPERSEDED') THEN status ELSE ? END, reason = ?, next_attempt_at = ? "
                        + "WHERE load_batch_id = ?")
                .params(LoadStatus.FAILED.name(), truncate(reason, 4000),
                        retryAt == null ? null : Timestamp.from(retryAt), id).update());
    }

    /** Counts one more failed run of the batch's load; how many have failed (its event is the {@link #failed} after). */
    public int countAttempt(long id) {
        jdbc.sql("UPDATE load_batch SET attempts = attempts + 1 WHERE load_batch_id = ?").param(id).update();
        return attempts(id);
    }

    /** How many runs of its load have failed. */
    public int attempts(long id) {
        return jdbc.sql("SELECT attempts FROM load_batch WHERE load_batch_id = ?").param(id).query(Integer.class)
                .optional().orElse(0);
    }

    /** Whether a failed load's back-off has run out at {@code now} (or it has none). */
    public boolean dueForRetry(long id, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM load_batch WHERE load_batch_id = ? AND (next_attempt_at IS NULL "
                + "OR next_attempt_at <= ?)").params(id, Timestamp.from(now)).query(Integer.class).single() > 0;
    }

    /**
     * The batch a process recorded for this content and then died before recognising it (a kill right after the
     * claim), so that processing the file again goes on with that row rather than leaving it RECEIVED for ever. Only
     * the same file's (its name in processing/): a copy of the same content another node has just received is not it.
     */
    public Optional<Long> findUnfinishedReceipt(String sha256, String fileName) {
        return jdbc.sql("SELECT load_batch_id FROM load_batch WHERE sha256 = ? AND file_name = ? AND status = 'RECEIVED' "
                        + "AND stored_as IS NULL ORDER BY load_batch_id DESC")
                .params(sha256, fileName).query(Long.class).list().stream().findFirst();
    }

    /** Where the file now lies (archive or rejected folder). */
    public void storedAs(long id, String path) {
        change(id, AuditAction.STORED, "kept read-only at " + path,
                () -> jdbc.sql("UPDATE load_batch SET stored_as = ? WHERE load_batch_id = ?").params(path, id).update());
    }

    /** Makes one change to a batch and records its event, in one transaction. */
    private void change(long id, AuditAction action, String detail, Runnable update) {
        transaction.executeWithoutResult(status -> {
            String before = audit.statusOf(id);
            update.run();
            audit.batch(action, id, before, detail);
        });
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static LoadBatch map(ResultSet rs, int row) throws SQLException {
        Timestamp received = rs.getTimestamp("received_at");
        return new LoadBatch(rs.getLong("load_batch_id"), rs.getString("file_name"), rs.getString("sha256"),
                rs.getLong("file_bytes"), received.toInstant(), LoadStatus.valueOf(rs.getString("status")),
                rs.getString("reason"), rs.getString("return_type"), rs.getString("directorate_id"),
                rs.getString("period"), rs.getString("source_sheet"), (Integer) rs.getObject("header_row", Integer.class),
                rs.getString("submitted_by"), rs.getString("contact_email"), rs.getObject("rows_read", Integer.class),
                rs.getObject("rows_loaded", Integer.class), rs.getObject("rows_with_findings", Integer.class),
                rs.getObject("errors", Integer.class), rs.getObject("warnings", Integer.class),
                rs.getObject("job_execution_id", Long.class), rs.getString("stored_as"));
    }
}
