package uk.gov.bestvalue.returns.streaming;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.springframework.core.task.TaskExecutor;

/**
 * Items of a source produced on a thread of a {@link TaskExecutor}, a few batches ahead of the caller, and handed
 * out in the source's order: a file is read and checked, or a ledger matched, while the caller's thread writes what
 * came before, instead of the two taking turns. The queue is bounded, so memory stays that of a few batches.
 * <p>
 * Whatever ends the source early, an {@link Error} (out of memory, out of stack) as much as an exception, reaches the
 * caller after the items produced before it, as if it had read them itself: the caller never sees a failed source
 * end as if it were complete, which would save a part as the whole.
 */
public final class ReadAhead<T> implements AutoCloseable {

    /** How long the caller waits for a batch before it looks whether the producing thread is still there. */
    private static final long POLL_MILLIS = 100;

    /** What is read ahead: hands every item to the sink in order; the sink throws once the caller has stopped. */
    @FunctionalInterface
    public interface Source<T> {
        void produce(Consumer<T> sink) throws Exception;
    }

    /** A batch produced, and what ended the source (its end or its failure) when it is the last. */
    private record Batch<T>(List<T> items, boolean last, Throwable failure) {
    }

    /** Thrown into the source by the sink once the caller has stopped, to end it; not a failure. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("The read-ahead was closed", null, false, false);
        }
    }

    private final BlockingQueue<Batch<T>> queue;
    private final int batchSize;
    private final Thread caller = Thread.currentThread();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopped;
    /** The batch being filled, the producing thread's alone. */
    private List<T> filling;
    private Batch<T> current;
    private int next;

    ReadAhead(TaskExecutor executor, Source<T> source, int batchSize, int batches, String name) {
        this.queue = new ArrayBlockingQueue<>(batches);
        this.batchSize = batchSize;
        executor.execute(() -> runNamed(source, name));
    }

    /** The next item, null after the last; rethrows the source's failure in its place. */
    public T next() {
        while (current == null || next == current.items().size()) {
            if (current != null && current.last()) {
                if (current.failure() != null) {
                    throw rethrown(current.failure());
                }
                return null;
            }
            current = take();
            next = 0;
        }
        return current.items().get(next++);
    }

    /** Stops reading ahead and waits for the source to be let go of (the caller then closes what it reads). */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runNamed(Source<T> source, String name) {
        Thread thread = Thread.currentThread();
        String executorName = thread.getName();
        thread.setName(name);
        try {
            if (thread == caller) {
                // the caller would wait for room in a queue only it can empty
                put(new Batch<>(List.of(), true,
                        new IllegalStateException("A read-ahead needs an executor that runs it on another thread")));
            } else {
                run(source);
            }
        } finally {
            thread.setName(executorName);
            finished.countDown();
        }
    }

    private void run(Source<T> source) {
        filling = new ArrayList<>(batchSize);
        try {
            source.produce(this::add);
            put(new Batch<>(filling, true, null));
        } catch (Stopped e) {
            // the caller has closed: nobody takes what would follow
        } catch (Throwable e) {
            // an Error too: ending normally would hand the caller a part of the source as the whole of it
            put(new Batch<>(filling, true, e));
        }
    }

    private void add(T item) {
        if (stopped) {
            throw new Stopped();
        }
        filling.add(item);
        if (filling.size() == batchSize) {
            put(new Batch<>(filling, false, null));
            filling = new ArrayList<>(batchSize);
        }
    }

    private void put(Batch<T> batch) {
        try {
            while (!stopped && !queue.offer(batch, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                // the caller is busy writing; wait for room, unless it has stopped taking
            }
        } catch (InterruptedException e) {
            // the executor is shutting down: the caller finds the thread gone without an end (see take)
            Thread.currentThread().interrupt();
            stopped = true;
        }
        if (stopped && !batch.last()) {
            throw new Stopped();
        }
    }

    private Batch<T> take() {
        try {
            while (true) {
                Batch<T> batch = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (batch != null) {
                    return batch;
                }
                if (finished.getCount() == 0 && queue.isEmpty()) {
                    throw new IllegalStateException("The read-ahead's thread ended without handing over its end");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the items read ahead", e);
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException("Reading ahead failed: " + failure.getMessage(), failure);
    }
}
