package uk.gov.bestvalue.returns.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a stage once to warm up, then three times timed (or as {@link BenchRuns} says), and keeps the median time and
 * the peak heap. A stage whose first timed run takes over {@value #LONG_RUN_SECONDS} s is timed once: the JIT has long
 * settled within such a run, and two more would only lengthen the benchmark (POI's usermodel at 100,000 rows).
 */
public final class StageTimer {

    private static final double MB = 1024.0 * 1024.0;
    static final long LONG_RUN_SECONDS = 10;

    private final int rows;
    private final BenchRuns runs;
    /** Rows handled by the last run, so the JIT cannot treat the work as dead. */
    private long handled;

    /** A timer for stages over {@code rows} data rows, run as often as {@code runs} says. */
    public StageTimer(int rows, BenchRuns runs) {
        this.rows = rows;
        this.runs = runs;
    }

    /** Times a stage; a stage that runs out of memory or fails is reported as such rather than stopping the rest. */
    public StageResult time(Stage stage) {
        List<Double> seconds = new ArrayList<>();
        long peak = 0;
        for (int run = runs.warmUp() ? -1 : 0; run < runs.timed(); run++) {
            try {
                stage.prepare().run();
                System.gc();
                try (HeapSampler heap = HeapSampler.start()) {
                    long start = System.nanoTime();
                    handled += stage.body().run();
                    long elapsed = System.nanoTime() - start;
                    if (run >= 0) {
                        seconds.add(elapsed / 1e9);
                        peak = Math.max(peak, heap.peakBytes());
                    }
                }
                if (run >= 0 && seconds.get(0) > LONG_RUN_SECONDS) {
                    break;
                }
            } catch (OutOfMemoryError e) {
                System.gc();
                return new StageResult(stage.name(), null, rows, peak / MB,
                        "out of memory at -Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m");
            } catch (Exception e) {
                return new StageResult(stage.name(), null, rows, peak / MB, "failed: " + e);
            } finally {
                cleanUp(stage);
            }
        }
        return new StageResult(stage.name(), BenchRuns.medianOf(seconds), rows, peak / MB,
                seconds.size() < runs.timed() ? "timed once: a run takes over " + LONG_RUN_SECONDS + " s" : null);
    }

    long handled() {
        return handled;
    }

    private static void cleanUp(Stage stage) {
        try {
            stage.cleanUp().run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not clean up after stage " + stage.name(), e);
        }
    }
}
