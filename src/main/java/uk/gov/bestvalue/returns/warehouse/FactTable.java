package uk.gov.bestvalue.returns.warehouse;

import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.bestvalue.returns.spec.FieldSpec;
import uk.gov.bestvalue.returns.spec.ReturnSpec;

/**
 * A return's fact table as the spec and the return type describe it: the insert statement, the JDBC types
 * of its parameters, and the width of each text column (long text is cut to fit rather than failing the load).
 */
final class FactTable {

    /** What ends a text cut to its column's width. */
    static final String CUT = "…";

    private final ReturnSpec spec;
    private final List<String> columns;
    private final String insertSql;
    private final int[] types;
    private final int[] widths;

    FactTable(JdbcTemplate jdbc, ReturnSpec spec, List<String> derivedColumns) {
        this.spec = spec;
        List<String> columns = new ArrayList<>(List.of("load_batch_id", "source_sheet", "source_row"));
        spec.fields().forEach(field -> columns.add(field.name()));
        columns.addAll(derivedColumns);
        this.columns = List.copyOf(columns);
        this.insertSql = "INSERT INTO " + spec.table() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        Map<String, Integer> width = columnWidths(jdbc, spec.table());
        this.types = new int[columns.size()];
        this.widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            types[i] = i < 3 ? new int[] {Types.BIGINT, Types.VARCHAR, Types.INTEGER}[i]
                    : i - 3 < spec.fields().size() ? sqlType(spec.fields().get(i - 3)) : Types.VARCHAR;
            widths[i] = width.getOrDefault(columns.get(i).toLowerCase(Locale.ROOT), Integer.MAX_VALUE);
        }
    }

    String insertSql() {
        return insertSql;
    }

    /** The columns the insert writes, in the order of its parameters. */
    List<String> columns() {
        return columns;
    }

    /** The parameter index of a column of the insert; fails for a column it does not write. */
    int parameterOf(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(spec.table() + " has no column " + column + " among " + columns);
        }
        return index;
    }

    int[] types() {
        return types;
    }

    ReturnSpec spec() {
        return spec;
    }

    /** Cuts a text value to its column's width. */
    Object fit(int parameter, Object value) {
        if (value instanceof String text && text.length() > widths[parameter]) {
            return text.substring(0, widths[parameter] - 1) + CUT;
        }
        return value;
    }

    private static int sqlType(FieldSpec field) {
        return switch (field.type()) {
            case TEXT -> Types.VARCHAR;
            case MONEY, PERCENT -> Types.DECIMAL;
            case DATE -> Types.DATE;
            case BOOLEAN -> Types.BOOLEAN;
            case INTEGER -> Types.BIGINT;
        };
    }

    private static Map<String, Integer> columnWidths(JdbcTemplate jdbc, String table) {
        return jdbc.query("SELECT * FROM " + table + " WHERE 1 = 0", rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Integer> widths = new HashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                if (meta.getColumnType(i) == Types.VARCHAR || meta.getColumnType(i) == Types.CHAR) {
                    widths.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), meta.getPrecision(i));
                }
            }
            return widths;
        });
    }
}
