package uk.gov.bestvalue.returns.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A warehouse loaded before keys folded accents: its supplier, recipient and purpose keys, made as they were then
 * (the accented letter dropped), are made again, so that "Hallé" loaded before matches "Halle" loaded after; the rest
 * is left as it was.
 */
@SpringBootTest
class FoldedKeysMigrationIntegrationTests extends KeyRefoldingMigrationTest {

    @Autowired
    private FoldedKeysMigration migration;

    @Test
    void flywayRunsItAsVersion28() {
        assertAppliedAs("28", "fold accents in supplier recipient and purpose keys");
    }

    @Test
    void keysMadeWithoutFoldingAreMadeAgainFromTheirRows() throws Exception {
        // given rows keyed as before: the accented letter split the word
        contract(2, "Hallé Concerts Society", null, "name:hall concerts society");
        contract(3, "Acme Sons Ltd", null, "name:acme sons");
        contract(4, "Nestlé UK Ltd", "00123456", "ch:00123456");
        String cut = "Café " + "x".repeat(294) + "…";
        contract(5, cut, null, "name:caf the whole name it was made from");
        payment(2, "HALLÉ CONCERTS SOCIETY", "name:hall concerts society");
        grant(2, "Dorothy’s Memory Café", "Memory Café set up", "name:dorothy s memory caf", "memory caf set up");
        supplierDimension("name:hall concerts society", "Hallé Concerts Society");
        supplierDimension("name:caf nero", "Café Nero");
        supplierDimension("name:cafe nero", "Cafe Nero");
        recipientDimension("name:dorothy s memory caf", "Dorothy’s Memory Café");

        // when the migration runs
        int changed = refold(migration);

        // then each key is the one a load would make today
        assertThat(changed).isEqualTo(7);
        assertThat(column("SELECT supplier_key FROM contract_fact WHERE load_batch_id = ? ORDER BY source_row"))
                .containsExactly("name:halle concerts society", "name:acme sons", "ch:00123456",
                        "name:caf the whole name it was made from");
        assertThat(column("SELECT supplier_key FROM payment_fact WHERE load_batch_id = ?"))
                .containsExactly("name:halle concerts society");
        assertThat(column("SELECT recipient_key FROM grant_fact WHERE load_batch_id = ?"))
                .containsExactly("name:dorothys memory cafe");
        assertThat(column("SELECT purpose_key FROM grant_fact WHERE load_batch_id = ?"))
                .containsExactly("memory cafe set up");
        // a dimension row whose new key was already there is merged into it
        assertThat(jdbc.sql("SELECT supplier_key FROM supplier ORDER BY supplier_key").query(String.class).list())
                .containsExactly("name:cafe nero", "name:halle concerts society");
        assertThat(jdbc.sql("SELECT recipient_key FROM recipient").query(String.class).list())
                .containsExactly("name:dorothys memory cafe");

        // and a second run finds nothing left to do
        assertThat(refold(migration)).isZero();
    }

    private void contract(int row, String supplier, String companyNumber, String key) {
        jdbc.sql("INSERT INTO contract_fact (load_batch_id, source_sheet, source_row, supplier_name, "
                        + "supplier_company_number, supplier_key) VALUES (?, 'Contracts', ?, ?, ?, ?)")
                .params(batch, row, supplier, companyNumber, key).update();
    }

    private void payment(int row, String supplier, String key) {
        jdbc.sql("INSERT INTO payment_fact (load_batch_id, source_sheet, source_row, supplier_name, supplier_key) "
                + "VALUES (?, 'Spend', ?, ?, ?)").params(batch, row, supplier, key).update();
    }

    private void grant(int row, String recipient, String title, String recipientKey, String purposeKey) {
        jdbc.sql("INSERT INTO grant_fact (load_batch_id, source_sheet, source_row, recipient_name, title, "
                        + "recipient_key, purpose_key) VALUES (?, 'Grants', ?, ?, ?, ?, ?)")
                .params(batch, row, recipient, title, recipientKey, purposeKey).update();
    }

    private void supplierDimension(String key, String name) {
        jdbc.sql("INSERT INTO supplier (supplier_key, supplier_name) VALUES (?, ?)").params(key, name).update();
    }

    private void recipientDimension(String key, String name) {
        jdbc.sql("INSERT INTO recipient (recipient_key, recipient_name) VALUES (?, ?)").params(key, name).update();
    }
}
