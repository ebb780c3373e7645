package uk.gov.bestvalue.returns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;
import uk.gov.bestvalue.returns.intake.Sha256;
import uk.gov.bestvalue.returns.intake.SubmissionOutcome;
import uk.gov.bestvalue.returns.returntypes.CheckReport;
import uk.gov.bestvalue.returns.returntypes.ReturnChecker;

/**
 * The sample month end to end, as the demo runs it: every file in {@code input-samples/} must produce
 * exactly what {@code input-samples/expected/} says, in the summary, in the warehouse and in {@code check}.
 */
@SpringBootTest
class SampleMonthFunctionalTests extends PipelineIntegrationTest {

    @Autowired
    ReturnChecker checker;

    @Test
    void everySampleEndsAsTheReadmeSays() throws IOException {
        // given every sample dropped into the inbox
        List<Path> dropped = new ArrayList<>();
        for (String sample : sampleFiles()) {
            dropped.add(PipelineTestSupport.drop(sample, folders.inbox()));
        }

        // when the pipeline processes them
        List<SubmissionOutcome> outcomes = poller.processNow(dropped);

        // then each file's outcome is the expected one
        List<String> actual = outcomes.stream().map(o -> String.join(",", o.fileName(), o.status(),
                blank(o.returnType()), blank(o.directorate()), blank(o.period()), zero(o.rowsRead()), zero(o.rowsLoaded()),
                zero(o.rowsWithFindings()))).sorted().toList();
        assertThat(actual).containsExactlyElementsOf(expectedFiles().stream()
                .map(line -> line.substring(0, line.lastIndexOf(','))).sorted().toList());
        // and each rejection's reason says what the README promises
        for (String line : expectedFiles()) {
            String[] f = line.split(",", -1);
            if (!f[8].isEmpty()) {
                assertThat(outcomes).filteredOn(o -> o.fileName().equals(f[0])).singleElement()
                        .satisfies(o -> assertThat(o.reason()).contains(f[8]));
                assertThat(folders.rejected().resolve(f[0] + ".reason.txt")).content().contains(f[8]);
            }
        }
        // and the warehouse holds exactly the expected findings of the loads, at their cells (the ledger's payments
        // were matched as it loaded, against the returns loaded before it: the monthly run's R1, which replaces
        // those, is MonthlyJobIntegrationTests')
        List<String> stored = jdbc.sql("SELECT b.file_name, f.rule_id, f.severity, f.cell_ref FROM finding f "
                        + "JOIN load_batch b ON b.load_batch_id = f.load_batch_id WHERE f.monthly_period IS NULL")
                .query((rs, n) -> String.join(",", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(expectedFindings(true));
        // and every loaded file is archived under its period, every other one rejected: nothing is lost
        try (Stream<Path> archived = Files.walk(folders.archive()); Stream<Path> processing = Files.list(folders.processing())) {
            long loaded = expectedFiles().stream().filter(line -> line.split(",")[1].startsWith("loaded")).count();
            assertThat(archived.filter(Files::isRegularFile).count()).isEqualTo(loaded);
            assertThat(processing).isEmpty();
        }
        assertThat(folders.inbox()).isEmptyDirectory();
    }

    @Test
    void checkReportsTheSameFindingsWithoutLoadingAnything() throws IOException {
        List<String> reported = new ArrayList<>();
        for (String sample : sampleFiles()) {
            Path file = PipelineTestSupport.SAMPLES.resolve(sample);
            CheckReport report = checker.check(file, Sha256.of(file));
            report.findings().forEach(f -> reported.add(String.join(",", sample, f.rule(), f.severity(), f.cell())));
        }

        // (findings that compare with other returns in the warehouse come only when a file is published)
        assertThat(reported).containsExactlyInAnyOrderElementsOf(expectedFindings(false));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM load_batch").query(Integer.class).single()).isZero();
    }

    private static List<String> sampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(PipelineTestSupport.SAMPLES)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(name -> !name.endsWith(".md")).sorted().toList();
        }
    }

    private static List<String> expectedFiles() throws IOException {
        return dataLines("files-");
    }

    /**
     * The expected {@code file,rule,severity,cell} lines; a fifth column {@code publish} marks a finding
     * made when the file is published (a check across returns), which {@code check} cannot make.
     */
    private static List<String> expectedFindings(boolean published) throws IOException {
        return dataLines("findings-").stream()
                .filter(line -> published || !line.endsWith(",publish"))
                .map(line -> line.endsWith(",publish") ? line.substring(0, line.length() - ",publish".length()) : line)
                .toList();
    }

    /** The lines of every {@code expected/<prefix><return type>.csv}, headers left out. */
    private static List<String> dataLines(String prefix) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(PipelineTestSupport.SAMPLES.resolve("expected"))) {
            for (Path csv : files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList()) {
                Files.readAllLines(csv).stream().skip(1).filter(line -> !line.isBlank()).forEach(lines::add);
            }
        }
        return lines;
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static String zero(Integer value) {
        return value == null ? "0" : value.toString();
    }
}
