package uk.gov.bestvalue.returns.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.cli.MonthlyCommand;

/**
 * One monthly run per period at a time: the job is identified by its period and a run number (not the time it was
 * launched), and a run of a period another process is running (the schedule while a person runs it by hand) is refused
 * with a plain message; a lock whose holder died is taken over once its lease has run out.
 */
@SpringBootTest(properties = "pipeline.monthly.lock-lease=PT5M")
class MonthlyRunLockIntegrationTests extends PipelineIntegrationTest {

    private static final String PERIOD = "2015-07";

    @Autowired
    MonthlyCommand monthly;

    @Test
    void aSecondRunOfAPeriodInProgressIsRefusedAndALockWhoseHolderDiedIsTakenOver() {
        // given another process running the period's monthly run (it renewed its lock a minute ago)
        hold("node-a/4711", Instant.now().minusSeconds(60));

        // when a person runs the same period
        StringBuilder out = new StringBuilder();
        int exit = run(out);

        // then the run is refused, saying why, and nothing of the period was started
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("A monthly run for " + PERIOD + " is already in progress")
                .contains("node-a/4711").contains("this one was not started");
        assertThat(count("SELECT COUNT(*) FROM monthly_run WHERE period = '" + PERIOD + "'")).isZero();

        // when that process died and its lock has not been renewed for longer than the lease
        jdbc.sql("UPDATE monthly_run_lock SET locked_at = ?").param(Timestamp.from(Instant.now().minusSeconds(6 * 60)))
                .update();

        // then the run takes the period over, runs, and lets go of it
        assertThat(run(new StringBuilder())).isZero();
        assertThat(count("SELECT COUNT(*) FROM monthly_run WHERE period = '" + PERIOD + "'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM monthly_run_lock")).isZero();
    }

    @Test
    void theJobIsIdentifiedByItsPeriodAndARunNumberNotATimestamp() {
        // when the period is run, then run again on purpose
        assertThat(run(new StringBuilder())).isZero();
        List<Long> first = runNumbers();
        assertThat(run(new StringBuilder())).isZero();
        List<Long> second = runNumbers();

        // then each run is one job instance, identified by the period and the next run number
        assertThat(second).hasSize(first.size() + 1);
        long last = second.get(second.size() - 1);
        assertThat(last).isEqualTo(first.get(first.size() - 1) + 1).isLessThan(1000);
        assertThat(jdbc.sql("""
                        SELECT p.parameter_name FROM BATCH_JOB_EXECUTION_PARAMS p JOIN monthly_run r
                          ON r.job_execution_id = p.job_execution_id
                        WHERE r.period = ? AND p.identifying = 'Y' ORDER BY p.parameter_name""")
                .param(PERIOD).query(String.class).list()).containsExactly("period", "period", "run", "run");
    }

    private List<Long> runNumbers() {
        return jdbc.sql("""
                        SELECT p.parameter_value FROM BATCH_JOB_EXECUTION_PARAMS p
                          JOIN BATCH_JOB_EXECUTION e ON e.job_execution_id = p.job_execution_id
                          JOIN BATCH_JOB_INSTANCE i ON i.job_instance_id = e.job_instance_id
                        WHERE i.job_name = 'monthlyJob' AND p.parameter_name = 'run' AND e.job_execution_id IN
                          (SELECT job_execution_id FROM BATCH_JOB_EXECUTION_PARAMS WHERE parameter_name = 'period'
                           AND parameter_value = ?)
""")
                .param(PERIOD).query(String.class).list().stream().map(Long::valueOf).sorted().toList();
    }

    private void hold(String holder, Instant since) {
        jdbc.sql("INSERT INTO monthly_run_lock (period, holder, locked_at) VALUES (?, ?, ?)")
                .params(PERIOD, holder, Timestamp.from(since)).update();
    }

    private int run(StringBuilder printed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = monthly.run(PERIOD, new PrintStream(out, true, StandardCharsets.UTF_8));
        printed.append(out.toString(StandardCharsets.UTF_8));
        return exit;
    }
}
