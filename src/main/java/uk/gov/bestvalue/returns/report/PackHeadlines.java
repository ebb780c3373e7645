package uk.gov.bestvalue.returns.report;

import java.math.BigDecimal;
import java.util.Locale;

import uk.gov.bestvalue.returns.html.Html;
import uk.gov.bestvalue.returns.report.PackData.AreaDelivery;
import uk.gov.bestvalue.returns.report.PackData.SubmissionGrid;
import uk.gov.bestvalue.returns.report.PackData.OffContractRow;
import uk.gov.bestvalue.returns.report.PackData.ProcurementRow;

/** The page's four headline figures: delivery overall, off-contract spend, London Living Wage, returns received. */
final class PackHeadlines {

    private final PackData data;

    PackHeadlines(PackData data) {
        this.data = data;
    }

    String render() {
        StringBuilder html = new StringBuilder("<section class=\"headlines\" aria-label=\"Headlines\">\n");
        AreaDelivery overall = data.delivery().stream().filter(AreaDelivery::isOverall).findFirst().orElse(null);
        card(html, "Overall delivery", overall == null ? "–" : PackHtml.share(overall.share()),
                overall == null ? null : overall.status(), overall == null ? "No milestones return this month."
                        : overall.completeOrOnTrack() + " of " + overall.total() + " milestones complete or on track; "
                        + overall.overdue() + " overdue.");
        BigDecimal spend = BigDecimal.ZERO;
        BigDecimal off = BigDecimal.ZERO;
        for (OffContractRow r : data.offContract()) {
            spend = spend.add(r.spend());
            off = off.add(r.offSpend());
        }
        BigDecimal offShare = Shares.of(off, spend);
        String offStatus = data.offContract().isEmpty() ? null : data.offContract().stream()
                .map(OffContractRow::status).reduce(PackHeadlines::worse).orElse(null);
        card(html, "Off-contract spend", data.offContract().isEmpty() ? "–" : PackHtml.money(off), offStatus,
                data.offContract().isEmpty() ? "The monthly reconciliation has not run."
                        : PackHtml.share(offShare) + " of " + PackHtml.money(spend) + " contract spend; worst directorate "
                        + "status shown.");
        int applicable = data.procurement().stream().mapToInt(ProcurementRow::llwApplicable).sum();
        int included = data.procurement().stream().mapToInt(ProcurementRow::llwIncluded).sum();
        BigDecimal llw = Shares.of(included, applicable);
        card(html, "London Living Wage", PackHtml.share(llw),
                llw == null ? null : llw.compareTo(data.llwTarget()) >= 0 ? "GREEN" : "RED",
                included + " of " + applicable + " applicable contracts; target " + PackHtml.share(data.llwTarget()) + ".");
        SubmissionGrid grid = data.submissions();
        int received = grid.count(MonthSubmissions.RECEIVED, MonthSubmissions.WITH_FINDINGS);
        int missing = grid.count(MonthSubmissions.MISSING);
        int rejected = grid.rejectedFiles();
        card(html, "Returns", received + " received", missing + rejected == 0 ? "GREEN" : "RED",
                missing + " missing, " + rejected + " rejected" + (grid.rejectedUnplaced().isEmpty() ? "."
                        : " (" + grid.rejectedUnplaced().size() + " not recognised as any return: see Submission status)."));
        return html.append("</section>\n").toString();
    }

    private static void card(StringBuilder html, String label, String figure, String status, String detail) {
        html.append("<div class=\"card\"><p class=\"label\">").append(Html.escape(label)).append("</p><p class=\"figure\">")
                .append(Html.escape(figure));
        if (status != null) {
            html.append(" <span class=\"badge s-").append(StatusColour.of(status).name().toLowerCase(Locale.ROOT))
                    .append("\">").append(Html.escape(status)).append("</span>");
        }
        html.append("</p><p class=\"detail\">").append(Html.escape(detail)).append("</p></div>\n");
    }

    private static String worse(String a, String b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(String status) {
        return status == null ? -1 : switch (status) {
            case "RED" -> 2;
            case "AMBER" -> 1;
            default -> 0;
        };
    }
}
