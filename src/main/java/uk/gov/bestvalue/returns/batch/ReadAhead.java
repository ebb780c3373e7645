package uk.gov.bestvalue.returns.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Items of a source taken on a thread of its own, a few batches ahead of the caller, and handed out in the source's
 * order: the file is read and checked while the step's thread writes the rows before them, instead of the two
 * taking turns. The queue is bounded, so memory stays that of a few batches. A failure of the source reaches the
 * caller after the items read before it, as if it had read them itself.
 */
final class ReadAhead<T> implements AutoCloseable {

    /** What is read ahead: the next item, null after the last. */
    @FunctionalInterface
    interface Source<T> {
        T next() throws IOException;
    }

    /** A batch taken from the source, and what ended it (the source's end or failure) when it is the last. */
    private record Batch<T>(List<T> items, boolean last, Throwable failure) {
    }

    private final BlockingQueue<Batch<T>> queue;
    private final Thread thread;
    private volatile boolean stopped;
    private Batch<T> current;
    private int next;

    /** Starts taking items from the source, {@code batchSize} at a time, at most {@code batches} ahead. */
    ReadAhead(Source<T> source, int batchSize, int batches, String name) {
        this.queue = new ArrayBlockingQueue<>(batches);
        this.thread = new Thread(() -> run(source, batchSize), name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The next item, null after the last; rethrows the source's failure in its place. */
    T next() {
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

    /** Stops reading ahead and waits for the thread to let go of the source (which the caller then closes). */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(Source<T> source, int batchSize) {
        List<T> items = new ArrayList<>(batchSize);
        try {
            for (T item = source.next(); item != null && !stopped; item = source.next()) {
                items.add(item);
                if (items.size() == batchSize) {
                    put(new Batch<>(items, false, null));
                    items = new ArrayList<>(batchSize);
                }
            }
            put(new Batch<>(items, true, null));
        } catch (IOException | RuntimeException | Error e) {
            put(new Batch<>(items, true, e));
        }
    }

    private void put(Batch<T> batch) {
        try {
            while (!stopped && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                // the caller is busy writing; wait for room, unless it has stopped taking
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    private Batch<T> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the rows read ahead", e);
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return (RuntimeException) failure;
    }
}
