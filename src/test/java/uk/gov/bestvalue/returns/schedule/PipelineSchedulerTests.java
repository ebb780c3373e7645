package uk.gov.bestvalue.returns.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.spi.OperableTrigger;

/** What {@code serve} logs as the next fire times after a restart, when the stored ones were missed. */
class PipelineSchedulerTests {

    private static final Date NOW = Date.from(Instant.parse("2026-03-10T12:00:10Z"));
    private static final Date BEFORE_THE_STOP = Date.from(Instant.parse("2026-03-01T00:00:00Z"));

    @Test
    void aPollMissedWhileStoppedIsToldAsTheNextPollAfterNowNotAsATimePast() {
        // given the poll trigger as stored when the service stopped, ten days ago
        OperableTrigger poll = stored(CronScheduleBuilder.cronSchedule("0/30 * * * * ?")
                .withMisfireHandlingInstructionDoNothing());

        // when the restart logs it, then the time is the next poll from now
        assertThat(poll.getNextFireTime()).isBefore(NOW);
        assertThat(PipelineScheduler.next(poll, NOW)).isEqualTo("next at " + Date.from(Instant.parse("2026-03-10T12:00:30Z")));
    }

    @Test
    void aMonthlyRunMissedWhileStoppedIsToldAsDueNow() {
        OperableTrigger monthly = stored(CronScheduleBuilder.cronSchedule("0 0 6 5 * ?")
                .withMisfireHandlingInstructionFireAndProceed());

        assertThat(PipelineScheduler.next(monthly, NOW)).startsWith("due now (missed at ").endsWith(" while stopped)");
    }

    @Test
    void aTriggerStillAheadIsToldAsItIs() {
        OperableTrigger monthly = stored(CronScheduleBuilder.cronSchedule("0 0 6 5 * ?")
                .withMisfireHandlingInstructionFireAndProceed());

        assertThat(PipelineScheduler.next(monthly, BEFORE_THE_STOP))
                .isEqualTo("next at " + monthly.getNextFireTime());
    }

    private static OperableTrigger stored(CronScheduleBuilder schedule) {
        OperableTrigger trigger = (OperableTrigger) TriggerBuilder.newTrigger().withSchedule(schedule)
                .startAt(BEFORE_THE_STOP).build();
        trigger.computeFirstFireTime(null);
        return trigger;
    }
}
