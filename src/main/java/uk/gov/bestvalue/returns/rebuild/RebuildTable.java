package uk.gov.bestvalue.returns.rebuild;

import java.io.PrintStream;
import java.util.List;

/** The comparison a rebuild prints: per table, the live and rebuilt row counts and whether the checksums agree. */
final class RebuildTable {

    private RebuildTable() {
    }

    /** Prints the table; true when every table is equal. */
    static boolean print(List<TableChecksum> live, List<TableChecksum> rebuilt, PrintStream out) {
        out.printf("%-24s %10s %13s  %s%n", "table", "live rows", "rebuilt rows", "checksum equal");
        boolean allEqual = true;
        for (int i = 0; i < live.size(); i++) {
            TableChecksum a = live.get(i);
            TableChecksum b = rebuilt.get(i);
            boolean equal = a.sameAs(b);
            allEqual &= equal;
            out.printf("%-24s %10d %13d  %s%n", a.table(), a.rows(), b.rows(), equal ? "yes" : "NO");
        }
        out.println(allEqual ? "All " + live.size() + " tables equal."
                : "Different: " + String.join(", ", live.stream().filter(t -> !t.sameAs(rebuilt.get(live.indexOf(t))))
                        .map(TableChecksum::table).toList()) + ".");
        return allEqual;
    }
}
