package uk.gov.bestvalue.returns.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;

/** The scheduler on the real database: triggers from schedule.yml, and a monthly run missed while down fires once. */
@SpringBootTest
class PipelineSchedulerIntegrationTests extends PipelineIntegrationTest {

    private static final String[] QUARTZ_TABLES = {"QRTZ_FIRED_TRIGGERS", "QRTZ_CRON_TRIGGERS", "QRTZ_SIMPLE_TRIGGERS",
            "QRTZ_SIMPROP_TRIGGERS", "QRTZ_BLOB_TRIGGERS", "QRTZ_TRIGGERS", "QRTZ_JOB_DETAILS", "QRTZ_PAUSED_TRIGGER_GRPS",
            "QRTZ_SCHEDULER_STATE", "QRTZ_LOCKS", "QRTZ_CALENDARS"};

    @Autowired
    PipelineScheduler pipelineScheduler;
    @Autowired
    Scheduler scheduler;

    @BeforeEach
    void cleanQuartz() throws Exception {
        pipelineScheduler.stop();
        for (String table : QUARTZ_TABLES) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("DELETE FROM monthly_run").update();
        jdbc.sql("DELETE FROM return_chase").update();
    }

    @AfterEach
    void stopAndClean() throws Exception {
        cleanQuartz();
    }

    @Test
    void triggersTakeTheirCronFromScheduleYmlAndAChangedOneIsReplaced() throws Exception {
        // given a monthly trigger stored earlier with another expression, and the inbox poll's trigger of before the
        // nodes polled on their own
        scheduler.addJob(JobBuilder.newJob(MonthlyRunQuartzJob.class).withIdentity(PipelineScheduler.MONTHLY_JOB)
                .storeDurably().build(), true);
        scheduler.scheduleJob(TriggerBuilder.newTrigger().withIdentity(PipelineScheduler.MONTHLY_TRIGGER)
                .forJob(PipelineScheduler.MONTHLY_JOB).withSchedule(CronScheduleBuilder.cronSchedule("0 0 7 1 * ?")).build());
        scheduler.addJob(JobBuilder.newJob(MonthlyRunQuartzJob.class).withIdentity(PipelineScheduler.POLL_JOB)
                .storeDurably().build(), true);
        scheduler.scheduleJob(TriggerBuilder.newTrigger().withIdentity(PipelineScheduler.POLL_TRIGGER)
                .forJob(PipelineScheduler.POLL_JOB).withSchedule(CronScheduleBuilder.cronSchedule("0/30 * * * * ?")).build());

        // when the pipeline's triggers are registered
        pipelineScheduler.register();

        // then the monthly one carries schedule.yml's expression and fires once after a misfire; the poll is no
        // longer a shared trigger (each node polls on its own timer)
        CronTrigger monthly = (CronTrigger) scheduler.getTrigger(PipelineScheduler.MONTHLY_TRIGGER);
        assertThat(monthly.getCronExpression()).isEqualTo("0 0 6 5 * ?");
        assertThat(monthly.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(scheduler.getTrigger(PipelineScheduler.POLL_TRIGGER)).isNull();
        assertThat(scheduler.getJobDetail(PipelineScheduler.POLL_JOB)).isNull();
        assertThat(count("SELECT COUNT(*) FROM QRTZ_CRON_TRIGGERS")).isEqualTo(1);
    }

    @Test
    void aMonthlyRunMissedWhileDownFiresOnceOnStartUp() throws Exception {
        // given the monthly trigger stored with schedule.yml's expression, its next run due weeks ago (the service was down)
        scheduler.addJob(JobBuilder.newJob(MonthlyRunQuartzJob.class).withIdentity(PipelineScheduler.MONTHLY_JOB)
                .usingJobData(MonthlyRunQuartzJob.PERIOD, "previous-month").storeDurably().build(), true);
        Trigger overdue = TriggerBuilder.newTrigger().withIdentity(PipelineScheduler.MONTHLY_TRIGGER)
                .forJob(PipelineScheduler.MONTHLY_JOB).startAt(Date.from(Instant.now().minus(70, ChronoUnit.DAYS)))
                .withSchedule(CronScheduleBuilder.cronSchedule("0 0 6 5 * ?").withMisfireHandlingInstructionFireAndProceed())
                .build();
        scheduler.scheduleJob(overdue);
        assertThat(scheduler.getTrigger(PipelineScheduler.MONTHLY_TRIGGER).getNextFireTime()).isBefore(new Date());

        // when the service starts its scheduler
        pipelineScheduler.start();

        // then the missed run fires once, now, for the month before, and the next one is in the future
        String period = YearMonth.now().minusMonths(1).toString();
        long deadline = System.currentTimeMillis() + 60_000;
        while (count("SELECT COUNT(*) FROM monthly_run WHERE finished_at IS NOT NULL") == 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(2_000); // time for a wrong second firing to show
        assertThat(count("SELECT COUNT(*) FROM monthly_run")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM monthly_run WHERE period = '" + period + "' AND status = 'COMPLETED'"))
                .isEqualTo(1);
        assertThat(scheduler.getTrigger(PipelineScheduler.MONTHLY_TRIGGER).getNextFireTime()).isAfter(new Date());
    }
}
