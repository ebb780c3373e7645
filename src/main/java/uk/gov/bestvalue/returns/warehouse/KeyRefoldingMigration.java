package uk.gov.bestvalue.returns.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Java migration that makes stored keys again from their rows' own columns, after the way a key is made changed:
 * to fold accents ({@link FoldedKeysMigration}, {@link FoldedPlaceKeysMigration}), or to key a supplier named by
 * dropped words alone ({@link EmptySupplierKeysMigration}). Only the rows each {@link StoredKey} selects are read; a
 * row whose text the warehouse cut to its column's width (ending "…") keeps its key, which was made from the whole
 * text; a dimension row whose new key another row already has is merged into it, and one whose key is now null (a
 * name with no letter or digit) is removed. Spring Boot hands Flyway every such bean.
 */
abstract class KeyRefoldingMigration implements JavaMigration {

    private static final int BATCH = 1_000;

    private final MigrationVersion version;
    private final String description;
    private final List<StoredKey> facts;
    private final List<StoredKey> dimensions;

    /** The keys of {@code facts} are made again first, then those of {@code dimensions}, whose key is their id. */
    KeyRefoldingMigration(String version, String description, List<StoredKey> facts, List<StoredKey> dimensions) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
        this.facts = facts;
        this.dimensions = dimensions;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        refold(context.getConnection());
    }

    /** A fact row's key made again. */
    private record Update(String key, long id) {
    }

    /**
     * A key column, the columns it is made from (in the order the key's function takes them) and which rows to make
     * again: by default those whose source columns hold a character outside ASCII.
     */
    record StoredKey(String table, String id, String key, List<String> sources, Function<String[], String> made,
                     String where) {

        StoredKey(String table, String id, String key, List<String> sources, Function<String[], String> made) {
            this(table, id, key, sources, made, nonAscii(sources));
        }

        /** The condition that one of these columns holds a character outside ASCII. */
        static String nonAscii(List<String> columns) {
            return String.join(" OR ", columns.stream()
                    .map(c -> "OCTET_LENGTH(" + c + ") <> CHAR_LENGTH(" + c + ")").toList());
        }

        String select() {
            return "SELECT " + id + ", " + key + ", " + String.join(", ", sources) + " FROM " + table + " WHERE "
                    + where;
        }
    }

    /** Makes the stored keys again; returns how many rows changed (each dimension row merged away counts once). */
    int refold(Connection connection) throws SQLException {
        int changed = 0;
        for (StoredKey fact : facts) {
            changed += refoldFacts(connection, fact);
        }
        for (StoredKey dimension : dimensions) {
            changed += refoldDimension(connection, dimension);
        }
        return changed;
    }

    private static int refoldFacts(Connection connection, StoredKey fact) throws SQLException {
        List<Update> updates = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(fact.select())) {
            while (rows.next()) {
                String[] sources = sources(rows, fact);
                if (sources != null) {
                    String made = fact.made().apply(sources);
                    if (!Objects.equals(made, rows.getString(2))) {
                        updates.add(new Update(made, rows.getLong(1)));
                    }
                }
            }
        }
        String sql = "UPDATE " + fact.table() + " SET " + fact.key() + " = ? WHERE " + fact.id() + " = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < updates.size(); i++) {
                update.setString(1, updates.get(i).key());
                update.setLong(2, updates.get(i).id());
                update.addBatch();
                if ((i + 1) % BATCH == 0 || i == updates.size() - 1) {
                    update.executeBatch();
                }
            }
        }
        return updates.size();
    }

    private static int refoldDimension(Connection connection, StoredKey dimension) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + dimension.key() + " FROM " + dimension.table())) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        List<String[]> renames = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(dimension.select())) {
            while (rows.next()) {
                String[] sources = sources(rows, dimension);
                if (sources == null) {
                    continue;
                }
                // a key now made null (a name with no letter or digit) no longer identifies anything: the row goes
                String made = dimension.made().apply(sources);
                if (!Objects.equals(made, rows.getString(2))) {
                    renames.add(new String[] {rows.getString(2), made});
                }
            }
        }
        String table = dimension.table();
        String key = dimension.key();
        try (PreparedStatement merge = connection.prepareStatement("DELETE FROM " + table + " WHERE " + key + " = ?");
             PreparedStatement rename = connection.prepareStatement(
                     "UPDATE " + table + " SET " + key + " = ? WHERE " + key + " = ?")) {
            for (String[] change : renames) {
                if (change[1] == null || keys.contains(change[1])) {
                    merge.setString(1, change[0]);
                    merge.executeUpdate();
                } else {
                    rename.setString(1, change[1]);
                    rename.setString(2, change[0]);
                    rename.executeUpdate();
                    keys.add(change[1]);
                }
                keys.remove(change[0]);
            }
        }
        return renames.size();
    }

    /** The row's source columns, or null when one of them was cut to its column's width. */
    private static String[] sources(ResultSet rows, StoredKey stored) throws SQLException {
        String[] sources = new String[stored.sources().size()];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = rows.getString(3 + i);
            if (sources[i] != null && sources[i].endsWith(FactTable.CUT)) {
                return null;
            }
        }
        return sources;
    }
}
