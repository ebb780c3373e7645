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

/** Reads and records what became of each received file in {@code load_batch}. */
@Repository
public class LoadBatchRepository {

    private final JdbcClient jdbc;

    public LoadBatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a file as received; returns its load batch id. */
    public long received(String fileName, String sha256, long bytes) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO load_batch (file_name, sha256, file_bytes, received_at, status) VALUES (?, ?, ?, ?, ?)")
                .params(fileName, sha256, bytes, Timestamp.from(Instant.now()), LoadStatus.RECEIVED.name())
                .update(key, "load_batch_id");
        return key.getKey().longValue();
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

    /** Records what the file was recognised as, and that its rows are being loaded. */
    public void loading(long id, String returnType, String directorateId, String period, String sheet, int headerRow,
                        String submittedBy, String contactEmail) {
        jdbc.sql("UPDATE load_batch SET status = ?, return_type = ?, directorate_id = ?, period = ?, source_sheet = ?, "
                        + "header_row = ?, submitted_by = ?, contact_email = ? WHERE load_batch_id = ?")
                .params(LoadStatus.LOADING.name(), returnType, directorateId, period, truncate(sheet, 100), headerRow,
                        truncate(submittedBy, 200), truncate(contactEmail, 200), id)
                .update();
    }

    /** Links the batch to the Spring Batch execution loading it (for restart after a crash). */
    public void jobExecution(long id, long jobExecutionId) {
        jdbc.sql("UPDATE load_batch SET job_execution_id = ? WHERE load_batch_id = ?").params(jobExecutionId, id).update();
    }

    /** Ends a batch that was not loaded, with the reason its owner reads. */
    public void finish(long id, LoadStatus status, String reason, String directorateId) {
        jdbc.sql("UPDATE load_batch SET status = ?, reason = ?, directorate_id = COALESCE(directorate_id, ?), "
                        + "finished_at = ? WHERE load_batch_id = ?")
                .params(status.name(), truncate(reason, 4000), directorateId, Timestamp.from(Instant.now()), id)
                .update();
    }

    /** Marks a load as failed, to be restarted at {@code retryAt} (null: not to be retried). */
    public void failed(long id, String reason, Instant retryAt) {
        // a published snapshot stays current while its remaining steps wait to be retried
        jdbc.sql("UPDATE load_batch SET status = CASE WHEN status IN ('CURRENT', 'SUPERSEDED') THEN status ELSE ? END, "
                        + "reason = ?, next_attempt_at = ? WHERE load_batch_id = ?")
                .params(LoadStatus.FAILED.name(), truncate(reason, 4000),
                        retryAt == null ? null : Timestamp.from(retryAt), id).update();
    }

    /** Counts one more failed run of the batch's load; how many have failed. */
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
        jdbc.sql("UPDATE load_batch SET stored_as = ? WHERE load_batch_id = ?").params(path, id).update();
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
