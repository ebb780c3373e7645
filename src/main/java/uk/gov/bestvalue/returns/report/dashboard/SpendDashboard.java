package uk.gov.bestvalue.returns.report.dashboard;

import java.time.YearMonth;
import java.util.List;

/**
 * Third-party spend over a run of months (the period, or its quarter up to the period): the total, by
 * directorate, by category and the top suppliers, each line with its share on and off contract.
 */
public record SpendDashboard(YearMonth from, YearMonth to, Spend total, List<SpendLine> byDirectorate,
                             List<SpendLine> byCategory, List<SpendLine> topSuppliers) {

    public SpendDashboard {
        byDirectorate = List.copyOf(byDirectorate);
        byCategory = List.copyOf(byCategory);
        topSuppliers = List.copyOf(topSuppliers);
    }
}
