package uk.gov.bestvalue.returns.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Rows read ahead come out in the source's order, its failure after the rows before it, and no further than asked. */
class ReadAheadTests {

    @Test
    void handsOutEveryItemInOrderThenNull() {
        // given a source of 1,003 numbers, read ahead in batches of 10
        AtomicInteger counter = new AtomicInteger();
        try (ReadAhead<Integer> ahead = new ReadAhead<>(() -> counter.get() < 1_003 ? counter.incrementAndGet() : null,
                10, 2, "test")) {
            // when every item is taken
            List<Integer> taken = new ArrayList<>();
            for (Integer item = ahead.next(); item != null; item = ahead.next()) {
                taken.add(item);
            }

            // then they are the source's, in its order, and the end stays the end
            assertThat(taken).hasSize(1_003).startsWith(1, 2, 3).endsWith(1_003).isSorted();
            assertThat(ahead.next()).isNull();
        }
    }

    @Test
    void aFailureOfTheSourceComesAfterTheItemsReadBeforeIt() {
        // given a source that fails on its sixth item
        AtomicInteger counter = new AtomicInteger();
        try (ReadAhead<Integer> ahead = new ReadAhead<>(() -> {
            if (counter.incrementAndGet() == 6) {
                throw new IOException("the zip ends early");
            }
            return counter.get();
        }, 4, 2, "test")) {
            // when the items are taken, then the five come first, then the failure, as the caller's own
            for (int i = 1; i <= 5; i++) {
                assertThat(ahead.next()).isEqualTo(i);
            }
            assertThatThrownBy(ahead::next).isInstanceOf(UncheckedIOException.class).hasMessageContaining("ends early");
        }
    }

    @Test
    void readsNoFurtherThanItsBatchesAheadAndStopsWhenClosed() throws InterruptedException {
        // given an endless source, read ahead two batches of 5 while nothing is taken
        AtomicInteger read = new AtomicInteger();
        ReadAhead<Integer> ahead = new ReadAhead<>(read::incrementAndGet, 5, 2, "test");
        Thread.sleep(200);

        // then it holds at most the two batches and the one it is filling
        assertThat(read.get()).isLessThanOrEqualTo(3 * 5);

        // when it is closed, then its thread has stopped reading
        ahead.close();
        int atClose = read.get();
        Thread.sleep(150);
        assertThat(read.get()).isEqualTo(atClose);
    }
}
