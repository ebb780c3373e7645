package uk.gov.bestvalue.returns.notify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import uk.gov.bestvalue.returns.JobDefinitions;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.returns.CheckedRow;
import uk.gov.bestvalue.returns.returns.ReturnReader;
import uk.gov.bestvalue.returns.returns.ReturnTypes;
import uk.gov.bestvalue.returns.returns.disposals.DisposalsReturn;
import uk.gov.bestvalue.returns.returns.grants.GrantsReturn;
import uk.gov.bestvalue.returns.returns.ledger.CapitalReceiptsReturn;
import uk.gov.bestvalue.returns.returns.ledger.SpendLedgerReturn;
import uk.gov.bestvalue.returns.returns.milestones.MilestonesReturn;
import uk.gov.bestvalue.returns.returns.procurement.ProcurementReturn;
import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnRecognizer;

/** The findings the project's checker makes on a file, read as {@code check} reads it (no Spring, no database). */
final class SampleFindings {

    static final Path SAMPLES = Path.of("input-samples");
    private static final JobDefinitions DEFINITIONS = new JobDefinitions(Path.of("jobs"));
    private static final RuleSettings SETTINGS = RuleSettings.load(DEFINITIONS);
    static final ReturnReader.Opener OPENER = new ReturnReader.Opener(
            new ReturnRecognizer(ReturnCatalog.load(DEFINITIONS), OwnersDirectory.load(DEFINITIONS)),
            new ReturnTypes(List.of(new ProcurementReturn(), new GrantsReturn(SETTINGS), new DisposalsReturn(),
                    new MilestonesReturn(SETTINGS), new SpendLedgerReturn(), new CapitalReceiptsReturn())),
            SETTINGS, Long.MAX_VALUE);

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
