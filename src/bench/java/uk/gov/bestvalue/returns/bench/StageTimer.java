package uk.gov.bestvalue.returns.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import com.sun.management.HotSpotDiagnosticMXBean;

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

    /**
     * Keeps the full collection before each run from giving the heap back to the operating system: the next run would
     * then grow it again and fault every page in afresh as it allocates, a cost of the benchmark, not of the stage (our
     * read of 100,000 rows took 1.0 s that way against 0.6 s, while the parser floor, which allocates little, was
     * unchanged). Called first thing in each reading stage's JVM (set later, the heap has already shrunk during the
     * warm-up). Not in the benchmark's own JVM, whose peak heap figures would then show what the JVM kept rather than
     * what its stages needed (the ledger load's went from about 500 MB to 2,400 MB at 100,000 lines).
     */
    static void keepHeapCommitted() {
        try {
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).setVMOption("MaxHeapFreeRatio", "100");
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // not a HotSpot JVM, or one that does not let this be set: the runs are timed as before
        }
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
