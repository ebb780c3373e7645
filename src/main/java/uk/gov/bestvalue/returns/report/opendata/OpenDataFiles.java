package uk.gov.bestvalue.returns.report.opendata;

import java.nio.file.Path;
import java.util.List;

/**
 * The files one run of the open-data exports wrote for a period: those to publish, and the internal lineage files
 * beside them (source file, sheet and row of every published line: for audit, not for publication).
 *
 * @param contracts         the Transparency Code "contracts over £5,000" CSV
 * @param contractsLineage  its lineage (internal)
 * @param grantsSpreadsheet the 360Giving spreadsheet
 * @param grantsJson        the 360Giving JSON package
 * @param grantsLineage     their lineage (internal)
 * @param contractCount     contracts published
 * @param grantCount        grants published
 */
public record OpenDataFiles(Path contracts, Path contractsLineage, Path grantsSpreadsheet, Path grantsJson,
                            Path grantsLineage, int contractCount, int grantCount) {

    /** The files to publish. */
    public List<Path> published() {
        return List.of(contracts, grantsSpreadsheet, grantsJson);
    }

    /** The files to keep inside the council. */
    public List<Path> internal() {
        return List.of(contractsLineage, grantsLineage);
    }
}
