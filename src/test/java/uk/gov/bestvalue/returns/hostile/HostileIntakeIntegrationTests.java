package uk.gov.bestvalue.returns.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;
import uk.gov.bestvalue.returns.intake.SubmissionOutcome;

/**
 * The daemon's intake over the whole hostile corpus dropped at once, with links, a named pipe, a folder and a file
 * still being copied: every file ends archived or rejected with a reason, nothing is left in the inbox or in
 * processing, nothing outside the inbox is read, and a good return dropped afterwards is still loaded.
 */
@SpringBootTest(properties = "pipeline.limits.empty-grace=PT3S")
class HostileIntakeIntegrationTests extends PipelineIntegrationTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void everyHostileFileEndsArchivedOrRejectedAndTheDaemonGoesOn() throws Exception {
        // given the corpus, the entries that are not plain files, and an empty file a slow copy will fill
        Path inbox = Files.createDirectories(folders.inbox());
        List<Path> corpus = HostileFiles.write(inbox);
        List<Path> special = HostileFiles.writeSpecial(inbox);
        Path growing = Files.createFile(inbox.resolve("health-growing-procurement-2016-01.csv"));

        // when the daemon polls: first sight, then the files unchanged since are taken
        poller.poll();
        List<SubmissionOutcome> outcomes = new ArrayList<>(poller.poll());

        // then the file still being copied waits; once filled, it is taken at the next polls
        assertThat(growing).exists();
        List<String> lines = new ArrayList<>(Files.readAllLines(PipelineTestSupport.SAMPLES.resolve(HostileFiles.CSV),
                WINDOWS_1252));
        lines.remove(1);
        Files.write(growing, lines, WINDOWS_1252);
        Thread.sleep(3_100); // past the grace, so the corpus's empty file is now taken too
        outcomes.addAll(poller.poll());
        outcomes.addAll(poller.poll());

        // and a good return dropped afterwards is still loaded: the daemon did not stop
        PipelineTestSupport.drop("resources-procurement-2016-01.xlsx", inbox);
        poller.poll();
        List<SubmissionOutcome> after = poller.poll();

        print(outcomes);
        assertThat(after).singleElement().extracting(SubmissionOutcome::status).asString().startsWith("loaded");
        assertThat(outcomes).filteredOn(o -> o.fileName().equals(growing.getFileName().toString()))
                .singleElement().extracting(SubmissionOutcome::status).asString().startsWith("loaded");
        assertThat(list(folders.inbox())).as("nothing left in the inbox").isEmpty();
        assertThat(list(folders.processing())).as("nothing left in processing").isEmpty();
        assertThat(corpus.size() + special.size() + 1).as("hostile files").isGreaterThanOrEqualTo(40);
        for (Path file : corpus) {
            String name = file.getFileName().toString();
            SubmissionOutcome outcome = outcomes.stream().filter(o -> o.fileName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " has no outcome"));
            assertThat(outcome.status()).as(name).isIn("loaded", "loaded with findings", "rejected", "duplicate");
            assertThat(outcome.storedAs()).as(name).isNotNull();
            assertThat(Path.of(outcome.storedAs())).as(name).exists();
            if (outcome.status().equals("rejected") || outcome.status().equals("duplicate")) {
                assertThat(outcome.reason()).as(name).isNotBlank()
                        .doesNotContainPattern(HostileCheckTests.CLASS_NAME).doesNotContain("at org.")
                        .doesNotContain(HostileFiles.SECRET);
            }
        }
        for (Path entry : special) {
            Path refused = folders.rejected().resolve(entry.getFileName());
            assertThat(Files.exists(refused, LinkOption.NOFOLLOW_LINKS)).as(entry.getFileName() + " refused").isTrue();
            String name = entry.getFileName().toString();
            assertThat(Files.isSymbolicLink(refused)).as(name + " moved as a link, not its target")
                    .isEqualTo(name.startsWith("link-") || name.startsWith("dangling-"));
            assertThat(refused.resolveSibling(entry.getFileName() + ".reason.txt")).exists();
        }
        assertThat(count("SELECT COUNT(*) FROM load_batch WHERE file_name LIKE 'link-%'"))
                .as("a link is never followed").isZero();
        assertThat(count("SELECT COUNT(*) FROM load_batch WHERE status IN ('RECEIVED', 'LOADING', 'FAILED')"))
                .as("no load left half way").isZero();
    }

    private void print(List<SubmissionOutcome> outcomes) {
        Map<String, Long> ms = new java.util.HashMap<>();
        jdbc.sql("SELECT file_name, received_at, finished_at FROM load_batch").query((rs, n) -> {
            Timestamp received = rs.getTimestamp(2);
            Timestamp finished = rs.getTimestamp(3);
            ms.put(rs.getString(1), finished == null ? -1 : finished.getTime() - received.getTime());
            return null;
        }).list();
        System.out.println("hostile intake: file | outcome | ms | reason");
        for (SubmissionOutcome o : outcomes) {
            System.out.printf("%-60.60s | %-20s | %6d | %.100s%n", o.fileName(), o.status(),
                    ms.getOrDefault(o.fileName(), -1L), o.reason() == null ? "" : o.reason().replace('\n', ' '));
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        }
    }
}
