package uk.gov.bestvalue.returns.returntypes.milestones;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import uk.gov.bestvalue.returns.returntypes.CrossCheckContext;
import uk.gov.bestvalue.returns.rules.RuleSettings;

/**
 * Refreshes {@code milestone_kpi} for a period from {@code v_milestone_kpi_current}: the counts per plan area
 * and overall, the share complete or on track, and the delivery status by the thresholds of
 * {@code rules.yml} (milestones.RAG): GREEN at or above green-share with at most green-max-overdue overdue,
 * AMBER at or above amber-share, else RED.
 */
final class MilestoneKpis {

    private final BigDecimal greenShare;
    private final int greenMaxOverdue;
    private final BigDecimal amberShare;

    MilestoneKpis(RuleSettings settings) {
        this.greenShare = settings.number("milestones", "RAG", "green-share");
        this.greenMaxOverdue = settings.number("milestones", "RAG", "green-max-overdue").intValue();
        this.amberShare = settings.number("milestones", "RAG", "amber-share");
    }

    /** The counts of one area (or Overall) in one period, as the view gives them. */
    record Counts(String period, String area, int total, int complete, int onTarget, int ongoing, int revised,
                  int overdue, int completeOrOnTrack, int awaitingApproval) {
    }

    void refresh(CrossCheckContext context) {
        String period = context.period().toString();
        List<Counts> rows = context.jdbc().sql("""
                SELECT period, area, milestones_total, complete, on_target, ongoing, revised_date_proposed,
                       overdue, complete_or_on_track, revised_awaiting_approval
                FROM v_milestone_kpi_current WHERE period = ?""")
                .param(period)
                .query((rs, n) -> new Counts(rs.getString("period"), rs.getString("area"),
                        rs.getInt("milestones_total"), rs.getInt("complete"), rs.getInt("on_target"), rs.getInt("ongoing"),
                        rs.getInt("revised_date_proposed"), rs.getInt("overdue"), rs.getInt("complete_or_on_track"),
                        rs.getInt("revised_awaiting_approval")))
                .list();
        context.jdbc().sql("DELETE FROM milestone_kpi WHERE period = ?").param(period).update();
        Timestamp now = Timestamp.from(Instant.now());
        for (Counts c : rows) {
            BigDecimal share = share(c);
            context.jdbc().sql("""
                    INSERT INTO milestone_kpi (period, area, milestones_total, complete, on_target, ongoing,
                        revised_date_proposed, overdue, complete_or_on_track, share_complete_or_on_track,
                        revised_awaiting_approval, delivery_status, refreshed_at, refreshed_by_load_batch_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(c.period(), c.area(), c.total(), c.complete(), c.onTarget(), c.ongoing(), c.revised(),
                            c.overdue(), c.completeOrOnTrack(), share, c.awaitingApproval(), status(share, c.overdue()),
                            now, context.loadBatchId())
                    .update();
        }
    }

    static BigDecimal share(Counts c) {
        return c.total() == 0 ? null
                : BigDecimal.valueOf(c.completeOrOnTrack()).divide(BigDecimal.valueOf(c.total()), 4, RoundingMode.HALF_UP);
    }

    /** GREEN, AMBER or RED; null when there is nothing to rate. */
    String status(BigDecimal share, int overdue) {
        if (share == null) {
            return null;
        }
        if (share.compareTo(greenShare) >= 0 && overdue <= greenMaxOverdue) {
            return "GREEN";
        }
        return share.compareTo(amberShare) >= 0 ? "AMBER" : "RED";
    }
}
