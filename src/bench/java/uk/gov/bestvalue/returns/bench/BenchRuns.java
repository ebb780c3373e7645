package uk.gov.bestvalue.returns.bench;

import java.util.List;

/**
 * How often each stage runs: warmed up once (untimed) and timed three times by default, the median kept. At a
 * million rows a ledger stage takes minutes and the JIT has long warmed up within it, so {@code --no-warm-up}
 * and {@code --runs 1} make such a run fit an afternoon; the table's heading says which was used.
 *
 * @param warmUp whether an untimed run comes first
 * @param timed  how many runs are timed (at least one)
 */
public record BenchRuns(boolean warmUp, int timed) {

    /** The standard: one warm-up, the median of three. */
    public static final BenchRuns STANDARD = new BenchRuns(true, 3);

    public BenchRuns {
        if (timed < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, not " + timed);
        }
    }

    /** The median of the timed runs' values, given every run's in order (the warm-up's first, when there is one). */
    public double median(List<Double> everyRun) {
        return medianOf(everyRun.subList(warmUp ? 1 : 0, everyRun.size()));
    }

    /** The middle value (of an even number, the upper of the two in the middle). */
    static double medianOf(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** How many times each stage runs, the warm-up included. */
    public int total() {
        return (warmUp ? 1 : 0) + timed;
    }

    /** Whether values of every run, in order, include all the timed runs. */
    public boolean complete(List<?> everyRun) {
        return everyRun.size() >= total();
    }

    /** For the table's heading. */
    public String describe() {
        return (warmUp ? "each stage warmed up once, then " : "no warm-up; each stage ")
                + (timed == 1 ? "timed once" : "the median of " + timed + " timed runs");
    }
}
