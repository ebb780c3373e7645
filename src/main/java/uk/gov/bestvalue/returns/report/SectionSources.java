package uk.gov.bestvalue.returns.report;

import java.util.List;
import java.util.function.Predicate;

import uk.gov.bestvalue.returns.report.PackData.SourceBatch;

/**
 * Which of the pack's current load batches each section takes its figures from, so that a reader of a figure can
 * follow it to the files behind it: the month's returns of the section's type, the earlier months' its checks read
 * (R5's procurement returns, the trend's milestones), and the finance exports reconciled with them.
 */
final class SectionSources {

    private static final String MILESTONES = "action-plan-milestones";
    private static final String PROCUREMENT = "procurement-contracts";
    private static final String GRANTS = "grant-agreements";
    private static final String DISPOSALS = "property-disposals";
    private static final String SPEND = "spend-ledger";
    private static final String RECEIPTS = "capital-receipts";

    private SectionSources() {
    }

    /** The load batch ids behind a section (by its sheet), in the order they were received. */
    static List<Long> of(String sheet, PackData data) {
        String month = data.period().toString();
        Predicate<SourceBatch> thisMonth = b -> month.equals(b.period());
        Predicate<SourceBatch> behind = switch (sheet) {
            case Section.DELIVERY, "Milestones" -> b -> is(b, MILESTONES) && thisMonth.test(b);
            case "Procurement", Section.DASHBOARDS -> b -> is(b, PROCUREMENT) || is(b, SPEND);
            case "Grants" -> b -> is(b, GRANTS) && thisMonth.test(b);
            case "Disposals" -> b -> is(b, DISPOSALS) && thisMonth.test(b) || is(b, RECEIPTS);
            case "Submissions" -> b -> !is(b, SPEND) && !is(b, RECEIPTS) && thisMonth.test(b);
            case Section.TREND -> b -> is(b, MILESTONES) || is(b, SPEND);
            default -> b -> false;
        };
        return data.sources().stream().filter(behind).map(SourceBatch::id).sorted().toList();
    }

    private static boolean is(SourceBatch batch, String returnType) {
        return returnType.equals(batch.returnType());
    }
}
