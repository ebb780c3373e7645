package uk.gov.bestvalue.returns.report.dashboard;

import java.time.YearMonth;
import java.util.List;

/**
 * The directorate procurement dashboards of a period for a scope, read in one read-only transaction: spend in the
 * month and in its quarter up to the month, contracts expiring in the next 24 months, collaboration candidates and
 * the savings pointers (possible split procurements, waivers by quarter).
 */
public record Dashboards(YearMonth period, Quarter quarter, DashboardScope scope, SpendDashboard month,
                         SpendDashboard quarterToDate, List<ExpiringContract> expiring,
                         List<CollaborationCandidate> collaboration, List<SplitProcurement> splitProcurement,
                         List<WaiverLine> waivers) {

    /** How far ahead the expiring contracts are looked for, from the period's end. */
    public static final int EXPIRING_MONTHS = 24;
    /** How many suppliers the top suppliers list. */
    public static final int TOP_SUPPLIERS = 10;

    public Dashboards {
        expiring = List.copyOf(expiring);
        collaboration = List.copyOf(collaboration);
        splitProcurement = List.copyOf(splitProcurement);
        waivers = List.copyOf(waivers);
    }
}
