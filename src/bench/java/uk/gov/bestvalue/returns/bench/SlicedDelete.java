package uk.gov.bestvalue.returns.bench;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes a stage's rows in slices of 10,000, each its own statement and commit: one statement deleting a million
 * rows makes H2 hold its undo log in the heap the benchmark is measuring.
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
    static int run(JdbcTemplate jdbc, String table, String condition, Object... parameters) {
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.update("DELETE FROM " + table + " WHERE " + condition + " LIMIT " + SLICE, parameters);
            total += deleted;
        } while (deleted == SLICE);
        return total;
    }
}
