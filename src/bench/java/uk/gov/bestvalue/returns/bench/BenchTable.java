package uk.gov.bestvalue.returns.bench;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints the benchmark's results as a table, then what they mean: check's start-up against a plain JVM's, our read
 * against the parser and byte floors, the end-to-end rate as a share of the database floors, and the ledger's ratios.
 * The ledger's stages are compared with reading the ledger (their floor), the others with the parser floor.
 */
public final class BenchTable {

    private static final String ROW = "%-30s %10s %12s %14s %14s  %s%n";

    private final List<StageResult> results;
    private final StartupStage.Result startup;

    /** The stages' results, and the start-up's (null when it was not measured). */
    public BenchTable(List<StageResult> results, StartupStage.Result startup) {
        this.results = results;
        this.startup = startup;
    }

    /** Prints the table and the ratios below it. */
    public void print(PrintStream out) {
        Optional<StageResult> parserFloor = parserFloor();
        Double floor = parserFloor.map(StageResult::seconds).orElse(null);
        Double ledgerRead = seconds(BenchCommand.LEDGER_READ);
        out.printf(Locale.ROOT, ROW, "stage", "seconds", "rows/s", "x parser floor", "peak heap MB", "");
        for (StageResult r : results) {
            out.printf(Locale.ROOT, ROW, r.name(), r.finished() ? format("%.3f", r.seconds()) : "-",
                    r.finished() ? format("%,.0f", r.rowsPerSecond()) : "-",
                    multiple(r.seconds(), r.name().startsWith("ledger") ? ledgerRead : floor),
                    format("%.0f", r.peakHeapMb()), r.note() == null ? "" : r.note());
        }
        if (startup != null) {
            out.println(startup.describe());
        }
        Double read = seconds(ReadStages.READ);
        out.println("read / parser floor" + parserFloor.map(r -> " (" + r.name().substring(ReadStages.PARSER_FLOOR
                .length()) + ")").orElse("") + ": " + multiple(read, floor) + " (target: at most 1.5)");
        out.println("read / byte floor: " + multiple(read, seconds(ReadStages.BYTE_FLOOR)));
        Double endToEnd = seconds(BenchCommand.END_TO_END);
        out.println("end to end: " + rate(BenchCommand.END_TO_END) + " rows/s; "
                + share(endToEnd, BenchCommand.DATABASE_FLOOR) + " of the database floor (batched insert), "
                + share(endToEnd, BenchCommand.LOAD_DATA_FLOOR) + " of the database floor (LOAD DATA)");
        out.println("peak heap: " + results.stream().filter(StageResult::finished)
                .max(Comparator.comparingDouble(StageResult::peakHeapMb))
                .map(r -> format("%.0f MB", r.peakHeapMb()) + " (" + r.name() + ")").orElse("n/a")
                + format(", of a maximum of %d MB", Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        if (ledgerRead == null) {
            return;
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
                + (reconciliation == null || load == null ? "n/a" : multiple(load + reconciliation, ledgerRead)));
        Double ledgerFloor = seconds(BenchCommand.LEDGER_FLOOR);
        out.println("ledger load rate as a share of the ledger database floor's rate: "
                + (load == null || ledgerFloor == null ? "n/a" : format("%.0f%%", 100 * ledgerFloor / load)));
    }

    /** The fastest of the parser floors that finished. */
    private Optional<StageResult> parserFloor() {
        return results.stream().filter(r -> r.name().startsWith(ReadStages.PARSER_FLOOR) && r.finished())
                .min(Comparator.comparingDouble(StageResult::seconds));
    }

    private String rate(String stage) {
        return results.stream().filter(r -> r.name().equals(stage) && r.finished()).findFirst()
                .map(r -> format("%,.0f", r.rowsPerSecond())).orElse("n/a");
    }

    private String share(Double seconds, String floorStage) {
        Double floor = seconds(floorStage);
        return seconds == null || floor == null || seconds <= 0 ? "n/a" : format("%.0f%%", 100 * floor / seconds);
    }

    private static String multiple(Double seconds, Double of) {
        return seconds == null || of == null || of <= 0 ? "n/a" : format("%.2f", seconds / of);
    }

    private Double seconds(String stage) {
        return results.stream().filter(r -> r.name().equals(stage)).findFirst().map(StageResult::seconds).orElse(null);
    }

    private static String format(String pattern, Object value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
