package uk.gov.bestvalue.returns.warehouse;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.jdbc.JdbcStatement;

/**
 * Rows sent to a MySQL/MariaDB table as tab-separated text through Connector/J's {@code LOAD DATA LOCAL INFILE}
 * stream: the server parses them in one statement, several times faster than the same rows as batched inserts. The
 * text never touches a disk; the statement runs on the caller's connection, so in the caller's transaction.
 */
public final class LoadDataStatement {

    private final String table;
    private final String sql;
    private final int columns;

    /** A statement loading the given columns of a table, in that order. */
    public LoadDataStatement(String table, List<String> columns) {
        this.table = table;
        this.columns = columns.size();
        this.sql = "LOAD DATA LOCAL INFILE 'rows.tsv' INTO TABLE " + table + " CHARACTER SET utf8mb4"
                + " FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("
                + String.join(", ", columns) + ")";
    }

    /**
     * Whether a connection can take it: Connector/J to a server that allows local files, with
     * {@code allowLoadLocalInfile=true} in the database URL (the capability is agreed when the connection opens).
     */
    public static boolean supportedBy(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return false;
        }
        return connection.unwrap(JdbcConnection.class).getPropertySet()
                .getBooleanProperty(PropertyKey.allowLoadLocalInfile).getValue();
    }

    /**
     * Sends the rows (one value per column, as for a prepared insert; each is asked for once, as it is sent) and
     * returns the rows the server loaded. Where the server changed or skipped a value (LOAD DATA LOCAL turns errors
     * into warnings, strict mode or not), the statement is undone to a savepoint and {@link Rejected} names the
     * server's warnings: the caller then inserts the rows the ordinary way, to get the error an insert gives.
     */
    public long load(Connection connection, List<Object[]> rows) throws SQLException {
        InputStream text = new RowsText(rows);
        boolean transaction = !connection.getAutoCommit();
        Savepoint savepoint = transaction ? connection.setSavepoint() : null;
        try (Statement statement = connection.createStatement()) {
            statement.unwrap(JdbcStatement.class).setLocalInfileInputStream(text);
            long loaded = statement.executeLargeUpdate(sql);
            List<String> warnings = warnings(statement.getWarnings());
            if (loaded != rows.size() || !warnings.isEmpty()) {
                if (savepoint == null) {
                    throw new IllegalStateException("LOAD DATA outside a transaction cannot be undone: " + table);
                }
                connection.rollback(savepoint);
                throw new Rejected(table + ": " + rows.size() + " rows sent, " + loaded + " loaded; " + warnings);
            }
            return loaded;
        } finally {
            if (savepoint != null) {
                releaseQuietly(connection, savepoint);
            }
        }
    }

    /**
     * The rows as LOAD DATA reads them, written a few kilobytes at a time as the driver sends them: the server parses
     * the first rows while the last are still being written, and no chunk's text is ever whole in the heap (a
     * thousand rows made arrays large enough for the collector to handle as humongous, and to start marking for).
     */
    private final class RowsText extends InputStream {

        private static final int PIECE_CHARS = 16 * 1024;

        private final List<Object[]> rows;
        private final StringBuilder piece = new StringBuilder(PIECE_CHARS + 1024);
        private int next;
        private byte[] bytes = new byte[0];
        private int position;

        RowsText(List<Object[]> rows) {
            this.rows = rows;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position == bytes.length && !fill()) {
                return -1;
            }
            int copied = Math.min(length, bytes.length - position);
            System.arraycopy(bytes, position, into, offset, copied);
            position += copied;
            return copied;
        }

        /** Writes the next rows' lines, up to about {@value #PIECE_CHARS} characters; false when none are left. */
        private boolean fill() {
            piece.setLength(0);
            while (next < rows.size() && piece.length() < PIECE_CHARS) {
                Object[] row = rows.get(next++);
                if (row.length != columns) {
                    throw new IllegalArgumentException(table + ": a row of " + row.length + " values for " + columns
                            + " columns");
                }
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        piece.append('\t');
                    }
                    append(piece, row[i]);
                }
                piece.append('\n');
            }
            if (piece.length() == 0) {
                return false;
            }
            bytes = piece.toString().getBytes(StandardCharsets.UTF_8);
            position = 0;
            return true;
        }
    }

    /** A value as LOAD DATA reads it: \N for null, booleans as 1 and 0, tabs, newlines and backslashes escaped. */
    private static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Boolean flag) {
            text.append(flag ? '1' : '0');
        } else if (value instanceof BigDecimal number) {
            text.append(number.toPlainString());
        } else if (value instanceof LocalDateTime time) {
            text.append(time.toLocalDate()).append(' ').append(time.toLocalTime());
        } else {
            String plain = value.toString();
            for (int i = 0; i < plain.length(); i++) {
                char c = plain.charAt(i);
                switch (c) {
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    case '\\' -> text.append("\\\\");
                    case '\0' -> text.append("\\0");
                    default -> text.append(c);
                }
            }
        }
    }

    private static List<String> warnings(SQLWarning first) {
        List<String> messages = new ArrayList<>();
        for (SQLWarning warning = first; warning != null && messages.size() < 5; warning = warning.getNextWarning()) {
            messages.add(warning.getMessage());
        }
        return messages;
    }

    private static void releaseQuietly(Connection connection, Savepoint savepoint) {
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException alreadyGone) {
            // rolled back to it, or the transaction ended: nothing is held
        }
    }

    /** The server did not take every row as sent; nothing of the statement remains. */
    public static final class Rejected extends RuntimeException {

        Rejected(String message) {
            super(message);
        }
    }
}
