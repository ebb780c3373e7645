package uk.gov.bestvalue.returns.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;

/**
 * Items read ahead come out in the source's order, its failure (an Error too) after the items before it, never as an
 * end, and no further than asked.
 */
class ReadAheadTests {

    private final ReadAheads readAheads = new ReadAheads(new SimpleAsyncTaskExecutor("test-"));

    @Test
    void handsOutEveryItemInOrderThenNull() {
        // given a source of 1,003 numbers, read ahead in batches of 10
        try (ReadAhead<Integer> ahead = readAheads.start("numbers", 10, 2, sink -> {
            for (int i = 1; i <= 1_003; i++) {
                sink.accept(i);
            }
        })) {
            // when every item is taken
            List<Integer> taken = takeAll(ahead);

            // then they are the source's, in its order, and the end stays the end
            assertThat(taken).hasSize(1_003).startsWith(1, 2, 3).endsWith(1_003).isSorted();
            assertThat(ahead.next()).isNull();
        }
    }

    @Test
    void aFailureOfTheSourceComesAfterTheItemsReadBeforeIt() {
        // given a source that fails on its sixth item
        try (ReadAhead<Integer> ahead = readAheads.start("failing", 4, 2, sink -> {
            for (int i = 1; i <= 5; i++) {
                sink.accept(i);
            }
            throw new IOException("the zip ends early");
        })) {
            // when the items are taken, then the five come first, then the failure, as the caller's own
            for (int i = 1; i <= 5; i++) {
                assertThat(ahead.next()).isEqualTo(i);
            }
            assertThatThrownBy(ahead::next).isInstanceOf(UncheckedIOException.class).hasMessageContaining("ends early");
        }
    }

    @Test
    void anErrorPartWayFailsTheCallerRatherThanEndingTheItems() {
        // given a source that runs out of stack at its 25th item
        try (ReadAhead<Integer> ahead = readAheads.start("erring", 10, 2, sink -> {
            for (int i = 1; i < 25; i++) {
                sink.accept(i);
            }
            throw new StackOverflowError("at item 25");
        })) {
            // when the items are taken, then the 24 come, and then the Error itself, never the end
            List<Integer> taken = new ArrayList<>();
            assertThatThrownBy(() -> {
                for (Integer item = ahead.next(); item != null; item = ahead.next()) {
                    taken.add(item);
                }
            }).isInstanceOf(StackOverflowError.class).hasMessage("at item 25");
            assertThat(taken).hasSize(24).endsWith(24);
        }
    }

    @Test
    void readsNoFurtherThanItsBatchesAheadAndStopsWhenClosed() throws InterruptedException {
        // given an endless source, read ahead two batches of 5 while nothing is taken
        AtomicInteger read = new AtomicInteger();
        ReadAhead<Integer> ahead = readAheads.start("endless", 5, 2, sink -> {
            while (true) {
                sink.accept(read.incrementAndGet());
            }
        });
        Thread.sleep(200);

        // then it holds at most the two batches and the one it is filling
        assertThat(read.get()).isLessThanOrEqualTo(3 * 5);

        // when it is closed, then its thread has stopped reading
        ahead.close();
        int atClose = read.get();
        Thread.sleep(150);
        assertThat(read.get()).isEqualTo(atClose);
    }

    @Test
    void anExecutorThatRunsOnTheCallersThreadIsRefusedRatherThanHanging() {
        // given an executor that would run the source on the caller's own thread
        ReadAheads inline = new ReadAheads(new SyncTaskExecutor());

        // when a read-ahead is started on it, then the first item asked for says why, instead of waiting for ever
        try (ReadAhead<Integer> ahead = inline.start("inline", 5, 2, sink -> sink.accept(1))) {
            assertThatThrownBy(ahead::next).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("another thread");
        }
    }

    private static List<Integer> takeAll(ReadAhead<Integer> ahead) {
        List<Integer> taken = new ArrayList<>();
        for (Integer item = ahead.next(); item != null; item = ahead.next()) {
            taken.add(item);
        }
        return taken;
    }
}
