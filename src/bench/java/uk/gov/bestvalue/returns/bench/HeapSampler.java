package uk.gov.bestvalue.returns.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples the heap in use every 10 ms on a daemon thread and keeps the highest value seen. */
public final class HeapSampler implements AutoCloseable {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapSampler() {
        peak = used();
        thread = new Thread(this::sample, "bench-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts sampling now. */
    public static HeapSampler start() {
        return new HeapSampler();
    }

    /** The highest heap use seen so far, in bytes. */
    public long peakBytes() {
        return Math.max(peak, used());
    }

    /** The heap in use now, in bytes. */
    public static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, used());
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
