package uk.gov.bestvalue.returns.returntypes.grants;

import java.time.LocalDate;
import java.util.List;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.rules.Wording;

/**
 * G5 (warning): every live grant has had a monitoring visit in the last 6 months of the period. A grant is
 * live when it has started by the end of the period (its planned start, else its award date) and has not
 * ended before the period began: its planned end, else its start plus its planned duration (a grant with
 * neither is open-ended).
 */
final class G5MonitoringVisitRule implements Rule<GrantLine> {

    private final int months;

    G5MonitoringVisitRule(RuleSettings settings) {
        this.months = settings.number("grants", "G5", "monitoring-months").intValue();
    }

    /** The planned end, else the planned start (or award) plus the planned duration; null when open-ended. */
    static LocalDate plannedEnd(GrantLine grant, LocalDate start) {
        LocalDate end = grant.row().date("planned_end");
        Object months = grant.row().value(grant.row().spec().indexOf("duration_months"));
        if (end == null && start != null && months instanceof Long duration && duration > 0) {
            return start.plusMonths(duration).minusDays(1);
        }
        return end;
    }

    @Override
    public String id() {
        return "G5";
    }

    @Override
    public void check(GrantLine grant, RuleContext context, List<Finding> findings) {
        LocalDate periodStart = context.period().atDay(1);
        LocalDate periodEnd = context.period().atEndOfMonth();
        LocalDate start = grant.row().date("planned_start") != null ? grant.row().date("planned_start") : grant.awardDate();
        LocalDate end = plannedEnd(grant, start);
        boolean live = (start == null || !start.isAfter(periodEnd)) && (end == null || !end.isBefore(periodStart));
        if (!live) {
            return;
        }
        // the window is the last N whole months up to the period's end: August 2015 to January 2016 for 6
        LocalDate windowStart = context.period().minusMonths(months - 1L).atDay(1);
        LocalDate visit = grant.row().date("last_monitoring_visit");
        if (visit == null) {
            findings.add(Finding.on(grant.row(), "last_monitoring_visit", id(), Severity.WARNING, grant.describe()
                    + " is live but no monitoring visit is recorded" + grant.columnNote("last_monitoring_visit")
                    + ". Visit the project (every live grant needs a visit at least every " + months
                    + " months) and enter the date."));
        } else if (visit.isBefore(windowStart)) {
            findings.add(Finding.on(grant.row(), "last_monitoring_visit", id(), Severity.WARNING, grant.describe()
                    + " is live but was last visited on " + Wording.date(visit) + ", more than " + months
                    + " months before " + Wording.date(periodEnd) + ". Arrange a monitoring visit."));
        }
    }
}
