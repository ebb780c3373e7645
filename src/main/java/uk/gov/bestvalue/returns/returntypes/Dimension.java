package uk.gov.bestvalue.returns.returntypes;

import java.util.List;

/**
 * A dimension table a return's fact rows add to as they are written: its key column, then its other columns,
 * each with the fact column its value comes from. Only keys the dimension lacks are added; a key's existing row
 * never changes.
 *
 * @param columns     the dimension's columns, the key first
 * @param factColumns the fact column each of {@code columns} is taken from, in the same order
 */
public record Dimension(String table, List<String> columns, List<String> factColumns) {

    public Dimension {
        columns = List.copyOf(columns);
        factColumns = List.copyOf(factColumns);
        if (columns.isEmpty() || columns.size() != factColumns.size()) {
            throw new IllegalArgumentException("a dimension needs a key and one fact column per column: " + table);
        }
    }

    /** The dimension's key column. */
    public String key() {
        return columns.get(0);
    }
}
