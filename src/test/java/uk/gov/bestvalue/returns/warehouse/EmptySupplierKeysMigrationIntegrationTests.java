package uk.gov.bestvalue.returns.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A warehouse loaded when a supplier named only by dropped words ("@UK Plc") and a redacted one ("*****") were both
 * keyed {@code name:}: the first is keyed by its words, the second by nothing, and the one supplier row they shared
 * goes; every other key is left as it was.
 */
@SpringBootTest
class EmptySupplierKeysMigrationIntegrationTests extends KeyRefoldingMigrationTest {

    @Autowired
    private EmptySupplierKeysMigration migration;

    @Test
    void flywayRunsItAsVersion30() {
        assertAppliedAs("30", "key suppliers named by dropped words alone");
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
        int changed = refold(migration);

        // then each key is the one a load would make today
        assertThat(changed).isEqualTo(4);
        assertThat(column("SELECT supplier_key FROM payment_fact WHERE load_batch_id = ? ORDER BY source_row"))
                .containsExactly("name:uk plc", null, "name:acme sons");
        assertThat(column("SELECT supplier_key FROM contract_fact WHERE load_batch_id = ?"))
                .containsExactly("name:uk plc");
        assertThat(jdbc.sql("SELECT supplier_key FROM supplier ORDER BY supplier_key").query(String.class).list())
                .containsExactly("name:acme sons", "name:uk plc");

        // and a second run finds nothing left to do
        assertThat(refold(migration)).isZero();
    }

    @Test
    void aSharedRowOfARedactedNameGoes() throws Exception {
        // given the one supplier row the shared key made, named after the redacted line that came first
        payment(2, "*****************************", "name:");
        supplier("name:", "*****************************");

        // when
        refold(migration);

        // then no supplier stands for the withheld names
        assertThat(jdbc.sql("SELECT COUNT(*) FROM supplier").query(Integer.class).single()).isZero();
        assertThat(column("SELECT supplier_key FROM payment_fact WHERE load_batch_id = ?"))
                .containsExactly((String) null);
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
