package uk.gov.bestvalue.returns.notify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import uk.gov.bestvalue.returns.definitions.PipelineDefinitions;
import uk.gov.bestvalue.returns.returntypes.CheckedRow;
import uk.gov.bestvalue.returns.returntypes.ReturnReader;
import uk.gov.bestvalue.returns.rules.Finding;

/** The findings the project's checker makes on a file, read as {@code check} reads it (no Spring, no database). */
final class SampleFindings {

    static final Path SAMPLES = Path.of("input-samples");
    static final ReturnReader.Opener OPENER = PipelineDefinitions.load(Path.of("jobs"), Long.MAX_VALUE).opener();

    private SampleFindings() {
    }

    static List<Finding> of(Path file) throws Exception {
        List<Finding> findings = new ArrayList<>();
        try (ReturnReader reader = OPENER.open(file)) {
            for (CheckedRow row; (row = reader.next()) != null; ) {
                findings.addAll(row.findings());
            }
        }
        return findings;
    }

    /** The cells {@code input-samples/expected/findings-*.csv} lists for a sample, as {@code rule,severity,cell}. */
    static List<String> expected(String fileName) throws IOException {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(SAMPLES.resolve("expected"))) {
            for (Path csv : files.filter(p -> p.getFileName().toString().startsWith("findings-")).sorted().toList()) {
                for (String line : Files.readAllLines(csv)) {
                    String[] parts = line.split(",");
                    if (parts[0].equals(fileName) && parts.length == 4) { // a 5th column marks publish-time checks
                        lines.add(parts[1] + "," + parts[2] + "," + parts[3]);
                    }
                }
            }
        }
        return lines;
    }
}
