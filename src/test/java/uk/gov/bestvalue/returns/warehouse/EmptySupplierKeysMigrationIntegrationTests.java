package uk.gov.bestvalue.returns.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;

/**
 * A warehouse loaded when a supplier named only by dropped words ("@UK Plc") and a redacted one ("*****") were both
 * keyed {@code name:}: the first is keyed by its words, the second by nothing, and the one supplier row they shared
 * goes; every other key is left as it was.
 */
@SpringBootTest
class EmptySupplierKeysMigrationIntegrationTests extends PipelineIntegrationTest {

    @Autowired
    private EmptySupplierKeysMigration migration;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private Flyway flyway;
    private long batch;

    @BeforeEach
    void aLoadBatch() {
        jdbc.sql("INSERT INTO load_batch (file_name, sha256, file_bytes, received_at, status) VALUES (?, ?, 0, ?, ?)")
                .params("2011-04-payments.csv", "d".repeat(64), Timestamp.valueOf(LocalDateTime.of(2011, 5, 1, 9, 0)),
                        "CURRENT").update();
        batch = jdbc.sql("SELECT MAX(load_batch_id) FROM load_batch").query(Long.class).single();
    }

    @Test
    void flywayRunsItAsVersion30() {
        assertThat(flyway.info().applied()).anySatisfy(applied -> {
            assertThat(applied.getVersion().getVersion()).isEqualTo("30");
            assertThat(applied.getDescription()).isEqualTo("key suppliers named by dropped words alone");
        });
    }

    @Test
    void emptySupplierKeysAreMadeAgainFromTheirRows() throws Exception {
        // given rows keyed as before
        payment(2, "@UK Plc", "name:");
        payment(3, "*****************************", "name:");
        payment(4, "Acme Sons Ltd", "name:acme sons");
        contract(2, "UK PLC", "name:");
        supplier("name:", "@UK Plc");
        supplier("name:acme sons", "Acme Sons Ltd");

        // when the migration runs
        int changed;
        try (Connection connection = dataSource.getConnection()) {
            changed = migration.refold(connection);
        }

        // then each key is the one a load would make today
        assertThat(changed).isEqualTo(4);
        assertThat(jdbc.sql("SELECT supplier_key FROM payment_fact WHERE load_batch_id = ? ORDER BY source_row")
                .param(batch).query(String.class).list()).containsExactly("name:uk plc", null, "name:acme sons");
        assertThat(jdbc.sql("SELECT supplier_key FROM contract_fact WHERE load_batch_id = ?")
                .param(batch).query(String.class).list()).containsExactly("name:uk plc");
        assertThat(jdbc.sql("SELECT supplier_key FROM supplier ORDER BY supplier_key").query(String.class).list())
                .containsExactly("name:acme sons", "name:uk plc");

        // and a second run finds nothing left to do
        try (Connection connection = dataSource.getConnection()) {
            assertThat(migration.refold(connection)).isZero();
        }
    }

    @Test
    void aSharedRowOfARedactedNameGoes() throws Exception {
        // given the one supplier row the shared key made, named after the redacted line that came first
        payment(2, "*****************************", "name:");
        supplier("name:", "*****************************");

        // when
        try (Connection connection = dataSource.getConnection()) {
            migration.refold(connection);
        }

        // then no supplier stands for the withheld names
        assertThat(jdbc.sql("SELECT COUNT(*) FROM supplier").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT supplier_key FROM payment_fact WHERE load_batch_id = ?").param(batch)
                .query(String.class).list()).containsExactly((String) null);
    }

    private void payment(int row, String supplier, String key) {
        jdbc.sql("INSERT INTO payment_fact (load_batch_id, source_sheet, source_row, supplier_name, supplier_key) "
                + "VALUES (?, 'Spend', ?, ?, ?)").params(batch, row, supplier, key).update();
    }

    private void contract(int row, String supplier, String key) {
        jdbc.sql("INSERT INTO contract_fact (load_batch_id, source_sheet, source_row, supplier_name, supplier_key) "
                + "VALUES (?, 'Contracts', ?, ?, ?)").params(batch, row, supplier, key).update();
    }

    private void supplier(String key, String name) {
        jdbc.sql("INSERT INTO supplier (supplier_key, supplier_name) VALUES (?, ?)").params(key, name).update();
    }
}
