package uk.gov.bestvalue.returns.report;

import static uk.gov.bestvalue.returns.report.Table.col;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import uk.gov.bestvalue.returns.reconcile.ReconcileSettings;
import uk.gov.bestvalue.returns.report.PackData.AreaDelivery;
import uk.gov.bestvalue.returns.report.PackData.Milestone;
import uk.gov.bestvalue.returns.report.PackData.OffContractRow;
import uk.gov.bestvalue.returns.report.PackData.ProcurementRow;
import uk.gov.bestvalue.returns.report.Table.Kind;
import uk.gov.bestvalue.returns.rules.RuleSettings;

/**
 * Lays the pack's figures out as sections of tables: delivery and procurement here, the rest in
 * {@link ReturnTables}. Thresholds quoted in the notes are read from rules.yml, like the statuses themselves.
 */
final class PackTables {

    /** The delivery table's columns holding the status counts that each area's chart shows. */
    static final int FIRST_COUNT_COLUMN = 3;
    static final int LAST_COUNT_COLUMN = 7;

    private final ReconcileSettings reconcile;
    private final RuleSettings rules;

    PackTables(ReconcileSettings reconcile, RuleSettings rules) {
        this.reconcile = reconcile;
        this.rules = rules;
    }

    List<Section> sections(PackData data) {
        ReturnTables others = new ReturnTables();
        List<Section> figures = List.of(delivery(data), milestones(data), procurement(data),
                DashboardTables.section(data.dashboards()), others.grants(data), others.disposals(data),
                others.submissions(data), others.trend(data));
        List<Section> sections = new ArrayList<>();
        for (Section section : figures) {
            sections.add(section.withBatches(SectionSources.of(section.sheet(), data)));
        }
        sections.add(others.sources(data, figures));
        sections.add(RuleCodes.legend(sections, rules));
        return sections;
    }

    Section delivery(PackData data) {
        List<List<Object>> rows = new ArrayList<>();
        for (AreaDelivery a : data.delivery()) {
            rows.add(row(a.area(), a.status(), a.total(), a.complete(), a.onTarget(), a.ongoing(), a.revised(),
                    a.overdue(), a.completeOrOnTrack(), a.share(), a.awaitingApproval()));
        }
        boolean total = !data.delivery().isEmpty() && data.delivery().get(data.delivery().size() - 1).isOverall();
        String note = "Complete or on track: complete, or on target or ongoing and not overdue; milestones completed "
                + "earlier are counted. Overdue: a deadline before the month, not complete (of any status). Status: GREEN "
                + "at " + percent(rules.number("milestones", "RAG", "green-share")) + " or more with at most "
                + rules.number("milestones", "RAG", "green-max-overdue").toPlainString() + " overdue, AMBER at "
                + percent(rules.number("milestones", "RAG", "amber-share")) + " or more, RED below (rules.yml).";
        Table table = new Table("Milestones by plan area", rows.isEmpty() ? "No milestones return is current for "
                + "this month." : note, List.of(col("Plan area", Kind.TEXT), col("Overall delivery status", Kind.STATUS),
                col("Milestones", Kind.COUNT), col("Complete", Kind.COUNT), col("On target", Kind.COUNT),
                col("Ongoing", Kind.COUNT), col("Revised date proposed", Kind.COUNT), col("Overdue", Kind.COUNT),
                col("Complete or on track", Kind.COUNT), col("Share complete or on track", Kind.SHARE),
                col("Revised dates awaiting approval", Kind.COUNT)), rows, total);
        return new Section(Section.DELIVERY, "Delivery of the Best Value action plans",
                "Overall delivery status of each plan area from the action plan milestones return.", List.of(table));
    }

    Section milestones(PackData data) {
        return new Section("Milestones", "Milestones for the Board's attention",
                "Target dates the Board is asked to agree, and milestones past their deadline.", List.of(
                milestones("Proposed revisions to target dates", "Revised deadlines with no Board approval recorded on "
                        + "the return (M3).", data.revisions()),
                milestones("Overdue milestones", "Deadline before the month and not complete (M2).", data.overdue())));
    }

    private static Table milestones(String title, String note, List<Milestone> milestones) {
        List<List<Object>> rows = new ArrayList<>();
        for (Milestone m : milestones) {
            rows.add(row(m.area(), m.milestone(), m.lead(), month(m.originalDeadline()), month(m.deadline()), m.status()));
        }
        return new Table(title, milestones.isEmpty() ? "None this month." : note, List.of(col("Plan area", Kind.TEXT),
                col("Milestone", Kind.LONG_TEXT), col("Lead", Kind.TEXT), col("Original deadline", Kind.MONTH),
                col("Deadline", Kind.MONTH), col("Status", Kind.TEXT)), rows, false);
    }

    private static String month(java.time.LocalDate date) {
        return date == null ? null : ReturnTables.MONTH.format(date);
    }

    Section procurement(PackData data) {
        List<List<Object>> rows = new ArrayList<>();
        int[] sum = new int[7];
        BigDecimal value = BigDecimal.ZERO;
        for (ProcurementRow p : data.procurement()) {
            rows.add(procurementRow(p.directorate(), p.contracts(), p.value(), p.onRegister(), p.waivers(),
                    p.etenderingDue(), p.etendered(), p.llwApplicable(), p.llwIncluded(), data.llwTarget()));
            int[] add = {p.contracts(), p.onRegister(), p.waivers(), p.etenderingDue(), p.etendered(), p.llwApplicable(),
                    p.llwIncluded()};
            for (int i = 0; i < add.length; i++) {
                sum[i] += add[i];
            }
            value = value.add(p.value());
        }
        rows.add(procurementRow("Total", sum[0], value, sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], data.llwTarget()));
        Table contracts = new Table("Contracts on the procurement returns",
                "E-tendering: contracts over the e-tendering threshold (rules.yml P3, by start date), waivers aside. "
                        + "London Living Wage: share of the contracts where it applies that include it; target "
                        + percent(data.llwTarget()) + " (rules.yml P5): GREEN at or above it, RED below.",
                List.of(col("Directorate", Kind.TEXT), col("Contracts", Kind.COUNT), col("Value", Kind.MONEY),
                        col("On the central register", Kind.COUNT), col("Waivers", Kind.COUNT),
                        col("Waiver share", Kind.SHARE), col("Due through e-tendering", Kind.COUNT),
                        col("Via e-tendering", Kind.COUNT), col("E-tendering share", Kind.SHARE),
                        col("LLW applicable", Kind.COUNT), col("LLW included", Kind.COUNT), col("LLW share", Kind.SHARE),
                        col("LLW status", Kind.STATUS)), rows, true);
        return new Section("Procurement", "Procurement",
                "Contracts on the directorates' procurement returns for the month, and the monthly reconciliation of "
                        + "the finance ledger's payments with them.",
                List.of(contracts, offContract(data), ReturnTables.reconciliationCounts(data)));
    }

    private List<Object> procurementRow(String name, int contracts, BigDecimal value, int register, int waivers, int due,
                                        int etendered, int llwApplicable, int llwIncluded, BigDecimal target) {
        BigDecimal llw = Shares.of(llwIncluded, llwApplicable);
        String status = llw == null ? null : llw.compareTo(target) >= 0 ? "GREEN" : "RED";
        return row(name, contracts, value, register, waivers, Shares.of(waivers, contracts), due, etendered,
                Shares.of(etendered, due), llwApplicable, llwIncluded, llw, status);
    }

    private Table offContract(PackData data) {
        List<List<Object>> rows = new ArrayList<>();
        int payments = 0;
        int off = 0;
        BigDecimal spend = BigDecimal.ZERO;
        BigDecimal offSpend = BigDecimal.ZERO;
        for (OffContractRow r : data.offContract()) {
            rows.add(row(r.directorate(), r.payments(), r.spend(), r.offPayments(), r.offSpend(), r.share(), r.status()));
            payments += r.payments();
            off += r.offPayments();
            spend = spend.add(r.spend());
            offSpend = offSpend.add(r.offSpend());
        }
        BigDecimal share = Shares.of(offSpend, spend);
        rows.add(row("Total", payments, spend, off, offSpend, share, share == null ? null : reconcile.status(share)));
        return new Table("Off-contract spend (R1)", data.offContract().isEmpty()
                ? "The monthly reconciliation has not run for this month."
                : "Payments on the spend ledger with no live contract for the supplier. Grant payments left out. GREEN up "
                + "to " + percent(reconcile.greenMaxShare()) + ", AMBER up to " + percent(reconcile.amberMaxShare())
                + ", RED above (rules.yml R1).",
                List.of(col("Directorate", Kind.TEXT), col("Payments", Kind.COUNT), col("Spend", Kind.MONEY),
                        col("Off-contract payments", Kind.COUNT), col("Off-contract spend", Kind.MONEY),
                        col("Off-contract share", Kind.SHARE), col("Status", Kind.STATUS)), rows, true);
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
