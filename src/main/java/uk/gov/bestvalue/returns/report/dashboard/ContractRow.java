package uk.gov.bestvalue.returns.report.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

import uk.gov.bestvalue.returns.returntypes.procurement.ContractLine;

/** A contract on a directorate's current procurement return, as the dashboards read it, with its row. */
record ContractRow(long factId, String directorateId, String reference, String title, String supplier, String supplierKey,
                   String category, BigDecimal value, LocalDate start, LocalDate end, String route, SourceRef source) {

    /** Let without competition, as the rules read a route (waiver, direct award, single tender). */
    boolean isWaiver() {
        return new ContractLine(null, reference, supplier, null, value, start, end, route, category).isWaiver();
    }

    /** Not ended before the day: running then, or still to start. */
    boolean liveOn(LocalDate day) {
        return end == null || !end.isBefore(day);
    }

    BigDecimal valueOrZero() {
        return value == null ? BigDecimal.ZERO : value;
    }
}
