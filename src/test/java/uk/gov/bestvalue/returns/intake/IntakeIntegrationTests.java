package uk.gov.bestvalue.returns.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;

/**
 * The watched folder against the real database: a file dropped twice loads once, a corrected resubmission
 * replaces its snapshot, a broken file is rejected while the rest go on, a half-copied file waits.
 */
@SpringBootTest
class IntakeIntegrationTests extends PipelineIntegrationTest {

    private static final String HEALTH = "health-procurement-2016-01.csv";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");


    @Test
    void theSameContentDroppedTwiceIsLoadedOnce() throws IOException {
        // given a return loaded once
        poller.processNow(List.of(PipelineTestSupport.drop(HEALTH, folders.inbox())));

        // when the same file is dropped again
        List<SubmissionOutcome> again = poller.processNow(List.of(PipelineTestSupport.drop(HEALTH, folders.inbox())));

        // then it is not loaded again, and its owner is told why
        assertThat(again).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo("duplicate");
            assertThat(o.reason()).contains("already received");
        });
        assertThat(count("SELECT COUNT(*) FROM contract_fact")).isEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM v_contract_current")).isEqualTo(8);
        assertThat(folders.rejected().resolve(HEALTH + ".reason.txt")).exists();
        assertThat(Files.list(folders.archive().resolve("2016-01")).count()).isEqualTo(1);
    }

    @Test
    void aCorrectedResubmissionReplacesTheSnapshotInOneGo() throws IOException {
        // given the Health return loaded with a P3 finding
        poller.processNow(List.of(PipelineTestSupport.drop(HEALTH, folders.inbox())));
        assertThat(count("SELECT COUNT(*) FROM v_finding_current")).isEqualTo(1);

        // when a corrected version (one contract fewer, the finding fixed) arrives for the same month
        Path corrected = folders.inbox().resolve("health-procurement-2016-01-v2.csv");
        List<String> lines = Files.readAllLines(PipelineTestSupport.SAMPLES.resolve(HEALTH), WINDOWS_1252);
        Files.write(corrected, lines.subList(0, 4), WINDOWS_1252);
        List<SubmissionOutcome> outcomes = poller.processNow(List.of(corrected));

        // then reporting sees only the new snapshot; the old one is kept, superseded, for audit
        assertThat(outcomes).singleElement().extracting(SubmissionOutcome::status).isEqualTo("loaded");
        assertThat(count("SELECT COUNT(*) FROM v_contract_current WHERE directorate_id = 'health'")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM v_finding_current")).isZero();
        assertThat(jdbc.sql("SELECT status FROM load_batch ORDER BY load_batch_id").query(String.class).list())
                .containsExactly("SUPERSEDED", "CURRENT");
    }

    @Test
    void aReturnNoneOfWhoseRowsCanBeLoadedIsRejectedAndTheSnapshotStays() throws IOException {
        // given the Health return loaded, then a resubmission whose every start date is unreadable
        poller.processNow(List.of(PipelineTestSupport.drop(HEALTH, folders.inbox())));
        Path broken = folders.inbox().resolve("health-procurement-2016-01-v2.csv");
        List<String> lines = Files.readAllLines(PipelineTestSupport.SAMPLES.resolve(HEALTH), WINDOWS_1252);
        List<String> unreadable = new java.util.ArrayList<>(List.of(lines.get(0)));
        lines.subList(1, lines.size()).forEach(line -> unreadable.add(line.replaceAll(",\\d\\d/\\d\\d/\\d{4},", ",soon,")));
        Files.write(broken, unreadable, WINDOWS_1252);

        // when
        List<SubmissionOutcome> outcomes = poller.processNow(List.of(broken));

        // then it is rejected with the reason, which names the column, filed with the rejected files, and the
        // month's snapshot is the first
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo("rejected");
            assertThat(o.reason()).startsWith("None of the 8 contract rows can be loaded: no value in column J "
                    + "'Start Date' could be read");
        });
        // the unreadable start dates are one finding at the column's header, not one per row
        assertThat(jdbc.sql("SELECT cell_ref FROM finding WHERE rule_id = 'FORMAT' AND field_name = 'start_date' "
                        + "AND load_batch_id = (SELECT MAX(load_batch_id) FROM load_batch)")
                .query(String.class).list()).containsExactly("'health-procurement-2016-01-v2'!J1");
        assertThat(folders.rejected().resolve("health-procurement-2016-01-v2.csv.reason.txt")).exists();
        assertThat(count("SELECT COUNT(*) FROM v_contract_current WHERE directorate_id = 'health'")).isEqualTo(8);
    }

    @Test
    void aReturnThatDoesNotSayWhoseItIsIsRejectedWithItsRowsCheckedToo() throws IOException {
        // given the Health return under a name that names no directorate, with no cover
        Path unplaced = folders.inbox().resolve("procurement-2016-01.csv");
        Files.copy(PipelineTestSupport.SAMPLES.resolve(HEALTH), unplaced);

        // when
        List<SubmissionOutcome> outcomes = poller.processNow(List.of(unplaced));

        // then the reason says what to fix on the cover, and lists the rows' problems as well
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo("rejected");
            assertThat(o.reason()).contains("does not say which directorate sent it")
                    .contains("rows were checked too").contains("P3 error").doesNotContain("null");
        });
        assertThat(count("SELECT COUNT(*) FROM contract_fact")).isZero();
    }

    @Test
    void aWorkbookTheReaderTakesButTheWriterRefusesStillLoadsAndItsOwnerIsTold() throws IOException {
        // given the Children's return without its content-types part: our reader takes it, POI will not open it
        Path original = PipelineTestSupport.SAMPLES.resolve("childrens-procurement-2016-01.xlsx");
        Path stripped = folders.inbox().resolve("childrens-procurement-2016-01.xlsx");
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(original));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(stripped))) {
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (!entry.getName().equals("[Content_Types].xml")) {
                    out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }

        // when
        List<SubmissionOutcome> outcomes = poller.processNow(List.of(stripped));

        // then it is loaded and current, and its owners' email is queued (with the findings listed instead)
        assertThat(outcomes).singleElement().extracting(SubmissionOutcome::status).isEqualTo("loaded with findings");
        assertThat(count("SELECT COUNT(*) FROM v_contract_current WHERE directorate_id = 'childrens'")).isEqualTo(12);
        assertThat(count("SELECT COUNT(*) FROM outbox_email")).isPositive();
    }

    @Test
    void aBrokenFileIsRejectedWithAReasonAndTheOthersStillLoad() throws IOException {
        // given a corrupt workbook, an unknown shape and a good return in the inbox
        PipelineTestSupport.drop("corrupt-procurement-2016-01.xlsx", folders.inbox());
        PipelineTestSupport.drop("staff-survey-2016-01.xlsx", folders.inbox());
        PipelineTestSupport.drop(HEALTH, folders.inbox());

        // when the daemon polls twice (a file is taken once it is unchanged between polls)
        assertThat(poller.poll()).isEmpty();
        List<SubmissionOutcome> outcomes = poller.poll();

        // then the broken ones are rejected with reasons a lead can act on, and the good one is loaded
        assertThat(outcomes).extracting(SubmissionOutcome::fileName, SubmissionOutcome::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("corrupt-procurement-2016-01.xlsx", "rejected"),
                org.assertj.core.groups.Tuple.tuple("staff-survey-2016-01.xlsx", "rejected"),
                org.assertj.core.groups.Tuple.tuple(HEALTH, "loaded with findings"));
        assertThat(folders.rejected().resolve("corrupt-procurement-2016-01.xlsx.reason.txt")).content()
                .contains("damaged or was not completely copied");
        assertThat(folders.rejected().resolve("staff-survey-2016-01.xlsx.reason.txt")).content()
                .contains("procurement-contracts").contains("missing");
        assertThat(folders.inbox()).isEmptyDirectory();
    }

    @Test
    void aFileStillBeingCopiedWaitsAndLockFilesAreIgnored() throws IOException {
        // given a file that grows between polls, and an Excel lock file
        Path growing = folders.inbox().resolve(HEALTH);
        Files.createDirectories(folders.inbox());
        byte[] whole = Files.readAllBytes(PipelineTestSupport.SAMPLES.resolve(HEALTH));
        Files.write(growing, java.util.Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(folders.inbox().resolve("~$childrens-procurement-2016-01.xlsx"), "lock");
        assertThat(poller.poll()).isEmpty();

        // when the copy completes, then it is taken only at the poll after it stopped changing
        Files.write(growing, whole);
        Files.setLastModifiedTime(growing, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertThat(poller.poll()).isEmpty();
        assertThat(poller.poll()).singleElement().extracting(SubmissionOutcome::rowsRead).isEqualTo(8);
        assertThat(folders.inbox().resolve("~$childrens-procurement-2016-01.xlsx")).exists();
    }
}
