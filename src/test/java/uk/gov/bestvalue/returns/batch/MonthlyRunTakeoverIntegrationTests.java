package uk.gov.bestvalue.returns.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;

/**
 * A monthly run cut short by the death of its process (recorded running, its period's lock no longer renewed) is
 * finished by another: once the lock's lease has run out, restarted where it stopped, the steps it completed (the
 * chases among them) not done again, one run of the period recorded as completed; a scheduled run whose node died
 * before it began is started by the node that takes its fire over. The two-JVM version is KilledMonthlyRunIntegrationTests.
 */
@SpringBootTest(properties = "pipeline.monthly.lock-lease=PT5M")
class MonthlyRunTakeoverIntegrationTests extends PipelineIntegrationTest {

    private static final String PERIOD = "2015-05";

    @Autowired
    MonthlyRuns monthly;

    @Test
    void aRunCutShortByItsProcessesDeathIsRestartedWhereItStoppedOnceItsLockIsFree() {
        // given a run of the period whose process died in its last step, the chases already queued
        JobExecution cut = monthly.launch(PERIOD);
        assertThat(cut.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        cutShortIn(cut.getId(), "monthlyReportStep");
        int emails = count("SELECT COUNT(*) FROM outbox_email");
        assertThat(emails).as("the late returns chased").isPositive();
        // and its lock renewed a minute ago: its process may be alive
        jdbc.sql("INSERT INTO monthly_run_lock (period, holder, locked_at) VALUES (?, ?, ?)")
                .params(PERIOD, "node-a/4711", Timestamp.from(Instant.now().minusSeconds(60))).update();

        // when another node looks, then it leaves the run alone
        assertThat(monthly.periodsRecordedRunning()).contains(PERIOD);
        assertThat(monthly.finishInterrupted(PERIOD, null)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM monthly_run WHERE period = '" + PERIOD + "'")).isEqualTo(1);

        // when the lock has not been renewed for longer than the lease
        jdbc.sql("UPDATE monthly_run_lock SET locked_at = ?").param(Timestamp.from(Instant.now().minusSeconds(6 * 60)))
                .update();
        Optional<JobExecution> finished = monthly.finishInterrupted(PERIOD, null);

        // then the run is restarted and completes: the same job instance, its last step alone done again
        assertThat(finished).isPresent();
        assertThat(finished.get().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(finished.get().getJobInstance().getId()).isEqualTo(cut.getJobInstance().getId());
        assertThat(jdbc.sql("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?")
                .param(finished.get().getId()).query(String.class).list()).containsExactly("monthlyReportStep");
        assertThat(count("SELECT COUNT(*) FROM outbox_email")).as("no chase sent twice").isEqualTo(emails);
        // one run of the period completed; the one cut short recorded as such
        assertThat(jdbc.sql("SELECT status FROM monthly_run WHERE period = ? ORDER BY monthly_run_id").param(PERIOD)
                .query(String.class).list()).containsExactly("FAILED", "COMPLETED");
        assertThat(jdbc.sql("SELECT exit_message FROM monthly_run WHERE job_execution_id = ?").param(cut.getId())
                .query(String.class).single()).startsWith("Cut short");
        assertThat(count("SELECT COUNT(*) FROM monthly_run_lock")).isZero();
        assertThat(monthly.periodsRecordedRunning()).doesNotContain(PERIOD);

        // when nodes look again, or the scheduled fire of that run is taken over late, then nothing more is run
        assertThat(monthly.finishInterrupted(PERIOD, null)).isEmpty();
        assertThat(monthly.finishInterrupted(PERIOD, cut.getCreateTime().minusSeconds(1))).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM monthly_run WHERE period = '" + PERIOD + "'")).isEqualTo(2);
    }

    @Test
    void aScheduledRunWhoseNodeDiedBeforeItBeganIsStartedByTheNodeTakingTheFireOver() {
        // when a node takes over a scheduled fire whose run never began
        Optional<JobExecution> run = monthly.finishInterrupted("2015-04", LocalDateTime.now());

        // then it runs the period once
        assertThat(run).isPresent();
        assertThat(run.get().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.sql("SELECT status FROM monthly_run WHERE period = '2015-04'").query(String.class).list())
                .containsExactly("COMPLETED");
    }

    /** Makes a completed run look as a process killed in this step leaves it. */
    private void cutShortIn(long execution, String step) {
        jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL "
                + "WHERE JOB_EXECUTION_ID = ?").param(execution).update();
        jdbc.sql("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL "
                + "WHERE JOB_EXECUTION_ID = ? AND STEP_NAME = ?").params(execution, step).update();
        jdbc.sql("UPDATE monthly_run SET status = 'STARTED', finished_at = NULL WHERE job_execution_id = ?")
                .param(execution).update();
    }
}
