package uk.gov.bestvalue.returns.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;

/**
 * The base of the tests of a migration that makes stored keys again ({@link KeyRefoldingMigration}): a load batch for
 * the rows each test writes as they were keyed before, and the migration run as Flyway runs it.
 */
abstract class KeyRefoldingMigrationTest extends PipelineIntegrationTest {

    @Autowired
    private DataSource dataSource;
    @Autowired
    private Flyway flyway;
    /** The load batch the rows written by a test belong to. */
    protected long batch;

    @BeforeEach
    void aLoadBatch() {
        jdbc.sql("INSERT INTO load_batch (file_name, sha256, file_bytes, received_at, status) VALUES (?, ?, 0, ?, ?)")
                .params("before-the-keys-changed.xlsx", "f".repeat(64),
                        Timestamp.valueOf(LocalDateTime.of(2016, 2, 1, 9, 0)), "CURRENT").update();
        batch = jdbc.sql("SELECT MAX(load_batch_id) FROM load_batch").query(Long.class).single();
    }

    /** Asserts that Flyway applied a migration of this version and description to the test warehouse. */
    protected void assertAppliedAs(String version, String description) {
        assertThat(flyway.info().applied()).anySatisfy(applied -> {
            assertThat(applied.getVersion().getVersion()).isEqualTo(version);
            assertThat(applied.getDescription()).isEqualTo(description);
        });
    }

    /** Runs the migration on a connection of its own; the rows it changed. */
    protected int refold(KeyRefoldingMigration migration) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return migration.refold(connection);
        }
    }

    /** A column of the test's batch, by a query that takes the batch as its one parameter. */
    protected List<String> column(String sql) {
        return jdbc.sql(sql).param(batch).query(String.class).list();
    }
}
