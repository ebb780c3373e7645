package uk.gov.bestvalue.returns.streaming;

import org.springframework.core.task.TaskExecutor;

/** Starts read-aheads, each on a thread of one Spring {@link TaskExecutor}. */
public final class ReadAheads {

    private final TaskExecutor executor;

    /** On {@code executor}, which must run each task on a thread other than the caller's, at once. */
    public ReadAheads(TaskExecutor executor) {
        this.executor = executor;
    }

    /**
     * Starts producing the source's items, {@code batchSize} at a time and at most {@code batches} batches ahead of
     * the caller, on a thread named {@code name} while it runs.
     */
    public <T> ReadAhead<T> start(String name, int batchSize, int batches, ReadAhead.Source<T> source) {
        return new ReadAhead<>(executor, source, batchSize, batches, name);
    }
}
