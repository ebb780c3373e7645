package uk.gov.bestvalue.returns.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.bench.BenchmarkReturnGenerator;
import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.intake.SubmissionOutcome;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;

/**
 * A return of thousands of rows loads every loadable row and every finding once, each with its sheet and row, in
 * chunks: on MySQL/MariaDB with local files allowed the chunks go as {@code LOAD DATA} streams (the server's own
 * statement counter shows it), elsewhere as batched inserts; the warehouse ends the same either way.
 */
@SpringBootTest
class LargeReturnLoadIntegrationTests extends PipelineIntegrationTest {

    private static final int ROWS = 2_500;

    @Autowired
    private JdbcTemplate template;

    @TempDir
    Path dir;

    @Test
    void everyRowAndFindingOfALargeReturnIsLoadedOnceWithItsLineage() throws Exception {
        // given a generated procurement return of 2,500 rows, some of them with findings
        var spec = ReturnCatalog.load(new JobDefinitions(Path.of("jobs"))).byId("procurement-contracts").orElseThrow();
        Path file = new BenchmarkReturnGenerator(spec)
                .generate(folders.inbox().resolve("resources-procurement-2016-01-large.xlsx"), ROWS, "Test");
        boolean streamed = template.execute((ConnectionCallback<Boolean>) LoadDataStatement::supportedBy);
        long loadStatementsBefore = streamed ? loadStatements() : 0;

        // when it is taken from the inbox
        List<SubmissionOutcome> outcomes = poller.processNow(List.of(file));

        // then it is the directorate's current return, with every loadable row once
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo("loaded with findings"));
        SubmissionOutcome outcome = outcomes.get(0);
        assertThat(outcome.rowsRead()).isEqualTo(ROWS);
        long batch = jdbc.sql("SELECT load_batch_id FROM load_batch WHERE status = 'CURRENT'").query(Long.class).single();
        assertThat(count("SELECT COUNT(*) FROM contract_fact WHERE load_batch_id = " + batch))
                .isEqualTo(outcome.rowsLoaded()).isGreaterThan(ROWS / 2);
        // each from its own sheet row, rows 2 to 2,501 of the Contracts sheet
        assertThat(count("SELECT COUNT(DISTINCT source_row) FROM contract_fact WHERE load_batch_id = " + batch
                + " AND source_sheet = 'Contracts' AND source_row BETWEEN 2 AND " + (ROWS + 1)))
                .isEqualTo(outcome.rowsLoaded());

        // and every finding once, placed in its cell
        assertThat(count("SELECT COUNT(*) FROM finding WHERE load_batch_id = " + batch))
                .isEqualTo(outcome.errors() + outcome.warnings()).isGreaterThan(100);
        assertThat(count("SELECT COUNT(*) FROM finding WHERE load_batch_id = " + batch
                + " AND (source_sheet IS NULL OR cell_ref IS NULL)")).isZero();

        // and where the server takes local files, the rows went as LOAD DATA streams, a chunk at a time
        if (streamed) {
            assertThat(loadStatements() - loadStatementsBefore).isGreaterThanOrEqualTo(ROWS / 1_000);
        }
    }

    /** LOAD DATA statements the server has run since it started. */
    private long loadStatements() {
        return template.query("SHOW GLOBAL STATUS LIKE 'Com_load'", rs -> rs.next() ? rs.getLong(2) : 0L);
    }
}
