package uk.gov.bestvalue.returns.bench;

/**
 * One thing the benchmark times: untimed preparation, the timed body (which returns how many rows it
 * handled, so that the work cannot be skipped) and untimed clean-up.
 */
public record Stage(String name, Step prepare, Body body, Step cleanUp) {

    /** Untimed work around a run. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    /** The timed work; returns the rows handled. */
    @FunctionalInterface
    public interface Body {
        long run() throws Exception;
    }

    /** A stage with nothing to prepare or clean up. */
    public static Stage of(String name, Body body) {
        return new Stage(name, () -> { }, body, () -> { });
    }
}
