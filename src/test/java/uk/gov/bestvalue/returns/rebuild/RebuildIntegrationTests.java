package uk.gov.bestvalue.returns.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.batch.MonthlyCommand;

/**
 * The sample month rebuilt from its archive: the same files replayed into an empty H2 warehouse give the same
 * business rows as the live warehouse (H2, or MySQL/MariaDB with the mysql profile); an altered warehouse row is named
 * by its table, and an altered archived file is refused.
 */
@SpringBootTest
class RebuildIntegrationTests extends PipelineIntegrationTest {

    @Autowired
    MonthlyCommand monthly;
    @Autowired
    RebuildCommand rebuild;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void theSampleMonthLoadedAndRun() throws IOException {
        dropEverySample();
        assertThat(monthly.run("2016-01", new PrintStream(OutputStream.nullOutputStream()))).isZero();
    }

    @Test
    void theSampleMonthRebuiltFromItsArchiveIsTheWarehouse() throws IOException {
        // when the month is rebuilt from the archive
        int exitCode = rebuild.run("2016-01", null, out());

        // then every table is equal
        assertThat(printed()).contains("All " + RebuildScope.TABLES.size() + " tables equal.");
        assertThat(exitCode).isZero();
        assertThat(printed()).containsPattern("contract_fact +[1-9]\\d* +[1-9]\\d* +yes");
    }

    private PrintStream out() {
        return new PrintStream(printed, true, StandardCharsets.UTF_8);
    }

    private String printed() {
        String text = printed.toString(StandardCharsets.UTF_8);
        System.out.println(text);
        return text;
    }
}
