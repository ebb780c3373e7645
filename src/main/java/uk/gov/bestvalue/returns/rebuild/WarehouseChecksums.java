package uk.gov.bestvalue.returns.rebuild;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The checksum of each warehouse table's business columns, the same on H2 and MySQL for the same rows in any order:
 * every column of every compared table but the surrogate ids, times and storage paths ({@link RebuildScope#NOT_BUSINESS};
 * the list and the reasons are in docs/warehouse.md), ids of batches and fact rows replaced by what they stand for, decimals,
 * booleans and dates written one way whatever the database returns. A row's hash is SHA-256 of its columns (by name);
 * a table's checksum is the sum of its rows' hashes (modulo 2^64), so the order of the rows does not count but a
 * repeated row does.
 */
public final class WarehouseChecksums {

    private static final Set<Integer> TIMES = Set.of(Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIME,
            Types.TIME_WITH_TIMEZONE);

    private WarehouseChecksums() {
    }

    /** The checksum of every compared table of a warehouse, in scope of a rebuild of {@code period}. */
    public static List<TableChecksum> of(JdbcClient jdbc, String period) {
        BusinessKeys keys = new BusinessKeys(jdbc, period);
        List<TableChecksum> tables = new ArrayList<>();
        for (String table : RebuildScope.TABLES) {
            long[] rowsAndSum = new long[2];
            jdbc.sql("SELECT * FROM " + table).query(rs -> {
                TreeMap<String, String> row = businessColumns(table, rs, keys, period);
                if (row != null) {
                    rowsAndSum[0]++;
                    rowsAndSum[1] += hash(row.toString());
                }
            });
            tables.add(new TableChecksum(table, rowsAndSum[0], String.format("%016x", rowsAndSum[1])));
        }
        return tables;
    }

    /** A row's business columns by name, or null when the row is not in the rebuild's scope. */
    private static TreeMap<String, String> businessColumns(String table, ResultSet rs, BusinessKeys keys, String period)
            throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        TreeMap<String, String> row = new TreeMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
            if (!inScope(table, column, rs, i, keys, period)) {
                return null;
            }
            if (isSurrogateId(table, column, meta.getColumnType(i)) || RebuildScope.NOT_BUSINESS.contains(column)
                    || TIMES.contains(meta.getColumnType(i))) {
                continue;
            }
            row.put(column, value(table, column, rs, i, keys));
        }
        return row;
    }

    /**
     * A table's own number, given by the database as rows are inserted (a replay numbers them otherwise); a key the
     * pipeline writes itself, such as {@code directorate.directorate_id}, is text and compared like any column.
     */
    static boolean isSurrogateId(String table, String column, int sqlType) {
        return column.equals(table + "_id") && (sqlType == Types.BIGINT || sqlType == Types.INTEGER);
    }

    private static boolean inScope(String table, String column, ResultSet rs, int i, BusinessKeys keys, String period)
            throws SQLException {
        if (column.equals("period") && RebuildScope.MONTHLY.contains(table)) {
            return period.equals(rs.getString(i));
        }
        if (column.equals("period") && table.equals("milestone_kpi")) {
            return rs.getString(i).compareTo(period) <= 0;
        }
        if (column.equals("monthly_period") && rs.getString(i) != null) {
            return period.equals(rs.getString(i));
        }
        if (column.equals("load_batch_id") && !RebuildScope.MONTHLY.contains(table) && !table.equals("finding")) {
            return keys.inScope(rs.getLong(i));
        }
        if (column.equals("load_batch_id") && table.equals("finding") && rs.getString("monthly_period") == null) {
            return keys.inScope(rs.getLong(i));
        }
        return true;
    }

    private static String value(String table, String column, ResultSet rs, int i, BusinessKeys keys) throws SQLException {
        Object value = rs.getObject(i);
        if (value == null) {
            return "null";
        }
        long id = value instanceof Number n ? n.longValue() : 0;
        if (RebuildScope.BATCH_IDS.contains(column)) {
            return keys.batch(id);
        }
        if (BusinessKeys.isFactId(column)) {
            return keys.fact(column, id);
        }
        if (column.equals("last_payment_fact_id")) {
            return keys.fact("payment_fact_id", id);
        }
        if (column.equals("item_fact_id")) {
            // a payment total points at the contract or the grant its payments were matched to
            return keys.fact("grant".equals(rs.getString("kind")) ? "grant_fact_id" : "contract_fact_id", id);
        }
        return normalised(rs, i, value);
    }

    /** One spelling per value whatever the database: 12.50 and 12.5 alike, true and 1 alike, dates ISO. */
    private static String normalised(ResultSet rs, int i, Object value) throws SQLException {
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (value instanceof Number n) {
            BigDecimal decimal = n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof java.sql.Date || value instanceof java.time.LocalDate) {
            return rs.getDate(i).toLocalDate().toString();
        }
        return rs.getString(i);
    }

    private static long hash(String row) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(row.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (digest[i] & 0xff);
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
