package uk.gov.bestvalue.returns.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;
import uk.gov.bestvalue.returns.cli.MonthlyCommand;
import uk.gov.bestvalue.returns.intake.Sha256;
import uk.gov.bestvalue.returns.rules.Wording;

/**
 * The audit trail of real loads on the real database: an event for each receipt, recognition, run, publish,
 * supersession, filing, rejection, duplicate, email and monthly run, in the order they happened, by this process's
 * actor; and none for a change that rolled back.
 */
@SpringBootTest(properties = "pipeline.chunk-size=3")
class AuditTrailIntegrationTests extends PipelineIntegrationTest {

    private static final String HEALTH = "health-procurement-2016-01.csv";
    private static final String ADULTS = "adults-procurement-2016-01.xls";

    @Autowired
    AuditTrail audit;
    @Autowired
    MonthlyCommand monthly;

    /** One row of {@code audit_event}, as a test reads it. */
    record Event(long id, String actor, String action, Long batch, String file, String sha256, String before,
                 String after, String detail) {
    }

    /** The last event before the test: the trail is never emptied, so a test reads only the events after it. */
    private long mark;

    @BeforeEach
    void markTheTrail() {
        mark = jdbc.sql("SELECT COALESCE(MAX(audit_event_id), 0) FROM audit_event").query(Long.class).single();
    }

    @AfterEach
    void letTheDatabaseAcceptEverythingAgain() {
        jdbc.sql("ALTER TABLE contract_fact DROP CONSTRAINT IF EXISTS ck_test_outage").update();
        jdbc.sql("ALTER TABLE load_batch DROP CONSTRAINT IF EXISTS ck_test_publish_fails").update();
    }

    @Test
    void aLoadIsRecordedFromItsReceiptToItsEmailSent() throws IOException {
        // when a return is dropped and loaded
        poller.processNow(List.of(PipelineTestSupport.drop(HEALTH, folders.inbox())));

        // then its batch's events tell its story in order, each naming the file and its content
        long batch = onlyBatch();
        List<Event> events = eventsOf(batch);
        assertThat(events).extracting(Event::action).containsExactly("RECEIVED", "LOAD_STARTED", "LOAD_RUN",
                "PUBLISHED", "EMAIL_QUEUED", "STORED", "EMAIL_SENT");
        assertThat(events).extracting(Event::before).containsExactly(null, "RECEIVED", "LOADING", "LOADING", null,
                "CURRENT", "SENDING");
        assertThat(events).extracting(Event::after).containsExactly("RECEIVED", "LOADING", "LOADING", "CURRENT",
                "PENDING", "CURRENT", "SENT");
        String sha256 = Sha256.of(PipelineTestSupport.SAMPLES.resolve(HEALTH));
        assertThat(events).filteredOn(e -> e.file() != null).hasSize(5)
                .allSatisfy(e -> assertThat(e.sha256()).isEqualTo(sha256))
                .allSatisfy(e -> assertThat(e.file()).isEqualTo(HEALTH));
        assertThat(events).allSatisfy(e -> assertThat(e.actor()).isEqualTo(audit.actor()));
        assertThat(events.get(1).detail()).startsWith("recognised as procurement-contracts of health for 2016-01")
                .containsPattern("\\d+ of \\d+ columns read");
        assertThat(events.get(3).detail()).isEqualTo("8 rows read, 8 loaded, 1 with findings (1 errors, 0 warnings)");
        assertThat(events.get(5).detail()).endsWith(folders.archive().resolve("2016-01").resolve(HEALTH).toString());
        assertThat(events.get(6).detail()).startsWith(batch + "-" + HEALTH + " to finance.health@");
    }

    @Test
    void aRejectionGivesItsReasonAndADuplicateWhenAndAsWhichBatchTheContentCameBefore() throws IOException {
        // given a return loaded
        poller.processNow(List.of(PipelineTestSupport.drop(HEALTH, folders.inbox())));
        long first = onlyBatch();
        Timestamp firstReceived = jdbc.sql("SELECT received_at FROM load_batch WHERE load_batch_id = ?").param(first)
                .query(Timestamp.class).single();

        // when a staff survey is dropped, then the same return again
        poller.processNow(List.of(PipelineTestSupport.drop("staff-survey-2016-01.xlsx", folders.inbox())));
        poller.processNow(List.of(PipelineTestSupport.drop(HEALTH, folders.inbox())));

        // then the survey's rejection carries the reason its owner reads
        long survey = batchOf("staff-survey-2016-01.xlsx", 0);
        String reason = jdbc.sql("SELECT reason FROM load_batch WHERE load_batch_id = ?").param(survey)
                .query(String.class).single();
        assertThat(eventsOf(survey)).extracting(Event::action).startsWith("RECEIVED", "REJECTED", "STORED");
        assertThat(eventsOf(survey).get(1).detail()).isEqualTo(reason);
        assertThat(eventsOf(survey).get(1).after()).isEqualTo("REJECTED");

        // and the duplicate says when the same content was received before and as which batch
        long duplicate = batchOf(HEALTH, 1);
        List<Event> events = eventsOf(duplicate);
        assertThat(events).extracting(Event::action).startsWith("RECEIVED", "DUPLICATE", "STORED");
        assertThat(events.get(1).before()).isEqualTo("RECEIVED");
        assertThat(events.get(1).after()).isEqualTo("DUPLICATE");
        assertThat(events.get(1).detail()).contains("already received on " + Wording.moment(firstReceived.toInstant())
                + " as " + HEALTH + " (load batch " + first + ")");
    }

    @Test
    void aResubmissionSupersedesTheEarlierBatchInThePublishOfTheLater() throws IOException {
        // given a return, then the same return sent again changed
        poller.processNow(List.of(PipelineTestSupport.drop(HEALTH, folders.inbox())));
        poller.processNow(List.of(changed(HEALTH)));
        long first = batchOf(HEALTH, 0);
        long second = batchOf(HEALTH, 1);

        // then the first batch's last event is its supersession by the second, recorded as the second was published
        Event superseded = eventsOf(first).get(eventsOf(first).size() - 1);
        assertThat(superseded.action()).isEqualTo("SUPERSEDED");
        assertThat(superseded.before()).isEqualTo("CURRENT");
        assertThat(superseded.after()).isEqualTo("SUPERSEDED");
        assertThat(superseded.detail()).isEqualTo("by load batch " + second);
        Event published = eventsOf(second).stream().filter(e -> e.action().equals("PUBLISHED")).findFirst().orElseThrow();
        assertThat(published.id()).isEqualTo(superseded.id() + 1);
    }

    @Test
    void aLoadThatFailsMidWayRecordsItsFailureAndNothingOfWhatRolledBack() throws IOException {
        // given a database that refuses the return's rows from row 9 (its third chunk)
        jdbc.sql("ALTER TABLE contract_fact ADD CONSTRAINT ck_test_outage CHECK (source_row < 9)").update();

        // when the return is dropped
        poller.processNow(List.of(PipelineTestSupport.drop(ADULTS, folders.inbox())));

        // then its failure is recorded, and neither a publish nor an email is
        long batch = onlyBatch();
        assertThat(eventsOf(batch)).extracting(Event::action)
                .containsExactly("RECEIVED", "LOAD_STARTED", "LOAD_RUN", "LOAD_FAILED");
        assertThat(eventsOf(batch).get(3).after()).isEqualTo("FAILED");
        assertThat(eventsOf(batch).get(3).detail()).startsWith("The load failed (attempt 1 of 3)");
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action IN ('PUBLISHED', 'EMAIL_QUEUED') "
                + "AND audit_event_id > " + mark)).isZero();
    }

    @Test
    void aPublishThatRollsBackLeavesTheEarlierSnapshotCurrentAndNoEventOfIt() throws IOException {
        // given a return loaded, and a database that will refuse to make any other batch current
        poller.processNow(List.of(PipelineTestSupport.drop(HEALTH, folders.inbox())));
        long first = onlyBatch();
        long size = jdbc.sql("SELECT file_bytes FROM load_batch").query(Long.class).single();
        // by its size, not its id: MariaDB allows no AUTO_INCREMENT column in a CHECK
        jdbc.sql("ALTER TABLE load_batch ADD CONSTRAINT ck_test_publish_fails CHECK (status <> 'CURRENT' "
                + "OR file_bytes = " + size + ")").update();

        // when the return is sent again, changed: its publish supersedes the first, then fails, and rolls back
        poller.processNow(List.of(changed(HEALTH)));

        // then the first is still current, and no event says it was superseded nor that the second was published
        long second = batchOf(HEALTH, 1);
        assertThat(jdbc.sql("SELECT status FROM load_batch WHERE load_batch_id = ?").param(first).query(String.class)
                .single()).isEqualTo("CURRENT");
        assertThat(eventsOf(first)).extracting(Event::action).doesNotContain("SUPERSEDED");
        assertThat(eventsOf(second)).extracting(Event::action).contains("LOAD_RUN", "LOAD_FAILED")
                .doesNotContain("PUBLISHED", "EMAIL_QUEUED");
    }

    @Test
    void aMonthlyRunIsRecordedAtItsStartAndItsEndAndARerunSaysSo() {
        // when a month is run twice
        monthly.run("2016-01", new PrintStream(OutputStream.nullOutputStream()));
        monthly.run("2016-01", new PrintStream(OutputStream.nullOutputStream()));

        // then each run has its start and its end, the second saying it is a re-run
        List<String> runs = jdbc.sql("SELECT CONCAT(action, ' ', period, ' ', status_after, ' ', detail) FROM audit_event "
                + "WHERE action LIKE 'MONTHLY%' AND audit_event_id > ? ORDER BY audit_event_id").param(mark)
                .query(String.class).list();
        assertThat(runs).hasSize(4);
        assertThat(runs.get(0)).startsWith("MONTHLY_STARTED 2016-01 STARTED job execution").endsWith("first run");
        assertThat(runs.get(1)).startsWith("MONTHLY_ENDED 2016-01 COMPLETED job execution");
        assertThat(runs.get(2)).startsWith("MONTHLY_STARTED 2016-01 STARTED").endsWith("a re-run (1 run(s) before)");
        assertThat(runs.get(3)).startsWith("MONTHLY_ENDED 2016-01 COMPLETED");
    }

    private Path changed(String sample) throws IOException {
        Path again = PipelineTestSupport.drop(sample, folders.inbox());
        Files.write(again, new byte[] {'\n'}, StandardOpenOption.APPEND);
        return again;
    }

    private long onlyBatch() {
        return jdbc.sql("SELECT load_batch_id FROM load_batch").query(Long.class).single();
    }

    private long batchOf(String file, int receipt) {
        return jdbc.sql("SELECT load_batch_id FROM load_batch WHERE file_name = ? ORDER BY load_batch_id").param(file)
                .query(Long.class).list().get(receipt);
    }

    private List<Event> eventsOf(long batch) {
        return jdbc.sql("SELECT audit_event_id, actor, action, load_batch_id, file_name, sha256, status_before, "
                        + "status_after, detail FROM audit_event WHERE load_batch_id = ? ORDER BY audit_event_id")
                .param(batch)
                .query((rs, n) -> new Event(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }
}
