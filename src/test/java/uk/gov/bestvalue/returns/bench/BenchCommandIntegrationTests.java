package uk.gov.bestvalue.returns.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.bestvalue.returns.PipelineTestSupport;

/** The benchmark runs every stage on a small file and prints its table and ratios (no assertion on speed). */
@SpringBootTest
class BenchCommandIntegrationTests {

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        PipelineTestSupport.useTemporaryFolders(registry);
    }

    @Autowired
    BenchCommand bench;

    @Test
    void printsEveryStageAndTheRatios() throws Exception {
        // given a place to print to
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        // when the benchmark runs over 300 rows
        int exitCode = bench.run(300, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        // then every stage has its line and the last two lines are the ratios
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).as(output).isZero();
        assertThat(output).containsPattern("database: (h2|mysql) ").contains("ledger reconciliation: not measured");
        for (String stage : new String[] {"floor ", "inflate only", "peer: POI usermodel", "peer: fastexcel-reader",
                "ours, read only", "ours, check", "database floor", "ours, end to end"}) {
            assertThat(output).as(output).containsPattern("(?m)^" + java.util.regex.Pattern.quote(stage) + ".*\\d");
        }
        String[] lines = output.strip().split("\\R");
        assertThat(lines[lines.length - 2]).matches("ratio read/floor: \\d+\\.\\d\\d");
        assertThat(lines[lines.length - 1]).matches("ratio end-to-end/floor: \\d+\\.\\d\\d");
    }
}
