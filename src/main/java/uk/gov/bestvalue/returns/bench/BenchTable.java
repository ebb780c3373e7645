package uk.gov.bestvalue.returns.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Prints the benchmark's results as a table, then the ratios to the floors. The ledger's stages are compared with
 * reading the ledger (their floor), the others with the floor of reading the return.
 */
public final class BenchTable {

    private static final String ROW = "%-26s %10s %12s %12s %14s  %s%n";

    private final List<StageResult> results;

    public BenchTable(List<StageResult> results) {
        this.results = results;
    }

    /** Prints the table; the last two lines are the read and end-to-end ratios to the floor. */
    public void print(PrintStream out) {
        Double floor = seconds("floor");
        Double ledgerRead = seconds(BenchCommand.LEDGER_READ);
        out.printf(Locale.ROOT, ROW, "stage", "seconds", "rows/s", "floor/stage", "peak heap MB", "");
        for (StageResult r : results) {
            out.printf(Locale.ROOT, ROW, r.name(), r.finished() ? format("%.3f", r.seconds()) : "-",
                    r.finished() ? format("%,.0f", r.rowsPerSecond()) : "-", ratio(r.name().startsWith("ledger") ? ledgerRead : floor, r.seconds()),
                    format("%.0f", r.peakHeapMb()), r.note() == null ? "" : r.note());
        }
        Double reconciliation = seconds(BenchCommand.LEDGER_RECONCILIATION);
        out.println("ledger reconciliation time as a multiple of the ledger read's: "
                + multiple(reconciliation, ledgerRead) + " (target: under 2)");
        Double rematch = seconds(BenchCommand.LEDGER_REMATCH);
        out.println("ledger re-match (the month's returns changed since the ledger) as a multiple of the ledger read's: "
                + multiple(rematch, ledgerRead));
        Double readBack = seconds(BenchCommand.LEDGER_READ_BACK);
        out.println("ledger read back from the warehouse as a multiple of the ledger read's: "
                + multiple(readBack, ledgerRead));
        out.println("ledger re-match time as a multiple of the read back's: " + multiple(rematch, readBack));
        Double load = seconds(BenchCommand.LEDGER_LOAD);
        out.println("ledger load and reconciliation as a multiple of the ledger read's: "
                + (reconciliation == null || load == null || ledgerRead == null || ledgerRead <= 0 ? "n/a"
                : format("%.2f", (load + reconciliation) / ledgerRead)));
        Double ledgerFloor = seconds(BenchCommand.LEDGER_FLOOR);
        out.println("ledger load rate as a share of the ledger database floor's rate: "
                + (load == null || ledgerFloor == null ? "n/a" : format("%.0f%%", 100 * ledgerFloor / load)));
        Double endToEnd = seconds("ours, end to end");
        Double database = seconds("database floor");
        out.println("end-to-end rate as a share of the database floor's rate: "
                + (endToEnd == null || database == null ? "n/a" : format("%.0f%%", 100 * database / endToEnd)));
        out.println("ratio read/floor: " + ratio(floor, seconds("ours, read only")));
        out.println("ratio end-to-end/floor: " + ratio(floor, endToEnd));
    }

    private static String multiple(Double seconds, Double of) {
        return seconds == null || of == null || of <= 0 ? "n/a" : format("%.2f", seconds / of);
    }

    private Double seconds(String stage) {
        return results.stream().filter(r -> r.name().equals(stage)).findFirst().map(StageResult::seconds).orElse(null);
    }

    private static String ratio(Double floor, Double seconds) {
        return floor == null || seconds == null || seconds <= 0 ? "n/a" : format("%.2f", floor / seconds);
    }

    private static String format(String pattern, Object value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
