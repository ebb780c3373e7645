package uk.gov.bestvalue.returns.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How often a stage runs, and which runs its median is taken over. */
class BenchRunsTests {

    @Test
    void theStandardWarmsUpOnceAndTakesTheMedianOfThreeWithoutTheWarmUp() {
        // the warm-up (first, and slowest) is left out: the median of 2.0, 1.0 and 3.0
        assertThat(BenchRuns.STANDARD.median(List.of(9.0, 2.0, 1.0, 3.0))).isEqualTo(2.0);
        assertThat(BenchRuns.STANDARD.complete(List.of(9.0, 2.0, 1.0))).isFalse();
        assertThat(BenchRuns.STANDARD.complete(List.of(9.0, 2.0, 1.0, 3.0))).isTrue();
        assertThat(BenchRuns.STANDARD.describe()).isEqualTo("each stage warmed up once, then the median of 3 timed runs");
    }

    @Test
    void aSingleRunWithoutWarmUpIsItsOwnMedian() {
        BenchRuns once = new BenchRuns(false, 1);

        assertThat(once.median(List.of(370.5))).isEqualTo(370.5);
        assertThat(once.complete(List.of(370.5))).isTrue();
        assertThat(once.describe()).isEqualTo("no warm-up; each stage timed once");
    }

    @Test
    void atLeastOneRunIsTimed() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BenchRuns(true, 0))
                .withMessage("--runs must be at least 1, not 0");
    }
}
