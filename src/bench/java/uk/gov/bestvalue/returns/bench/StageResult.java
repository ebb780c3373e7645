package uk.gov.bestvalue.returns.bench;

/**
 * How a stage did: the median seconds of its timed runs and the highest heap use seen during them;
 * {@code seconds} is null, with a note saying why, when the stage could not finish.
 */
public record StageResult(String name, Double seconds, long rows, double peakHeapMb, String note) {

    /** Rows handled per second, or null when the stage did not finish. */
    public Double rowsPerSecond() {
        return seconds == null || seconds <= 0 ? null : rows / seconds;
    }

    /** The same result with a note (e.g. where the time went). */
    public StageResult withNote(String text) {
        return new StageResult(name, seconds, rows, peakHeapMb, text);
    }

    public boolean finished() {
        return seconds != null;
    }
}
