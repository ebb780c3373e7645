package uk.gov.bestvalue.returns.intake;

import uk.gov.bestvalue.returns.warehouse.LoadBatch;

/** What became of one file, for the summary a person reads after a run. */
public record SubmissionOutcome(String fileName, String returnType, String directorate, String period, Integer rowsRead,
                                Integer rowsLoaded, Integer rowsWithFindings, Integer errors, Integer warnings,
                                String status, String storedAs, String reason) {

    /** The outcome a load batch records. */
    public static SubmissionOutcome of(LoadBatch batch) {
        String status = switch (batch.status()) {
            case CURRENT, SUPERSEDED -> batch.rowsWithFindings() != null && batch.rowsWithFindings() > 0
                    ? "loaded with findings" : "loaded";
            default -> batch.status().name().toLowerCase();
        };
        return new SubmissionOutcome(batch.fileName(), batch.returnType(), batch.directorateId(), batch.period(),
                batch.rowsRead(), batch.rowsLoaded(), batch.rowsWithFindings(), batch.errors(), batch.warnings(),
                status, batch.storedAs(), batch.reason());
    }
}
