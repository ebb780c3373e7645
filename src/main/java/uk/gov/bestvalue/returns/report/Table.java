package uk.gov.bestvalue.returns.report;

import java.util.List;

/**
 * A table of the pack, written alike to the workbook and to the HTML page. Cells are text, numbers or null (an
 * empty cell); the last row is a total when {@code total} is set. A table may list, row by row, the warehouse rows
 * each figure sums ({@code sources}, empty when it lists none): the workbook writes them in a last column, the
 * page in a disclosure.
 */
record Table(String title, String note, List<Column> columns, List<List<Object>> rows, boolean total,
             List<RowSources> sources) {

    /** A table that lists no rows behind its figures. */
    Table(String title, String note, List<Column> columns, List<List<Object>> rows, boolean total) {
        this(title, note, columns, rows, total, List.of());
    }

    /**
     * How a column's cells are written: text, long text (wrapped), a month (never wrapped), a code (a hash), a count,
     * money (£#,##0), a share (0.0%), a status.
     */
    enum Kind {
        TEXT, LONG_TEXT, MONTH, CODE, COUNT, MONEY, SHARE, STATUS;

        boolean numeric() {
            return this == COUNT || this == MONEY || this == SHARE;
        }
    }

    /** A column's heading and kind. */
    record Column(String header, Kind kind) {
    }

    /**
     * The warehouse rows behind one line of a table: how many, and where, a line per file and sheet (e.g.
     * {@code finance-spend-2016-01.csv (load batch 10): rows 2, 3}).
     */
    record RowSources(int count, List<String> places) {

        static final RowSources NONE = new RowSources(0, List.of());
    }

    /** A column of the kind. */
    static Column col(String header, Kind kind) {
        return new Column(header, kind);
    }

    boolean listsSources() {
        return !sources.isEmpty();
    }

    /** The rows behind the table's i-th row. */
    RowSources sourcesOf(int i) {
        return i < sources.size() ? sources.get(i) : RowSources.NONE;
    }
}
