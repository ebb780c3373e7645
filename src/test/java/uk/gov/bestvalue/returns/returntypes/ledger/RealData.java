package uk.gov.bestvalue.returns.returntypes.ledger;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder of published spend ledgers (as their publishers released them, not kept in this repository: their
 * licences are not all stated) that the real-data tests read: named by {@code -Dreturns.realdata=DIR} or the
 * environment variable {@code RETURNS_REALDATA}. Without it those tests are skipped, and say so in the test output.
 */
final class RealData {

    static final String PROPERTY = "returns.realdata";

    private RealData() {
    }

    /** The folder, or the test is skipped with the reason printed on standard error and in the test report. */
    static Path folder(String test) {
        String named = System.getProperty(PROPERTY, System.getenv("RETURNS_REALDATA"));
        Path folder = named == null || named.isBlank() ? null : Path.of(named);
        boolean present = folder != null && Files.isDirectory(folder);
        String why = test + " skipped: it reads published spend ledgers from a folder outside the repository; run it "
                + "with mvn test -D" + PROPERTY + "=<folder> (or RETURNS_REALDATA=<folder>)"
                + (folder == null ? "" : ": " + folder + " is not a folder");
        if (!present) {
            System.err.println(why);
        }
        assumeTrue(present, why);
        return folder;
    }
}
