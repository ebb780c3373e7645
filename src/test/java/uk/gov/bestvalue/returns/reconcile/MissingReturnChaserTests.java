package uk.gov.bestvalue.returns.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.gov.bestvalue.returns.config.JobDefinitions;

/** R6's deadline: the deadline day of schedule.yml in the month after the period. */
class MissingReturnChaserTests {

    private final MissingReturnChaser chaser = new MissingReturnChaser(null, null, null, null,
            ReconcileSettings.load(new JobDefinitions(Path.of("jobs"))), java.time.Clock.systemDefaultZone());

    @Test
    void aMonthsReturnsAreDueOnTheDeadlineDayOfTheNextMonth() {
        assertThat(chaser.deadline("2016-01")).isEqualTo(LocalDate.of(2016, 2, 3));
        assertThat(chaser.deadline("2015-12")).isEqualTo(LocalDate.of(2016, 1, 3));
    }
}
