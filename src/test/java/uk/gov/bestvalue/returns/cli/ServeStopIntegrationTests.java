package uk.gov.bestvalue.returns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.bestvalue.returns.ReturnsPipelineApplication;

/**
 * {@code serve} as a service manager stops it: TERM while a file is in the inbox. The process finishes that file,
 * ends with exit code 0, and logs no error and no stack trace.
 */
class ServeStopIntegrationTests {

    @TempDir
    Path root;

    @Test
    void termFinishesTheFileBeingLoadedAndExitsWithZero() throws Exception {
        // given serve running on a warehouse and folders of its own
        Path stderr = root.resolve("stderr.log");
        Process serve = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReturnsPipelineApplication.class.getName(), "serve",
                "--pipeline.cli.enabled=true", "--pipeline.web.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + root.resolve("db").toAbsolutePath()
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--pipeline.folders.inbox=" + root.resolve("inbox"),
                "--pipeline.folders.processing=" + root.resolve("processing"),
                "--pipeline.folders.archive=" + root.resolve("archive"),
                "--pipeline.folders.rejected=" + root.resolve("rejected"),
                "--pipeline.folders.outbox=" + root.resolve("outbox"),
                "--pipeline.folders.checked=" + root.resolve("checked"),
                "--pipeline.folders.reports=" + root.resolve("reports")))
                .redirectOutput(root.resolve("stdout.log").toFile()).redirectError(stderr.toFile()).start();
        try {
            awaitLog(stderr, "Scheduler started", Duration.ofMinutes(3));

            // when a file arrives and, once the poll has taken it, TERM comes
            Files.createDirectories(root.resolve("inbox"));
            Files.copy(Path.of("input-samples/resources-procurement-2016-01.xlsx"),
                    root.resolve("inbox").resolve("resources-procurement-2016-01.xlsx"));
            awaitLog(stderr, "load batch", Duration.ofMinutes(2));
            serve.destroy(); // SIGTERM
            boolean ended = serve.waitFor(2, TimeUnit.MINUTES);

            // then it finished that file and ended well, saying so and nothing worse
            String log = Files.readString(stderr, StandardCharsets.UTF_8);
            assertThat(ended).as(log).isTrue();
            assertThat(serve.exitValue()).as(log).isZero();
            assertThat(log).contains("Received SIGTERM: stopping", "Scheduler stopped",
                    "resources-procurement-2016-01.xlsx: loaded");
            assertThat(log).doesNotContain(" ERROR ", "Exception", "\tat ");
            assertThat(root.resolve("archive")).isNotEmptyDirectory();
        } finally {
            serve.destroyForcibly();
        }
    }

    private static void awaitLog(Path log, String text, Duration timeout) throws IOException, InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("serve did not log '" + text + "' within " + timeout + ":\n" + Files.readString(log));
    }
}
