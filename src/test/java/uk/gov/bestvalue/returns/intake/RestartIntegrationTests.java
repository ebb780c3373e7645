package uk.gov.bestvalue.returns.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;

/**
 * A load that fails part-way (here the database refuses rows after the second chunk, as a full disk or a
 * dropped connection would) leaves its file in processing; recovery restarts the job from its last
 * committed chunk and the warehouse ends with every row exactly once.
 */
@SpringBootTest(properties = "pipeline.chunk-size=3")
class RestartIntegrationTests extends PipelineIntegrationTest {

    private static final String ADULTS = "adults-procurement-2016-01.xls";

    @Autowired
    ProcessingRecovery recovery;

    @AfterEach
    void letTheDatabaseAcceptRowsAgain() {
        jdbc.sql("ALTER TABLE contract_fact DROP CONSTRAINT ck_test_outage").update();
    }

    @Test
    void aLoadThatFailsPartWayIsRestartedWithoutDuplicates() throws IOException {
        // given a database that accepts the first rows of the file, then fails
        jdbc.sql("ALTER TABLE contract_fact ADD CONSTRAINT ck_test_outage CHECK (source_row < 9)").update();

        // when the file is processed
        List<SubmissionOutcome> first = poller.processNow(List.of(PipelineTestSupport.drop(ADULTS, folders.inbox())));

        // then the load failed, the first chunks are stored, and the file waits in processing
        assertThat(first).singleElement().extracting(SubmissionOutcome::status).isEqualTo("failed");
        int storedBeforeRestart = count("SELECT COUNT(*) FROM contract_fact");
        assertThat(storedBeforeRestart).isPositive().isLessThan(14);
        assertThat(folders.processing().resolve(ADULTS)).exists();
        assertThat(count("SELECT COUNT(*) FROM v_contract_current")).isZero();

        // when the database recovers and the pipeline recovers what was left in processing
        jdbc.sql("ALTER TABLE contract_fact DROP CONSTRAINT ck_test_outage").update();
        jdbc.sql("ALTER TABLE contract_fact ADD CONSTRAINT ck_test_outage CHECK (source_row > 0)").update();
        List<SubmissionOutcome> recovered = recovery.recover();

        // then the job finished from where it stopped: every row once, every finding once, the file archived
        assertThat(recovered).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo("loaded with findings");
            assertThat(o.rowsRead()).isEqualTo(14);
            assertThat(o.rowsLoaded()).isEqualTo(14);
            assertThat(o.rowsWithFindings()).isEqualTo(10);
            assertThat(o.errors() + o.warnings()).isEqualTo(11);
        });
        assertThat(count("SELECT COUNT(*) FROM contract_fact")).isEqualTo(14);
        assertThat(count("SELECT COUNT(*) FROM finding")).isEqualTo(11);
        assertThat(folders.archive().resolve("2016-01").resolve(ADULTS)).exists();
        assertThat(folders.processing()).isEmptyDirectory();
    }
}
