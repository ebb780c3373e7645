package uk.gov.bestvalue.returns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.notify.Outbox;

/**
 * {@code demo} as a person runs it: the sample month loaded, January 2016 run, the pack and the exports written, and
 * every owner sent one email per file of theirs (plus the chases and reconciliation notices README lists).
 */
@SpringBootTest
class DemoCommandFunctionalTests extends PipelineIntegrationTest {

    @Autowired
    DemoCommand demo;
    @Autowired
    Outbox outbox;

    @Test
    void theDemoMonthEndsWithOneEmailPerOwnerPerFileThePackAndTheExports() throws IOException {
        // when the demo runs
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exitCode = demo.run(new PrintStream(printed, true, StandardCharsets.UTF_8));
        String out = printed.toString(StandardCharsets.UTF_8);

        // then it completes, with the month's reconciliation
        assertThat(exitCode).as(out).isZero();
        assertThat(out).contains("monthly run 2016-01: COMPLETED", "health               4      163,108.34");

        // and each recipient got what README says, all delivered, each owner one email per file
        assertThat(outbox.byStatus()).containsOnlyKeys("SENT");
        assertThat(outbox.byRecipient()).containsAllEntriesOf(Map.of(
                "finance.adults@council.example.gov.uk", Map.of("chase", 1, "reconciliation", 1, "return", 2),
                "finance.childrens@council.example.gov.uk", Map.of("reconciliation", 1, "return", 3),
                "finance.health@council.example.gov.uk", Map.of("chase", 2, "reconciliation", 1, "return", 2),
                "j.smith@council.example.gov.uk", Map.of("return", 2),
                "bestvalue.programme@council.example.gov.uk", Map.of("return", 4)));
        assertThat(count("SELECT COUNT(*) FROM (SELECT email_key, recipient FROM outbox_email "
                + "GROUP BY email_key, recipient HAVING COUNT(*) > 1) twice")).isZero();
        assertThat(outboxFiles()).isEqualTo(count("SELECT COUNT(*) FROM outbox_email"));
        assertThat(out).containsPattern("finance\\.health@council\\.example\\.gov\\.uk +5 ");

        // and the pack and the open-data files are written
        Path month = properties.folders().reports().resolve("2016-01");
        assertThat(month.resolve("monitoring-pack.xlsx")).isNotEmptyFile();
        assertThat(month.resolve("monitoring-pack.html")).content().contains("91.1%");
        assertThat(month.resolve("open-data").resolve("contracts-over-5000-2016-01.csv")).isNotEmptyFile();
        assertThat(month.resolve("open-data").resolve("grants-360giving-2016-01.json")).content().contains("360G-");
    }

    @Test
    void aSecondRunSaysWhatBecameOfEachSampleAndCountsOnlyItsOwnEmails() throws IOException {
        // given the demo has run once
        int firstExit = demo.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(firstExit).isZero();
        int emailsOfTheFirstRun = count("SELECT COUNT(*) FROM outbox_email");

        // when it runs again on the same samples
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exitCode = demo.run(new PrintStream(printed, true, StandardCharsets.UTF_8));
        String out = printed.toString(StandardCharsets.UTF_8);

        // then the files loaded before are duplicates, the two rejected ones are rejected again, and it says so
        assertThat(exitCode).as(out).isZero();
        assertThat(out).contains("This run: 19 files, 17 duplicate, 2 rejected.",
                "duplicate: the same content was loaded before", "the same file is rejected again on every run",
                "No return was loaded, so there is no monthly run");
        assertThat(out).doesNotContain("Monthly run for");

        // and its email summary counts the emails of this run only: each owner told of their duplicates, no chases
        int emailsOfTheSecondRun = count("SELECT COUNT(*) FROM outbox_email") - emailsOfTheFirstRun;
        assertThat(emailsOfTheSecondRun).isPositive().isLessThan(emailsOfTheFirstRun);
        assertThat(out).contains("by status {SENT=" + emailsOfTheSecondRun + "}:")
                .containsPattern("finance\\.health@council\\.example\\.gov\\.uk +2  \\{return=2\\}");
    }

    private long outboxFiles() throws IOException {
        try (Stream<Path> files = Files.list(properties.folders().outbox())) {
            return files.filter(f -> f.toString().endsWith(".eml")).count();
        }
    }
}
