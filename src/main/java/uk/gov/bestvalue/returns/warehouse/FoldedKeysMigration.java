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
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.keys.KeyText;
import uk.gov.bestvalue.returns.keys.SupplierKey;
import uk.gov.bestvalue.returns.returntypes.grants.PurposeKey;
import uk.gov.bestvalue.returns.returntypes.grants.RecipientKey;

/**
 * Version 28 of the warehouse: the supplier, recipient and purpose keys stored before keys folded accents
 * ({@link KeyText}) made again from their rows' own columns, so that a supplier or recipient loaded before matches the
 * same one loaded after. Only a row whose columns hold a character outside ASCII can change; a row whose text the
 * warehouse cut to its column's width (ending "…") keeps its key, which was made from the whole text. A dimension row
 * whose new key another row already has is merged into it. Spring Boot hands Flyway every such bean.
 */
@Component
public class FoldedKeysMigration implements JavaMigration {

    private static final int BATCH = 1_000;

    /** A fact row's key made again. */
    private record Update(String key, long id) {
    }

    /** A key column and the columns it is made from, in the order the key's function takes them. */
    private record StoredKey(String table, String id, String key, List<String> sources,
                             Function<String[], String> made) {

        String select() {
            String nonAscii = String.join(" OR ", sources.stream()
                    .map(c -> "OCTET_LENGTH(" + c + ") <> CHAR_LENGTH(" + c + ")").toList());
            return "SELECT " + id + ", " + key + ", " + String.join(", ", sources) + " FROM " + table + " WHERE "
                    + nonAscii;
        }
    }

    private static final List<StoredKey> FACTS = List.of(
            new StoredKey("contract_fact", "contract_fact_id", "supplier_key",
                    List.of("supplier_name", "supplier_company_number"), c -> SupplierKey.of(c[0], c[1])),
            new StoredKey("payment_fact", "payment_fact_id", "supplier_key",
                    List.of("supplier_name", "supplier_company_number"), c -> SupplierKey.of(c[0], c[1])),
            new StoredKey("grant_fact", "grant_fact_id", "recipient_key",
                    List.of("recipient_name", "recipient_charity_number", "recipient_company_number",
                            "recipient_org_id"), c -> RecipientKey.of(c[0], c[1], c[2], c[3])),
            new StoredKey("grant_fact", "grant_fact_id", "purpose_key", List.of("title", "programme"),
                    c -> PurposeKey.of(c[0], c[1])));

    /** The dimensions, whose key is their primary key: the id and the key are the same column. */
    private static final List<StoredKey> DIMENSIONS = List.of(
            new StoredKey("supplier", "supplier_key", "supplier_key", List.of("supplier_name", "company_number"),
                    c -> SupplierKey.of(c[0], c[1])),
            new StoredKey("recipient", "recipient_key", "recipient_key",
                    List.of("recipient_name", "charity_number", "company_number", "org_id"),
                    c -> RecipientKey.of(c[0], c[1], c[2], c[3])));

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("28");
    }

    @Override
    public String getDescription() {
        return "fold accents in supplier recipient and purpose keys";
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

    /** Makes the stored keys again; returns how many rows changed (each dimension row merged away counts once). */
    int refold(Connection connection) throws SQLException {
        int changed = 0;
        for (StoredKey fact : FACTS) {
            changed += refoldFacts(connection, fact);
        }
        for (StoredKey dimension : DIMENSIONS) {
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
                String made = sources == null ? null : dimension.made().apply(sources);
                if (made != null && !made.equals(rows.getString(2))) {
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
                if (keys.contains(change[1])) {
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
