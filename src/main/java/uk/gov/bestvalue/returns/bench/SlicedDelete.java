package uk.gov.bestvalue.returns.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes a stage's rows in slices of 10,000, each its own statement and commit: one statement deleting a million
 * rows makes H2 hold its undo log in the heap the benchmark is measuring.
 */
final class SlicedDelete {

    private static final int SLICE = 10_000;

    private SlicedDelete() {
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
