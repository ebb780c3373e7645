package uk.gov.bestvalue.returns.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.bestvalue.returns.report.PackData.AreaDelivery;
import uk.gov.bestvalue.returns.report.PackData.Milestone;
import uk.gov.bestvalue.returns.report.PackData.Trend;

/** The action plans' delivery KPIs ({@code milestone_kpi}) of a period, and the twelve months' trend. */
final class DeliveryQueries {

    static final String OVERALL = "Overall";

    private final JdbcClient jdbc;

    DeliveryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each plan area in name order, then the Overall line. */
    List<AreaDelivery> delivery(YearMonth period) {
        return jdbc.sql("""
                SELECT area, milestones_total, complete, on_target, ongoing, revised_date_proposed, overdue,
                       complete_or_on_track, share_complete_or_on_track, revised_awaiting_approval, delivery_status
                FROM milestone_kpi WHERE period = ?
                ORDER BY CASE WHEN area = 'Overall' THEN 1 ELSE 0 END, area""")
                .param(period.toString())
                .query((rs, n) -> new AreaDelivery(rs.getString("area"), rs.getInt("milestones_total"),
                        rs.getInt("complete"), rs.getInt("on_target"), rs.getInt("ongoing"),
                        rs.getInt("revised_date_proposed"), rs.getInt("overdue"), rs.getInt("complete_or_on_track"),
                        rs.getBigDecimal("share_complete_or_on_track"), rs.getInt("revised_awaiting_approval"),
                        rs.getString("delivery_status")))
                .list();
    }

    /** The revised deadlines of the period's milestones that await the Board's approval (M3), by area. */
    List<Milestone> revisions(YearMonth period) {
        return milestones(period, "m.original_deadline IS NOT NULL AND (m.board_approval IS NULL OR m.board_approval = '')");
    }

    /** The milestones past their deadline before the period and not complete (M2), by area. */
    List<Milestone> overdue(YearMonth period) {
        return milestones(period, "m.status_category <> 'COMPLETE' AND m.deadline < CAST(CONCAT(m.period, '-01') AS DATE)");
    }

    private List<Milestone> milestones(YearMonth period, String condition) {
        // a milestone never revised has its deadline as its original one
        return jdbc.sql("SELECT m.area, m.milestone, m.lead_officer, "
                        + "COALESCE(m.original_deadline, m.deadline) AS original_deadline, m.deadline, m.status "
                        + "FROM v_milestone_current m WHERE m.period = ? AND " + condition
                        + " ORDER BY m.area, m.source_sheet, m.source_row")
                .param(period.toString())
                .query((rs, n) -> new Milestone(rs.getString("area"), rs.getString("milestone"),
                        rs.getString("lead_officer"), rs.getObject("original_deadline", LocalDate.class),
                        rs.getObject("deadline", LocalDate.class), statusWords(rs.getString("status"))))
                .list();
    }

    /**
     * A status as the pack writes it whatever the case on the return ("Revised Date Proposed", "REVISED DATE
     * PROPOSED" and "Revised date proposed" are one status): the first letter capital, the rest small.
     */
    static String statusWords(String status) {
        if (status == null || status.isBlank()) {
            return status;
        }
        String words = status.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The share complete or on track per area and overall, and the off-contract spend, month by month. */
    Trend trend(YearMonth period) {
        List<YearMonth> months = new ArrayList<>();
        for (int back = 11; back >= 0; back--) {
            months.add(period.minusMonths(back));
        }
        String from = months.get(0).toString();
        String to = period.toString();
        Map<String, Map<YearMonth, BigDecimal>> shares = new TreeMap<>();
        jdbc.sql("SELECT period, area, share_complete_or_on_track FROM milestone_kpi WHERE period BETWEEN ? AND ?")
                .params(from, to)
                .query(rs -> {
                    BigDecimal value = rs.getBigDecimal("share_complete_or_on_track");
                    if (value != null) {
                        shares.computeIfAbsent(rs.getString("area"), a -> new TreeMap<>())
                                .put(YearMonth.parse(rs.getString("period")), value);
                    }
                });
        Map<String, Map<YearMonth, BigDecimal>> ordered = new LinkedHashMap<>();
        ordered.put(OVERALL, shares.getOrDefault(OVERALL, Map.of()));
        shares.forEach((area, values) -> ordered.putIfAbsent(area, values));
        List<String> areas = ordered.keySet().stream().filter(a -> !a.equals(OVERALL)).toList();
        Map<YearMonth, BigDecimal> spend = new TreeMap<>();
        Map<YearMonth, BigDecimal> share = new TreeMap<>();
        jdbc.sql("SELECT period, SUM(off_contract_spend) AS off_contract_spend, SUM(spend) AS spend "
                        + "FROM reconciliation_kpi "
                        + "WHERE period BETWEEN ? AND ? GROUP BY period")
                .params(from, to)
                .query(rs -> {
                    YearMonth month = YearMonth.parse(rs.getString("period"));
                    BigDecimal off = rs.getBigDecimal("off_contract_spend");
                    spend.put(month, off);
                    BigDecimal total = rs.getBigDecimal("spend");
                    if (total != null && total.signum() != 0) {
                        share.put(month, Shares.of(off, total));
                    }
                });
        // only the months with figures: empty rows and lines starting at the right edge told the reader nothing
        List<YearMonth> withData = months.stream().filter(m -> spend.containsKey(m)
                || ordered.values().stream().anyMatch(values -> values.containsKey(m))).toList();
        return new Trend(withData, areas, ordered, spend, share);
    }
}
