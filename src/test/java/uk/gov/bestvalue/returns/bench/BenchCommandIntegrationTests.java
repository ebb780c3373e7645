package uk.gov.bestvalue.returns.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.bestvalue.returns.PipelineTestSupport;

/**
 * The benchmark runs every stage on a small file and a ledger of ten lines per contract, and prints its table and
 * ratios (no assertion on speed), leaving the warehouse as it found it.
 */
@SpringBootTest
class BenchCommandIntegrationTests {

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        PipelineTestSupport.useTemporaryFolders(registry);
    }

    @Autowired
    BenchCommand bench;
    @Autowired
    JdbcClient jdbc;

    @Test
    void printsEveryStageAndTheRatios() throws Exception {
        // given a place to print to, and what the warehouse holds
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] tables = {"load_batch", "contract_fact", "payment_fact", "payment_match", "payment_total", "finding", "contract_overspend",
            "ledger_match"};
        Map<String, Integer> before = counts(tables);

        // when the benchmark runs over 300 rows
        int exitCode = bench.run(300, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        // then every stage has its line and the last two lines are the ratios
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).as(output).isZero();
        assertThat(output).containsPattern("database: (h2|mysql) ").contains("a ledger of 3,000 lines")
                .contains("runs: each stage warmed up once, then the median of 3 timed runs");
        for (String stage : new String[] {"floor ", "inflate only", "peer: POI usermodel", "peer: fastexcel-reader",
                "ours, read only", "ours, check", "database floor", "ours, end to end", "ledger read",
                "ledger database floor", "ledger load", "ledger read back", "ledger reconciliation", "ledger re-match"}) {
            assertThat(output).as(output).containsPattern("(?m)^" + java.util.regex.Pattern.quote(stage) + ".*\\d");
        }
        // the reconciliation rows say where their time went and what they found: every line matched or off-contract,
        // the same whether the match made at intake was kept or made again
        Pattern found = Pattern.compile("(?m)^ledger (reconciliation|re-match) .*match, R1 \\d+\\.\\d s \\+ R2 "
                + "\\d+\\.\\d s; (3,000 lines, [\\d,]+ matched, R1 [\\d,]+, R2 [\\d,]+)$");
        Map<String, String> results = new LinkedHashMap<>();
        found.matcher(output).results().forEach(m -> results.put(m.group(1), m.group(2)));
        assertThat(results).as(output).containsOnlyKeys("reconciliation", "re-match");
        assertThat(results.get("reconciliation")).isEqualTo(results.get("re-match")).doesNotContain("R1 0,");
        assertThat(output).containsPattern("(?m)^ledger reconciliation time as a multiple of the ledger read's: "
                + "\\d+\\.\\d\\d \\(target: under 2\\)$");
        assertThat(output).containsPattern("(?m)^ledger read back from the warehouse as a multiple of the ledger "
                + "read's: \\d+\\.\\d\\d$");
        assertThat(output).containsPattern("(?m)^ledger re-match \\(the month's returns changed since the ledger\\) as a "
                + "multiple of the ledger read's: \\d+\\.\\d\\d$");
        assertThat(output).containsPattern("(?m)^ledger re-match time as a multiple of the read back's: \\d+\\.\\d\\d$");
        assertThat(output).containsPattern("(?m)^ledger load and reconciliation as a multiple of the ledger read's: "
                + "\\d+\\.\\d\\d$");
        assertThat(output).containsPattern("(?m)^ledger load rate as a share of the ledger database floor's rate: \\d+%$");
        String[] lines = output.strip().split("\\R");
        assertThat(lines[lines.length - 2]).matches("ratio read/floor: \\d+\\.\\d\\d");
        assertThat(lines[lines.length - 1]).matches("ratio end-to-end/floor: \\d+\\.\\d\\d");
        // and the stages cleaned up after themselves
        assertThat(counts(tables)).isEqualTo(before);
    }

    private Map<String, Integer> counts(String... tables) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single());
        }
        return counts;
    }
}
