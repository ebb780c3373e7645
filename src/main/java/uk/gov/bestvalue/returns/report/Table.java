package uk.gov.bestvalue.returns.report;

import java.util.List;

/**
 * A table of the pack, written alike to the workbook and to the HTML page. Cells are text, numbers or null (an
 * empty cell); the last row is a total when {@code total} is set.
 */
record Table(String title, String note, List<Column> columns, List<List<Object>> rows, boolean total) {

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

    /** A column of the kind. */
    static Column col(String header, Kind kind) {
        return new Column(header, kind);
    }
}
