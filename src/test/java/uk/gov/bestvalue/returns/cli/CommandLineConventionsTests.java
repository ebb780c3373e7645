package uk.gov.bestvalue.returns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.gov.bestvalue.returns.ReturnsPipelineApplication;

/**
 * Every row of docs/cli.md, run as a person types it: the exit code, and which stream says what. Each case has a
 * warehouse (an H2 database in memory) and folders of its own; some first load a sample, as a person would have.
 */
class CommandLineConventionsTests {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final AtomicInteger SCHEDULERS = new AtomicInteger();
    private static final String SAMPLE = "input-samples/resources-procurement-2016-01.xlsx";
    private static final String UNKNOWN_SHAPE = "input-samples/staff-survey-2016-01.xlsx";
    private static final String NO_SUCH_FILE = "input-samples/no-such-file.xlsx";

    @TempDir
    Path root;

    /** What a command line must do: its exit code, and a text on standard output or on standard error. */
    record Case(String line, String loadedFirst, int exitCode, String onStdout, String onStderr) {

        @Override
        public String toString() {
            return "returns-pipeline " + line + (loadedFirst == null ? "" : " (after ingest of a sample)")
                    + " -> exit " + exitCode;
        }
    }

    static Stream<Case> everyRowOfTheTable() {
        return Stream.of(
                new Case("help", null, 0, "usage: returns-pipeline", null),
                new Case("--help", null, 0, "usage: returns-pipeline", null),
                new Case("monthly -h", null, 0, "usage: returns-pipeline", null),
                new Case("", null, 2, null, "usage: returns-pipeline"),
                new Case("frobnicate", null, 2, null, "unknown command 'frobnicate'"),
                new Case("check " + SAMPLE, null, 0, "Recognised as procurement-contracts", null),
                new Case("check " + SAMPLE + " --json", null, 0, "\"status\" : \"accepted\"", null),
                new Case("check " + UNKNOWN_SHAPE, null, 2, "REJECTED", null),
                new Case("check " + NO_SUCH_FILE, null, 2, null, "no such file"),
                new Case("ingest " + SAMPLE, null, 0, "loaded", null),
                new Case("ingest " + SAMPLE, SAMPLE, 2, "duplicate", null),
                new Case("ingest " + UNKNOWN_SHAPE, null, 2, "rejected", null),
                new Case("ingest " + NO_SUCH_FILE, null, 2, null, "no such file"),
                new Case("monthly --period 2016-13", null, 2, null, "not 2016-13"),
                new Case("monthly", null, 2, null, "monthly needs --period"),
                new Case("monthly --period 2016-01", SAMPLE, 0, "monthly run 2016-01: COMPLETED", null),
                new Case("report", null, 2, null, "report needs --period"),
                new Case("report --period 2099-01", null, 2, null, "nothing for 2099-01"),
                new Case("report --period 2016-01", SAMPLE, 0, "Monitoring pack:", null),
                new Case("rebuild", null, 2, null, "rebuild needs --period"),
                new Case("rebuild --period 2016-13", null, 2, null, "not 2016-13"),
                new Case("trace", null, 2, null, "trace needs --batch"),
                new Case("trace --batch 999999", null, 1, "No load batch 999999.", null),
                new Case("bench", null, 2, null, "unknown command"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRowOfTheTable")
    void eachCommandExitsAndSpeaksAsTheTableSays(Case row) throws IOException {
        // given a warehouse of its own, with a sample loaded when the case needs one
        String database = "--spring.datasource.url=jdbc:h2:mem:cli-" + DATABASES.incrementAndGet()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        if (row.loadedFirst() != null) {
            assertThat(run("ingest " + row.loadedFirst(), database).exitCode()).isZero();
        }

        // when the command line runs
        Result result = run(row.line(), database);

        // then its exit code and streams are those of the table
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(row.exitCode());
        if (row.onStdout() != null) {
            assertThat(result.stdout()).as(result.toString()).contains(row.onStdout());
        } else {
            assertThat(result.stdout()).as("standard output of a usage error").isEmpty();
            assertThat(result.stderr()).contains(row.onStderr());
        }
        if (row.line().isEmpty() || row.line().equals("frobnicate")) {
            assertThat(result.stderr()).as("a wrong command shows the usage").contains("usage: returns-pipeline");
        }
        if (row.line().startsWith("report --period 2099-01")) {
            assertThat(root.resolve("reports").resolve("2099-01")).as("no empty pack written").doesNotExist();
        }
    }

    /** What a command line did. */
    record Result(int exitCode, String stdout, String stderr) {
    }

    private Result run(String line, String database) {
        List<String> args = new ArrayList<>(line.isEmpty() ? List.of() : List.of(line.split(" ")));
        if (!line.contains("help") && !line.equals("monthly -h")) {
            // the tests' own settings switch the command line off (tests drive the beans); here it is what is tested
            args.addAll(List.of("--pipeline.cli.enabled=true", database, "--spring.datasource.username=sa", "--spring.datasource.password=",
                    "--pipeline.folders.inbox=" + root.resolve("inbox"),
                    "--pipeline.folders.processing=" + root.resolve("processing"),
                    "--pipeline.folders.archive=" + root.resolve("archive"),
                    "--pipeline.folders.rejected=" + root.resolve("rejected"),
                    "--pipeline.folders.outbox=" + root.resolve("outbox"),
                    "--pipeline.folders.checked=" + root.resolve("checked"),
                    "--pipeline.folders.reports=" + root.resolve("reports"),
                    // Quartz keeps one scheduler per name and JVM: a command run here closing the default one would
                    // close it under the other tests' application contexts
                    "--spring.quartz.scheduler-name=cli-" + SCHEDULERS.incrementAndGet()));
        }
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exitCode = ReturnsPipelineApplication.run(args.toArray(String[]::new));
            return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
