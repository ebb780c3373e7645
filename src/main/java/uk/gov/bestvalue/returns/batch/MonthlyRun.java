package uk.gov.bestvalue.returns.batch;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.batch.core.BatchStatus;

/**
 * How a month's run went, for whoever tells people: its job execution and status (both null when it could not be
 * started), the off-contract spend of each directorate, and the counts of the run's last record.
 */
public record MonthlyRun(String period, Long jobExecutionId, BatchStatus status, List<DirectorateSpend> directorates,
                         Counts counts) {

    /** Whether the run completed. */
    public boolean completed() {
        return status == BatchStatus.COMPLETED;
    }

    /** One directorate's row of {@code reconciliation_kpi}: its contract payments and what of them is off-contract. */
    public record DirectorateSpend(String directorateId, int payments, BigDecimal spend, int offContractPayments,
                                   BigDecimal offContractSpend, BigDecimal offContractShare, String status) {
    }

    /** The payments and each rule's findings (R1..R6) of the period's last run; all null when it has none. */
    public record Counts(Integer payments, Integer paymentsMatched, Integer r1, Integer r2, Integer r3, Integer r4,
                         Integer r5, Integer r6) {

        static final Counts NONE = new Counts(null, null, null, null, null, null, null, null);
    }
}
