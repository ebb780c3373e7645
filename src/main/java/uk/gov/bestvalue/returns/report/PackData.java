package uk.gov.bestvalue.returns.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import uk.gov.bestvalue.returns.report.dashboard.DashboardSet;

/**
 * Everything one month's monitoring pack shows, read from the warehouse in one read-only transaction: the
 * delivery of the action plans, the procurement, grants and disposals KPIs, the submissions, the trend, the load
 * batches the figures came from, and the procurement dashboards.
 */
record PackData(String council, YearMonth period, LocalDateTime generatedAt, RunInfo run, List<AreaDelivery> delivery,
                List<Milestone> revisions, List<Milestone> overdue, List<ProcurementRow> procurement, BigDecimal llwTarget, List<OffContractRow> offContract,
                Map<String, Integer> reconciliationCounts, List<GrantRow> grants, List<DisposalRow> disposals,
                LedgerReceipts receipts, SubmissionGrid submissions, Trend trend, List<SourceBatch> sources,
                DashboardSet dashboards) {

    /** The period's last monthly run, or null when none has run. */
    record RunInfo(String status, LocalDateTime finishedAt, Integer payments, Integer matched) {
    }

    /** One plan area's milestones (or the Overall line) as {@code milestone_kpi} holds them. */
    record AreaDelivery(String area, int total, int complete, int onTarget, int ongoing, int revised, int overdue,
                        int completeOrOnTrack, BigDecimal share, int awaitingApproval, String status) {

        boolean isOverall() {
            return "Overall".equals(area);
        }
    }

    /** A milestone the Board is asked about: a revised date awaiting its approval, or one overdue. */
    record Milestone(String area, String milestone, String lead, LocalDate originalDeadline, LocalDate deadline,
                     String status) {
    }

    /** A directorate's contracts on its procurement return for the period. */
    record ProcurementRow(String directorate, int contracts, BigDecimal value, int onRegister, int waivers,
                          int etenderingDue, int etendered, int llwApplicable, int llwIncluded) {
    }

    /** R1's KPI of a directorate: contract spend in the ledger and what of it is off-contract. */
    record OffContractRow(String directorate, int payments, BigDecimal spend, int offPayments, BigDecimal offSpend,
                          BigDecimal share, String status) {
    }

    /**
     * A directorate's grants for the period; specified, decided and identified count the grants without a G4, G3
     * or G6 finding (null when the rule is switched off).
     */
    record GrantRow(String directorate, int agreements, BigDecimal awarded, BigDecimal paid, int signed,
                    Integer specified, Integer decided, Integer identified) {
    }

    /** A directorate's property disposals: those completed by the period's end, and their capital receipts. */
    record DisposalRow(String directorate, int disposals, int completed, BigDecimal consideration,
                       BigDecimal receiptsExpected, BigDecimal receiptsRecorded, int withoutReceipt) {
    }

    /** The capital receipts the finance ledgers show in the month. */
    record LedgerReceipts(int receipts, BigDecimal amount) {
    }

    /**
     * Directorate by return type: the state of each return owed or received for the period; and the files of the
     * month rejected before a return type and directorate could be told (unreadable or not recognised), which have
     * no cell of the grid.
     */
    record SubmissionGrid(List<String> returnTypes, List<GridRow> rows, List<String> rejectedUnplaced) {

        SubmissionGrid(List<String> returnTypes, List<GridRow> rows) {
            this(returnTypes, rows, List.of());
        }

        /** How many cells say the status. */
        int count(String... statuses) {
            List<String> wanted = List.of(statuses);
            return (int) rows.stream().flatMap(r -> r.cells().stream()).filter(wanted::contains).count();
        }

        /** Every file rejected for the month: the rejected cells and the rejected files with no cell. */
        int rejectedFiles() {
            return count(MonthSubmissions.REJECTED) + rejectedUnplaced.size();
        }
    }

    /** One directorate's line of the grid, a status word per return type. */
    record GridRow(String directorate, List<String> cells) {
    }

    /** Twelve months up to the period; a month without data has no entry in the maps. */
    record Trend(List<YearMonth> months, List<String> areas, Map<String, Map<YearMonth, BigDecimal>> shares,
                 Map<YearMonth, BigDecimal> offContractSpend, Map<YearMonth, BigDecimal> offContractShare) {
    }

    /** A load batch some figure of the pack came from. */
    record SourceBatch(long id, String file, String returnType, String directorate, String period, String status,
                       Integer rows, String sha256, LocalDateTime receivedAt, LocalDateTime loadedAt) {
    }
}
