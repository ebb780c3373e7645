package uk.gov.bestvalue.returns.bench;

import java.util.Map;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes a stage's rows in slices of 10,000, each its own statement and commit: one statement deleting a million
 * rows makes H2 hold its undo log in the heap the benchmark is measuring. When the stage's rows are all the table
 * holds (the usual case: the database is the benchmark's own), the table is truncated instead, which takes
 * milliseconds where the slices took seconds a run.
 */
final class SlicedDelete {

    private static final int SLICE = 10_000;

    private SlicedDelete() {
    }

    /**
     * Deletes a load batch's rows of a fact table (its key {@code <table>_id}) in slices of the key: at ten million
     * rows, slices found by the batch's index each took longer than the last (over six minutes on H2, unfinished).
     */
    static void loadBatch(JdbcTemplate jdbc, String table, Object loadBatchId) {
        if (truncatedAsOnlyRows(jdbc, table, "load_batch_id = ?", loadBatchId)) {
            return;
        }
        String key = table + "_id";
        Map<String, Object> range = jdbc.queryForMap("SELECT MIN(" + key + ") AS first_key, MAX(" + key
                + ") AS last_key FROM " + table + " WHERE load_batch_id = ?", loadBatchId);
        if (range.get("first_key") == null) {
            return;
        }
        long first = ((Number) range.get("first_key")).longValue();
        long last = ((Number) range.get("last_key")).longValue();
        for (long start = first; start <= last; start += SLICE) {
            jdbc.update("DELETE FROM " + table + " WHERE " + key + " BETWEEN ? AND ? AND load_batch_id = ?", start,
                    Math.min(last, start + SLICE - 1), loadBatchId);
        }
    }

    /** Runs {@code DELETE FROM table WHERE condition} (H2 and MySQL both take its LIMIT) until no row is left. */
    static void run(JdbcTemplate jdbc, String table, String condition, Object... parameters) {
        if (truncatedAsOnlyRows(jdbc, table, condition, parameters)) {
            return;
        }
        int deleted;
        do {
            deleted = jdbc.update("DELETE FROM " + table + " WHERE " + condition + " LIMIT " + SLICE, parameters);
        } while (deleted == SLICE);
    }

    /**
     * Truncates the table when every row meets the condition; false when another row is there, or the table cannot
     * be truncated (a foreign key points at it), and the rows are then to be deleted.
     */
    private static boolean truncatedAsOnlyRows(JdbcTemplate jdbc, String table, String condition,
                                               Object... parameters) {
        // IS NOT TRUE counts a row whose condition is unknown (a null) as another's: it must not be lost
        Long others = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE (" + condition + ") IS NOT TRUE",
                Long.class, parameters);
        if (others == null || others > 0) {
            return false;
        }
        try {
            jdbc.execute("TRUNCATE TABLE " + table);
            return true;
        } catch (DataAccessException referenced) {
            return false;
        }
    }
}
