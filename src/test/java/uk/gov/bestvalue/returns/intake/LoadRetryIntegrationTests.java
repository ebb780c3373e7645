package uk.gov.bestvalue.returns.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;
import uk.gov.bestvalue.returns.rules.Wording;
import uk.gov.bestvalue.returns.warehouse.LoadBatchRepository;

/**
 * Loads that fail, die or are left in a state Spring Batch will not restart, taken to their end: a run the database
 * left UNKNOWN is run again; a failed load is retried by the running daemon after its back-off, counted, and rejected
 * with its reason after the last attempt; a published load whose process died before the owner's email was queued
 * has its remaining steps run, and one whose notify step keeps failing has its owners told without the workbook; a
 * receipt left by a kill right after the claim is carried on, not left for ever.
 */
@SpringBootTest(properties = {"pipeline.chunk-size=3", "pipeline.retry.max-attempts=3",
        "pipeline.retry.first-delay=PT10M"})
class LoadRetryIntegrationTests extends PipelineIntegrationTest {

    private static final String ADULTS = "adults-procurement-2016-01.xls";

    @Autowired
    ProcessingRecovery recovery;
    @Autowired
    LoadBatchRepository batches;

    @AfterEach
    void letTheDatabaseAcceptRowsAgain() {
        jdbc.sql("ALTER TABLE contract_fact DROP CONSTRAINT IF EXISTS ck_test_outage").update();
        jdbc.sql("ALTER TABLE outbox_email DROP CONSTRAINT IF EXISTS ck_test_mail_outage").update();
        jdbc.sql("ALTER TABLE outbox_email DROP CONSTRAINT IF EXISTS ck_test_no_workbook").update();
    }

    @Test
    void aRunTheDatabaseLeftUnknownIsRunAgainFromItsLastCommittedChunk() throws IOException {
        // given a load that failed part-way, its run and step left UNKNOWN as a commit lost with the database leaves them
        refuseRowsFrom(9);
        assertThat(poller.processNow(List.of(PipelineTestSupport.drop(ADULTS, folders.inbox()))))
                .singleElement().extracting(SubmissionOutcome::status).isEqualTo("failed");
        long execution = jobExecutionOfTheBatch();
        jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET status = 'UNKNOWN' WHERE job_execution_id = ?").param(execution).update();
        jdbc.sql("UPDATE BATCH_STEP_EXECUTION SET status = 'UNKNOWN' WHERE job_execution_id = ? AND status = 'FAILED'")
                .param(execution).update();

        // when the database accepts rows again and the pipeline recovers
        acceptEveryRow();
        List<SubmissionOutcome> recovered = recovery.recover();

        // then the load is finished, not refused for ever: every row once, the file archived
        assertThat(recovered).singleElement().extracting(SubmissionOutcome::status).isEqualTo("loaded with findings");
        assertThat(count("SELECT COUNT(*) FROM contract_fact")).isEqualTo(14);
        assertThat(count("SELECT COUNT(DISTINCT source_row) FROM contract_fact")).isEqualTo(14);
        assertThat(folders.archive().resolve("2016-01").resolve(ADULTS)).exists();
        assertThat(count("SELECT attempts FROM load_batch")).as("the failed run, counted once").isEqualTo(1);
    }

    @Test
    void aFailedLoadIsRetriedByTheRunningDaemonAfterItsBackOffThenRejectedAfterTheLastAttempt() throws IOException {
        // given a database that keeps refusing the file's later rows
        refuseRowsFrom(9);

        // when the file is processed, then its reason says when it will be retried, and it is
        SubmissionOutcome first = poller.processNow(List.of(PipelineTestSupport.drop(ADULTS, folders.inbox()))).get(0);
        assertThat(first.status()).isEqualTo("failed");
        Instant due = jdbc.sql("SELECT next_attempt_at FROM load_batch").query(Timestamp.class).single().toInstant();
        assertThat(due).isBetween(Instant.now().plusSeconds(9 * 60), Instant.now().plusSeconds(10 * 60));
        assertThat(first.reason()).contains("attempt 1 of 3").contains("will be retried at " + Wording.moment(due));

        // when the daemon polls before the back-off has run out, it leaves the file alone
        assertThat(poller.poll()).isEmpty();
        assertThat(count("SELECT attempts FROM load_batch")).isEqualTo(1);

        // when it polls after, the load is tried again, and again, then the file is rejected with the reason
        backOffRunsOut();
        assertThat(poller.poll()).singleElement().extracting(SubmissionOutcome::status).isEqualTo("failed");
        assertThat(count("SELECT attempts FROM load_batch")).isEqualTo(2);
        backOffRunsOut();
        SubmissionOutcome last = poller.poll().get(0);
        assertThat(last.status()).isEqualTo("rejected");
        assertThat(last.reason()).startsWith("The file could not be loaded after 3 attempts (The load failed (attempt 3 of 3)");
        assertThat(folders.rejected().resolve(ADULTS)).exists();
        assertThat(folders.processing()).isEmptyDirectory();
        assertThat(count("SELECT COUNT(*) FROM outbox_email")).isPositive();
    }

    @Test
    void aFailedLoadIsFinishedByTheRunningDaemonOnceTheDatabaseIsBack() throws IOException {
        // given a load that failed while the database refused rows
        refuseRowsFrom(9);
        poller.processNow(List.of(PipelineTestSupport.drop(ADULTS, folders.inbox())));

        // when the database is back and the back-off has run out, the next poll finishes it: no restart needed
        acceptEveryRow();
        backOffRunsOut();
        assertThat(poller.poll()).singleElement().extracting(SubmissionOutcome::status).isEqualTo("loaded with findings");
        assertThat(count("SELECT COUNT(*) FROM contract_fact")).isEqualTo(14);
        assertThat(folders.archive().resolve("2016-01").resolve(ADULTS)).exists();
    }

    @Test
    void aPublishedLoadWhoseProcessDiedBeforeTheEmailHasItsRemainingStepsRun() throws IOException {
        // given a load published, then its process killed in the notify step (the run and the step left STARTED)
        jdbc.sql("ALTER TABLE outbox_email ADD CONSTRAINT ck_test_mail_outage CHECK (attempts < 0)").update();
        poller.processNow(List.of(PipelineTestSupport.drop(ADULTS, folders.inbox())));
        long execution = jobExecutionOfTheBatch();
        jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET status = 'STARTED', end_time = NULL WHERE job_execution_id = ?")
                .param(execution).update();
        jdbc.sql("UPDATE BATCH_STEP_EXECUTION SET status = 'STARTED', end_time = NULL WHERE job_execution_id = ? "
                + "AND step_name = 'notifyOwnersStep'").param(execution).update();
        jdbc.sql("UPDATE load_batch SET status = 'CURRENT'").update();
        jdbc.sql("ALTER TABLE outbox_email DROP CONSTRAINT ck_test_mail_outage").update();
        assertThat(count("SELECT COUNT(*) FROM outbox_email")).isZero();

        // when the pipeline recovers
        recovery.recover();

        // then the owner's email is queued (once per owner) before the file is archived
        assertThat(count("SELECT COUNT(*) FROM outbox_email")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM outbox_email")).isEqualTo(
                count("SELECT COUNT(DISTINCT recipient) FROM outbox_email"));
        assertThat(folders.archive().resolve("2016-01").resolve(ADULTS)).exists();
        assertThat(count("SELECT COUNT(*) FROM v_contract_current")).isEqualTo(14);
    }

    @Test
    void aPublishedLoadWhoseNotifyStepKeepsFailingStillHasItsOwnersToldWithoutTheWorkbook() throws IOException {
        // given an outbox that takes no email with a checked workbook attached, so the notify step fails every time
        jdbc.sql("ALTER TABLE outbox_email ADD CONSTRAINT ck_test_no_workbook CHECK (attachment_name IS NULL)")
                .update();

        // when the file is processed and retried until its attempts run out
        poller.processNow(List.of(PipelineTestSupport.drop(ADULTS, folders.inbox())));
        backOffRunsOut();
        poller.poll();
        backOffRunsOut();
        SubmissionOutcome last = poller.poll().get(0);

        // then the snapshot stands, the file is archived, and each owner is told once, listing the findings
        assertThat(last.status()).isEqualTo("loaded with findings");
        assertThat(count("SELECT attempts FROM load_batch")).isEqualTo(3);
        assertThat(folders.archive().resolve("2016-01").resolve(ADULTS)).exists();
        assertThat(count("SELECT COUNT(*) FROM v_contract_current")).isEqualTo(14);
        assertThat(count("SELECT COUNT(*) FROM outbox_email")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM outbox_email")).isEqualTo(
                count("SELECT COUNT(DISTINCT recipient) FROM outbox_email"));
        assertThat(count("SELECT COUNT(*) FROM outbox_email WHERE attachment_name IS NULL")).isEqualTo(
                count("SELECT COUNT(*) FROM outbox_email"));
    }

    @Test
    void aReceiptLeftByAKillRightAfterTheClaimIsCarriedOn() throws IOException {
        // given a file claimed and recorded as received by a process that was then killed
        Path claimed = folders.claim(PipelineTestSupport.drop(ADULTS, folders.inbox()));
        batches.received(ADULTS, Sha256.of(claimed), Files.size(claimed));

        // when the pipeline recovers
        recovery.recover();

        // then that receipt is the file's one load batch, loaded; none is left RECEIVED
        assertThat(jdbc.sql("SELECT status FROM load_batch").query(String.class).list()).containsExactly("CURRENT");
        assertThat(count("SELECT COUNT(*) FROM contract_fact")).isEqualTo(14);
    }

    private void refuseRowsFrom(int row) {
        jdbc.sql("ALTER TABLE contract_fact ADD CONSTRAINT ck_test_outage CHECK (source_row < " + row + ")").update();
    }

    private void acceptEveryRow() {
        jdbc.sql("ALTER TABLE contract_fact DROP CONSTRAINT ck_test_outage").update();
    }

    /** Time passing: the failed load's next attempt is due. */
    private void backOffRunsOut() {
        jdbc.sql("UPDATE load_batch SET next_attempt_at = ?").param(Timestamp.from(Instant.now().minusSeconds(1)))
                .update();
    }

    private long jobExecutionOfTheBatch() {
        return jdbc.sql("SELECT job_execution_id FROM load_batch").query(Long.class).single();
    }
}
