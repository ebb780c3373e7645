package uk.gov.bestvalue.returns.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;
import uk.gov.bestvalue.returns.intake.SubmissionOutcome;

/** Every load records its header cells and how each was read, so later findings point at the sender's own column. */
@SpringBootTest
class LoadBatchColumnsIntegrationTests extends PipelineIntegrationTest {

    @Autowired
    private LoadBatchColumns columns;

    @Test
    void aLoadedLedgerKeepsItsColumnsTitlesAndHowTheyWereRead() throws IOException {
        // given the sample spend export, whose supplier is its fifth column ("Supplier Name")
        SubmissionOutcome outcome = poller.processNow(List.of(
                PipelineTestSupport.drop("finance-spend-2016-01.csv", folders.inbox()))).get(0);
        assertThat(outcome.status()).startsWith("loaded");

        // when its lineage is read back
        long batch = jdbc.sql("SELECT load_batch_id FROM load_batch WHERE file_name = 'finance-spend-2016-01.csv'")
                .query(Long.class).single();
        String sheet = jdbc.sql("SELECT source_sheet FROM load_batch WHERE load_batch_id = ?").param(batch)
                .query(String.class).single();

        // then each header cell is there, with its letter, title and field
        assertThat(count("SELECT COUNT(*) FROM load_batch_column WHERE load_batch_id = " + batch)).isEqualTo(10);
        assertThat(jdbc.sql("""
                        SELECT source_column, title, field_name, mapped_how FROM load_batch_column
                        WHERE load_batch_id = ? AND column_index = 4""").param(batch)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single()).containsExactly("E", "Supplier Name", "supplier_name", "alias");
        assertThat(columns.columnOf(batch, sheet, "supplier_name")).hasValue(4);
        assertThat(columns.columnOf(batch, sheet, "amount")).hasValue(3);
        // a further sheet of the same file is taken to be laid out as the first
        assertThat(columns.columnOf(batch, "Feb 16", "amount")).hasValue(3);
        // a field the file has no column for has none
        assertThat(columns.columnOf(batch, sheet, "no_such_field")).isEmpty();
    }
}
