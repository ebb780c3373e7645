package uk.gov.bestvalue.returns.warehouse;

import java.time.Instant;

/** One received file's lineage record, as the {@code load_batch} table holds it. */
public record LoadBatch(long id, String fileName, String sha256, long fileBytes, Instant receivedAt,
                        LoadStatus status, String reason, String returnType, String directorateId, String period,
                        String sourceSheet, Integer headerRow, String submittedBy, String contactEmail,
                        Integer rowsRead, Integer rowsLoaded, Integer rowsWithFindings, Integer errors,
                        Integer warnings, Long jobExecutionId, String storedAs) {
}
