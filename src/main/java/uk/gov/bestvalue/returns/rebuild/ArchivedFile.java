package uk.gov.bestvalue.returns.rebuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import uk.gov.bestvalue.returns.intake.Sha256;

/** A file the warehouse received, where it was stored and the sha-256 it had when it was received. */
record ArchivedFile(long loadBatchId, String fileName, String sha256, Path storedAs) {

    /** Why the stored file cannot be replayed (missing, or not the file received), or null when it can. */
    String problem() throws IOException {
        if (!Files.isRegularFile(storedAs)) {
            return "missing: " + storedAs;
        }
        String now = Sha256.of(storedAs);
        return now.equals(sha256) ? null : "sha-256 is " + now + ", not the " + sha256 + " received";
    }
}
