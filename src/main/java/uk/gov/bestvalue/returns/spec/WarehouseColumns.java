package uk.gov.bestvalue.returns.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What each warehouse column can hold, read from the migrations themselves ({@code sql/common/V*.sql}), so that the one
 * place the sizes are written is the schema: a value beyond its column is a finding when the file is checked, and
 * the load can never fail on it.
 */
public final class WarehouseColumns {

    /** The capacity of one column: a text's length, or a decimal's precision and scale. */
    public record Size(int length, int precision, int scale) {

        /** The largest magnitude a DECIMAL(precision, scale) holds, e.g. 9999999999999.99 for DECIMAL(15,2). */
        public BigDecimal largest() {
            return BigDecimal.TEN.pow(precision - scale).subtract(BigDecimal.ONE.movePointLeft(scale));
        }
    }

    // each anchored where a plain search of the lower-cased script found its first words: a pattern searching the
    // whole script itself was most of what a check of a small return spent before its first row
    private static final Pattern TABLE = Pattern.compile("create table\\s+(\\w+)\\s*\\(");
    private static final Pattern ALTER = Pattern.compile("alter table\\s+(\\w+)\\s+add column\\s+(\\w+\\s+[^,;]+)");
    private static final Pattern COLUMN = Pattern.compile(
            "\\s*(\\w+)\\s+(?:varchar\\((\\d+)\\)|decimal\\((\\d+)\\s*,\\s*(\\d+)\\))");
    private static final String TABLE_END = "\n);";
    private static final WarehouseColumns MIGRATIONS = load();

    private final Map<String, Size> sizes;
    /** The sizes by table name as asked, then column name as asked: asked for every cell, so no text is built. */
    private final Map<String, Map<String, Optional<Size>>> asked = new ConcurrentHashMap<>();

    WarehouseColumns(Map<String, Size> sizes) {
        this.sizes = Map.copyOf(sizes);
    }

    /** The columns as the packaged migrations create them. */
    public static WarehouseColumns migrations() {
        return MIGRATIONS;
    }

    /** Every sized column, by {@code table.column} in lower case. */
    Map<String, Size> sizes() {
        return sizes;
    }

    /** The size of a text or decimal column, or null for a column of another type (or unknown). */
    public Size size(String table, String column) {
        return asked.computeIfAbsent(table, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(column, c -> Optional.ofNullable(sizes.get(key(table, c)))).orElse(null);
    }

    static WarehouseColumns parse(String... scripts) {
        Map<String, Size> sizes = new HashMap<>();
        for (String script : scripts) {
            // names are kept in lower case anyway, so the whole script is read so
            String sql = script.toLowerCase(Locale.ROOT);
            Matcher table = TABLE.matcher(sql);
            for (int at = sql.indexOf("create table"); at >= 0; at = sql.indexOf("create table", at + 1)) {
                if (table.region(at, sql.length()).lookingAt()) {
                    int end = sql.indexOf(TABLE_END, table.end());
                    if (end >= 0) {
                        columns(table.group(1), sql.substring(table.end(), end), sizes);
                    }
                }
            }
            Matcher alter = ALTER.matcher(sql);
            for (int at = sql.indexOf("alter table"); at >= 0; at = sql.indexOf("alter table", at + 1)) {
                if (alter.region(at, sql.length()).lookingAt()) {
                    columns(alter.group(1), alter.group(2), sizes);
                }
            }
        }
        return new WarehouseColumns(sizes);
    }

    /** The sized columns of a table's definitions, one to a line. */
    private static void columns(String table, String definitions, Map<String, Size> sizes) {
        Matcher column = COLUMN.matcher(definitions);
        for (int line = 0; line >= 0 && line < definitions.length(); ) {
            int next = definitions.indexOf('\n', line);
            int end = next < 0 ? definitions.length() : next;
            if (column.region(line, end).lookingAt()) {
                Size size = column.group(2) != null ? new Size(Integer.parseInt(column.group(2)), 0, 0)
                        : new Size(0, Integer.parseInt(column.group(3)), Integer.parseInt(column.group(4)));
                sizes.put(key(table, column.group(1)), size);
            }
            line = next < 0 ? -1 : next + 1;
        }
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }

    private static WarehouseColumns load() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:sql/common/V*.sql");
            // in version order, so that a later migration's change of a column wins
            Arrays.sort(resources, Comparator.comparingInt(WarehouseColumns::version));
            String[] scripts = new String[resources.length];
            for (int i = 0; i < resources.length; i++) {
                try (InputStream in = resources[i].getInputStream()) {
                    scripts[i] = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return parse(scripts);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the warehouse migrations", e);
        }
    }

    private static int version(Resource resource) {
        String name = String.valueOf(resource.getFilename());
        Matcher digits = Pattern.compile("^V(\\d+)__").matcher(name);
        return digits.find() ? Integer.parseInt(digits.group(1)) : Integer.MAX_VALUE;
    }
}
