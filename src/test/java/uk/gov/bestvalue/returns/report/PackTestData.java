package uk.gov.bestvalue.returns.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import uk.gov.bestvalue.returns.report.PackData.AreaDelivery;
import uk.gov.bestvalue.returns.report.PackData.GridRow;
import uk.gov.bestvalue.returns.report.PackData.LedgerReceipts;
import uk.gov.bestvalue.returns.report.PackData.OffContractRow;
import uk.gov.bestvalue.returns.report.PackData.ProcurementRow;
import uk.gov.bestvalue.returns.report.PackData.SubmissionGrid;
import uk.gov.bestvalue.returns.report.PackData.Trend;
import uk.gov.bestvalue.returns.report.dashboard.DashboardScope;
import uk.gov.bestvalue.returns.report.dashboard.DashboardSet;
import uk.gov.bestvalue.returns.report.dashboard.Dashboards;
import uk.gov.bestvalue.returns.report.dashboard.Quarter;
import uk.gov.bestvalue.returns.report.dashboard.Spend;
import uk.gov.bestvalue.returns.report.dashboard.SpendDashboard;

/** A small pack's data, built by hand, for the unit tests of the tables and the page. */
final class PackTestData {

    static final YearMonth PERIOD = YearMonth.of(2016, 1);

    private PackTestData() {
    }

    static PackData pack(List<ProcurementRow> procurement, List<OffContractRow> offContract) {
        Map<String, Map<YearMonth, BigDecimal>> shares = new LinkedHashMap<>();
        shares.put("Overall", new TreeMap<>(Map.of(PERIOD, new BigDecimal("0.9112"),
                PERIOD.minusMonths(1), new BigDecimal("0.9500"))));
        shares.put("Grants & Property <pilot>", new TreeMap<>(Map.of(PERIOD, new BigDecimal("0.8857"))));
        List<YearMonth> months = java.util.stream.IntStream.rangeClosed(0, 11).mapToObj(i -> PERIOD.minusMonths(11 - i))
                .toList();
        return new PackData("Test Council", PERIOD, LocalDateTime.of(2016, 2, 5, 6, 0), null,
                List.of(new AreaDelivery("Grants & Property <pilot>", 35, 23, 8, 0, 4, 0, 31, new BigDecimal("0.8857"), 4, "AMBER"),
                        new AreaDelivery("Overall", 35, 23, 8, 0, 4, 0, 31, new BigDecimal("0.8857"), 4, "AMBER")),
                List.of(new PackData.Milestone("Grants & Property <pilot>", "Develop a forum", "A Lead",
                        java.time.LocalDate.of(2015, 10, 1), java.time.LocalDate.of(2016, 3, 1), "Revised Date Proposed")),
                List.of(), procurement, new BigDecimal("0.80"), offContract, Map.of("R1", 2), List.of(), List.of(),
                new LedgerReceipts(0, BigDecimal.ZERO),
                new SubmissionGrid(List.of("Procurement contracts"), List.of(new GridRow("Health", List.of("missing")))),
                new Trend(months, List.of("Grants & Property <pilot>"), shares, Map.of(PERIOD, new BigDecimal("1500.00")),
                        Map.of(PERIOD, new BigDecimal("0.1000"))),
                List.of(), noDashboards());
    }

    /** The dashboards of a month with nothing loaded. */
    static DashboardSet noDashboards() {
        Spend none = new Spend(0, BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO, List.of());
        SpendDashboard month = new SpendDashboard(PERIOD, PERIOD, none, List.of(), List.of(), List.of());
        return new DashboardSet(new Dashboards(PERIOD, Quarter.of(PERIOD), DashboardScope.councilWide(), month, month,
                List.of(), List.of(), List.of(), List.of()), Map.of());
    }
}
