package uk.gov.bestvalue.returns.rebuild;

import java.util.List;
import java.util.Set;

/**
 * What a rebuild of a month replays and compares. It replays every archived file of that month and of the months
 * before it (the checks compare with earlier months: M4 with the last one, R5 month on month, G7 with every grant
 * loaded), and every file that names no month (the finance ledgers, and files rejected before a month was read), in
 * the order they were received; then it runs the month. It compares the rows of those files, the dimensions, and what
 * the monthly run of that month wrote.
 */
final class RebuildScope {

    /** The load batches replayed (SQL, one parameter: the period): those with an archived file, of the month or before. */
    static final String BATCHES = "stored_as IS NOT NULL AND (period IS NULL OR period <= ?)";

    /** The warehouse tables compared, in the order printed. */
    static final List<String> TABLES = List.of("load_batch", "load_batch_column", "directorate", "supplier", "recipient",
            "asset", "contract_fact", "grant_fact", "disposal_fact", "milestone_fact", "payment_fact", "receipt_fact",
            "finding", "milestone_kpi", "ledger_match", "payment_match", "payment_total", "contract_overspend",
            "reconciliation_kpi", "return_chase", "reconciliation_notice", "monthly_run");

    /** Tables the monthly run writes, one set of rows per month: only the month rebuilt is compared. */
    static final Set<String> MONTHLY = Set.of("ledger_match", "payment_match", "payment_total", "contract_overspend",
            "reconciliation_kpi", "return_chase", "reconciliation_notice", "monthly_run");

    /**
     * Columns that say when, where or under which number something was stored rather than what was received: the
     * rebuild gives them other values by design. Times (TIMESTAMP columns) are left out by their type. A ledger match's
     * basis is a digest of the load batch ids it was matched against (whether it may be reused), so it is an id too.
     */
    static final Set<String> NOT_BUSINESS = Set.of("job_execution_id", "stored_as", "basis");

    /** Columns holding the id of a load batch, compared as the batch's business key. */
    static final Set<String> BATCH_IDS = Set.of("load_batch_id", "ledger_load_batch_id", "refreshed_by_load_batch_id");

    private RebuildScope() {
    }
}
