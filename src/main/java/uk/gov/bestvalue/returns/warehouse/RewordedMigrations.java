package uk.gov.bestvalue.returns.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Runs the warehouse's migrations, first telling a warehouse that applied an old wording of a migration's comments
 * the checksum of its new wording. Flyway checks every applied migration's checksum at start and refuses to run when
 * one has changed; only the comments of these versions changed (their statements are the same), so only their
 * known old checksums are replaced, and any other change to an applied migration is still refused. A node started
 * together with another on a new warehouse waits while the other creates the migration history
 * ({@link MigrationsStartedTogether}).
 */
@Component
public class RewordedMigrations implements FlywayMigrationStrategy {

    /** A migration whose comments were reworded after it was applied: its checksum before and after. */
    record Reworded(String version, int before, int after) {
    }

    static final List<Reworded> REWORDED = List.of(
            new Reworded("11", 1392221558, -1846935917),
            new Reworded("12", 742661663, -1732637782));

    @Override
    public void migrate(Flyway flyway) {
        String table = flyway.getConfiguration().getTable();
        try (Connection connection = flyway.getConfiguration().getDataSource().getConnection()) {
            if (hasTable(connection, table)) {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE " + table + " SET checksum = ? WHERE version = ? AND checksum = ?")) {
                    for (Reworded reworded : REWORDED) {
                        update.setInt(1, reworded.after());
                        update.setString(2, reworded.version());
                        update.setInt(3, reworded.before());
                        update.executeUpdate();
                    }
                }
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot read the warehouse's migration history", e);
        }
        MigrationsStartedTogether.migrate(flyway, Duration.ofSeconds(1), Duration.ofMinutes(1));
    }

    private static boolean hasTable(Connection connection, String table) throws SQLException {
        for (String name : List.of(table, table.toUpperCase())) {
            try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
