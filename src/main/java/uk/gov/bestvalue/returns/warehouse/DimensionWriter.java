package uk.gov.bestvalue.returns.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.bestvalue.returns.returntypes.Dimension;

/**
 * Adds the keys a chunk of fact rows names to a dimension, in the chunk's transaction: one row per new key, each
 * column the least value the chunk gives it (as {@code MIN} would), an existing key left as it is. Done per chunk
 * because doing it at publish means reading the whole load back (a million rows took a minute on MariaDB). A key
 * a committed chunk of the same load already added is not sent again.
 */
final class DimensionWriter {

    private final int[] parameters;
    private final String upsertSql;
    private final CommittedKeys committed = new CommittedKeys();

    DimensionWriter(Dimension dimension, FactTable table) {
        this.parameters = dimension.factColumns().stream().mapToInt(table::parameterOf).toArray();
        // "key = key" changes nothing: only a duplicate key is let pass, any other error still fails the chunk
        this.upsertSql = "INSERT INTO " + dimension.table() + " (" + String.join(", ", dimension.columns())
                + ") VALUES (" + String.join(", ", dimension.columns().stream().map(c -> "?").toList())
                + ") ON DUPLICATE KEY UPDATE " + dimension.key() + " = " + dimension.key();
    }

    /** Adds the chunk's keys; {@code facts} are the fact insert's parameters. */
    void write(JdbcTemplate jdbc, long loadBatchId, List<Object[]> facts) {
        Set<String> known = committed.known(loadBatchId);
        // sorted by key: concurrent loads lock the dimension's rows in the same order
        Map<String, Object[]> byKey = new TreeMap<>();
        for (Object[] fact : facts) {
            Object key = fact[parameters[0]];
            if (key == null || known.contains(key.toString())) {
                continue;
            }
            Object[] row = byKey.computeIfAbsent(key.toString(), k -> new Object[parameters.length]);
            row[0] = key;
            for (int i = 1; i < parameters.length; i++) {
                row[i] = least(row[i], fact[parameters[i]]);
            }
        }
        if (!byKey.isEmpty()) {
            jdbc.batchUpdate(upsertSql, new ArrayList<>(byKey.values()));
            committed.afterCommit(loadBatchId, byKey.keySet());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object least(Object current, Object value) {
        if (current == null) {
            return value;
        }
        if (value == null) {
            return current;
        }
        return ((Comparable) value).compareTo(current) < 0 ? value : current;
    }
}
