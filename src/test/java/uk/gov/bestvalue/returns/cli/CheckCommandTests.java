package uk.gov.bestvalue.returns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.bestvalue.returns.ReturnsPipelineApplication;

/**
 * {@code check} without the Spring application: what it prints and its exit code, and, run as a person runs it in a
 * JVM of its own, that it leaves nothing behind in the folder it was run from.
 */
class CheckCommandTests {

    private static final Path SAMPLES = Path.of("input-samples");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aCleanReturnIsAcceptedAndSaysWhatItWasRecognisedAs() {
        int exitCode = check(Map.of(), "check", sample("resources-procurement-2016-01.xlsx"));

        assertThat(exitCode).isZero();
        assertThat(printed()).contains("Recognised as procurement-contracts from resources for 2016-01: "
                + "12 rows, 0 error(s), 0 warning(s).");
        assertThat(errors()).isEmpty();
    }

    @Test
    void aDamagedFileIsRejectedWithExitCode2() {
        int exitCode = check(Map.of(), "check", sample("corrupt-procurement-2016-01.xlsx"), "--json");

        assertThat(exitCode).isEqualTo(2);
        JsonNode report = JSON.readTree(printed());
        assertThat(report.get("status").asString()).isEqualTo("rejected");
        assertThat(report.get("reason").asString()).contains("damaged");
    }

    @Test
    void theEnvironmentSetsTheLimitOnAFilesSize() {
        // given a limit below the sample's size, set as a person sets it
        int exitCode = check(Map.of("PIPELINE_MAX_FILE_BYTES", "1000"), "check",
                sample("resources-procurement-2016-01.xlsx"));

        // then the file is rejected unread
        assertThat(exitCode).isEqualTo(2);
        assertThat(printed()).contains("REJECTED:");
    }

    @Test
    void aMissingFileOrNoFileIsAUsageError() {
        assertThat(check(Map.of(), "check")).isEqualTo(2);
        assertThat(errors()).contains("returns-pipeline: check needs one FILE", "usage: returns-pipeline");

        assertThat(check(Map.of(), "check", "no-such-file.xlsx")).isEqualTo(2);
        assertThat(errors()).contains("returns-pipeline: no such file: no-such-file.xlsx");
        assertThat(printed()).isEmpty();
    }

    @Test
    void theCommandLineGoesToTheLeanCheckOnlyForCheck() {
        assertThat(CheckCommand.isCheck(new String[] {"check", "f.xlsx", "--json"})).isTrue();
        assertThat(CheckCommand.isCheck(new String[] {"--pipeline.jobs-dir=jobs", "check", "f.xlsx"})).isTrue();
        assertThat(CheckCommand.isCheck(new String[] {"ingest", "check"})).isFalse();
        assertThat(CheckCommand.isCheck(new String[] {"monthly", "--period", "2016-01"})).isFalse();
        assertThat(CheckCommand.isCheck(new String[0])).isFalse();
    }

    @Test
    void runAsACommandItPrintsOnlyTheCheckAndLeavesTheFolderItRanInAsItWas(@TempDir Path folder) throws Exception {
        // given an empty folder (without jobs/: the definitions packaged with the classes are read)
        String file = sample("adults-procurement-2016-01.xls");

        // when check runs there, in a JVM of its own, as the jar's main class
        Result result = runInOwnJvm(folder, "check", file, "--json");

        // then standard output is the report alone, with the sample's expected findings
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode report = JSON.readTree(result.out());
        assertThat(report.get("returnType").asString()).isEqualTo("procurement-contracts");
        assertThat(report.get("directorate").asString()).isEqualTo("adults");
        assertThat(report.get("rows").asInt()).isEqualTo(14);
        assertThat(report.get("findings")).hasSize(expectedFindings("adults-procurement-2016-01.xls"));
        // and nothing was logged, and no file was written: no database, no log
        assertThat(result.err()).isEmpty();
        assertThat(folder).isEmptyDirectory();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"help", "--help", "-h"})
    void askingForHelpPrintsTheUsageOnStandardOutputAndSucceeds(String asked, @TempDir Path folder) throws Exception {
        // when
        Result result = runInOwnJvm(folder, asked);

        // then
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("usage: returns-pipeline").contains("check FILE");
        assertThat(result.err()).isEmpty();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aCommandTypedWronglyIsAUsageErrorOnStandardError(@TempDir Path folder) throws Exception {
        // when
        Result result = runInOwnJvm(folder, "monthly", "--period", "2016-13", "--pipeline.cli.enabled=true");

        // then
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("monthly needs --period yyyy-MM", "not 2016-13");
        assertThat(result.out()).isEmpty();
    }

    private int check(Map<String, String> environment, String... args) {
        out.reset();
        err.reset();
        return CheckCommand.run(args, environment, new Properties(), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String sample(String name) {
        return SAMPLES.resolve(name).toAbsolutePath().toString();
    }

    /** The findings {@code input-samples/expected/} lists for a sample, less those made only when it is loaded. */
    private static int expectedFindings(String fileName) throws IOException {
        int count = 0;
        try (var files = Files.list(SAMPLES.resolve("expected"))) {
            for (Path csv : files.filter(p -> p.getFileName().toString().startsWith("findings-")).toList()) {
                count += (int) Files.readAllLines(csv).stream()
                        .filter(line -> line.startsWith(fileName + ",") && line.split(",").length == 4).count();
            }
        }
        return count;
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result runInOwnJvm(Path folder, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                ReturnsPipelineApplication.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        // the settings of the machine running the tests are not the test's
        builder.environment().keySet().removeIf(name -> name.toUpperCase().startsWith("PIPELINE_"));
        Process process = builder.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> text(process.getErrorStream()));
        String out = text(process.getInputStream());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("check finished").isTrue();
        return new Result(process.exitValue(), out, err.get());
    }

    private static String text(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
