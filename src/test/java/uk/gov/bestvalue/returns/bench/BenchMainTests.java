package uk.gov.bestvalue.returns.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The benchmark, as its jar runs it, on a small file and a ledger of 1,000 lines, each stage run once: every stage and ratio
 * printed (no assertion on speed), on a database of its own that it removes, with no email queued; and what it
 * refuses.
 */
class BenchMainTests {

    @Test
    void printsEveryStageAndTheRatiosOnADatabaseOfItsOwn() throws Exception {
        // given a place to print to
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        List<String> tempBefore = benchFolders();

        // when the benchmark runs over 300 rows, each stage once, each reading stage in two JVMs
        int exitCode = BenchMain.run(new String[] {"--rows", "300", "--ledger-lines", "1000", "--runs", "1",
                        "--no-warm-up", "--startup-runs", "1", "--forks", "2"},
                new PrintStream(bytes, true, StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8));

        // then every stage has its line, and the ratios theirs
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).as(output + errors).isZero();
        assertThat(output).containsPattern("database: h2 ").contains("a ledger of 1,000 lines")
                .contains("runs: no warm-up; each stage timed once");
        for (String stage : new String[] {"inflate only", "byte floor", "parser floor: aalto", "parser floor: JDK StAX",
                "peer: POI usermodel", "peer: fastexcel-reader", "ours, read only", "ours, check", "database floor ",
                "ours, end to end", "ledger read", "ledger database floor", "ledger load", "ledger read back",
                "ledger reconciliation", "ledger re-match"}) {
            assertThat(output).as(output).containsPattern("(?m)^" + Pattern.quote(stage) + ".*\\d");
        }
        // a reading stage gives the median of its JVMs, and each JVM's time
        assertThat(output).containsPattern("(?m)^ours, read only .* median of 2 JVMs: \\d+\\.\\d{3}, \\d+\\.\\d{3} s$");
        // a floor gives the fastest of its JVMs
        Matcher floor = Pattern.compile("(?m)^parser floor: aalto +(\\d+\\.\\d{3}) .* fastest of 2 JVMs: "
                + "(\\d+\\.\\d{3}), (\\d+\\.\\d{3}) s$").matcher(output);
        assertThat(floor.find()).as(output).isTrue();
        assertThat(Double.parseDouble(floor.group(1))).isEqualTo(
                Math.min(Double.parseDouble(floor.group(2)), Double.parseDouble(floor.group(3))));
        // each stage's end is reported as it comes, on the other stream
        assertThat(errors.toString(StandardCharsets.UTF_8))
                .containsPattern("(?m)^returns-bench: ours, read only done in \\d+\\.\\d s \\(\\d+ s since the start\\)$");
        // LOAD DATA is MySQL's: on H2 the stage is not run, and its share says so
        assertThat(output).doesNotContainPattern("(?m)^database floor \\(LOAD DATA\\)");
        assertThat(output).containsPattern("(?m)^check start-up: [\\d,]+ ms, \\d+\\.\\d x JVM \\(a plain JVM printing "
                + "hello: [\\d,]+ ms; medians of 1 runs of .*check .*resources-procurement-2016-01.xlsx "
                + "on Java \\d+[^ ]*\\)$");
        // openpyxl's read of the same file is the peer where Python has it; a resident checker is timed where the jar is
        // packaged (bin/returns-pipeline runs the check then)
        assertThat(output).containsPattern("(?m)^check / openpyxl(: n/a \\(no python3 with openpyxl here\\)| reading "
                + "the same file: \\d+\\.\\d\\d in a JVM of its own(, \\d+\\.\\d\\d answered by a resident checker)? "
                + "\\(openpyxl: [\\d,]+ ms; target: at most 1.5\\))$");
        if (output.contains("runs of bin/returns-pipeline check")) {
            assertThat(output).containsPattern("(?m)^check answered by a resident checker: [\\d,]+ ms, \\d+\\.\\d x JVM "
                    + "\\(the first check, which starts it: [\\d,]+ ms\\)$");
        }
        assertThat(output).containsPattern("(?m)^read / parser floor \\((aalto|JDK StAX)\\): \\d+\\.\\d\\d "
                + "\\(target: at most 1.5\\)$");
        assertThat(output).containsPattern("(?m)^read / byte floor: \\d+\\.\\d\\d$");
        assertThat(output).containsPattern("(?m)^end to end: [\\d,]+ rows/s; \\d+% of the database floor \\(batched "
                + "insert\\), n/a of the database floor \\(LOAD DATA\\)$");
        assertThat(output).containsPattern("(?m)^peak heap: \\d+ MB \\(.+\\), of a maximum of \\d+ MB$");
        // the reconciliation rows say where their time went and what they found: every line matched or off-contract,
        // the same whether the match made at intake was kept or made again
        Pattern found = Pattern.compile("(?m)^ledger (reconciliation|re-match) .*match, R1 \\d+\\.\\d s \\+ R2 "
                + "\\d+\\.\\d s; (1,000 lines, [\\d,]+ matched, R1 [\\d,]+, R2 [\\d,]+)$");
        Map<String, String> results = new LinkedHashMap<>();
        found.matcher(output).results().forEach(m -> results.put(m.group(1), m.group(2)));
        assertThat(results).as(output).containsOnlyKeys("reconciliation", "re-match");
        assertThat(results.get("reconciliation")).isEqualTo(results.get("re-match")).doesNotContain("R1 0,");
        assertThat(output).containsPattern("(?m)^ledger reconciliation time as a multiple of the ledger read's: "
                + "\\d+\\.\\d\\d \\(target: under 2\\)$");
        assertThat(output).containsPattern("(?m)^ledger load rate as a share of the ledger database floor's rate: \\d+%$");
        // and the loads it made queued no email (the returns' owners would have had some), and left no folder behind
        assertThat(output).containsPattern("(?m)^emails queued: 0 \\([1-9]\\d* left unqueued by the benchmark's outbox\\)$");
        assertThat(benchFolders()).isEqualTo(tempBefore);
    }

    @Test
    void refusesAnyOtherDatabaseOrSetting() {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);

        int exitCode = BenchMain.run(new String[] {"--spring.datasource.url=jdbc:mysql://warehouse:3306/live"},
                new PrintStream(new ByteArrayOutputStream()), err);

        assertThat(exitCode).isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("a database and folders of its own");
        assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("--db", "postgres"))
                .withMessageContaining("h2 or mysql");
    }

    @Test
    void readsItsOptionsWithDefaultsThatFinishInMinutes() {
        BenchOptions defaults = BenchOptions.parse();
        assertThat(defaults.rows()).isEqualTo(100_000);
        assertThat(defaults.ledgerLines()).isZero();
        assertThat(defaults.mysql()).isFalse();
        assertThat(defaults.startupRuns()).isEqualTo(5);

        BenchOptions options = BenchOptions.parse("--rows=1_000_000", "--db", "mysql", "--no-warm-up", "--runs", "1",
                "--stages", "ours, read only; startup");
        assertThat(options.rows()).isEqualTo(1_000_000);
        assertThat(options.mysql()).isTrue();
        assertThat(options.runs()).isEqualTo(new BenchRuns(false, 1));
        assertThat(options.stages()).containsExactly("ours, read only", "startup");
    }

    private static List<String> benchFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.startsWith("returns-bench"))
                    .sorted().toList();
        }
    }
}
