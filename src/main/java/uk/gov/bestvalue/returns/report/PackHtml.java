package uk.gov.bestvalue.returns.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.gov.bestvalue.returns.html.Html;
import uk.gov.bestvalue.returns.report.PackData.AreaDelivery;
import uk.gov.bestvalue.returns.report.Table.Kind;

/**
 * The pack as one self-contained HTML page (inline CSS and SVG, no script, nothing fetched): headline figures, then
 * each section's tables with real headers, statuses written as words as well as coloured, the charts, and print
 * rules for A4.
 */
final class PackHtml {

    static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final PackData data;
    private final List<Section> sections;

    PackHtml(PackData data, List<Section> sections) {
        this.data = data;
        this.sections = sections;
    }

    static String title(PackData data) {
        return data.council() + ": Best Value monitoring pack, " + LONG_MONTH.format(data.period());
    }

    /** A share as the pack writes it, e.g. 91.1%; a dash when there is none. */
    static String share(BigDecimal share) {
        return share == null ? "–" : share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : String.format(Locale.UK, "£%,.0f", amount);
    }

    String render() {
        StringBuilder html = new StringBuilder(32_768);
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.escape(title(data))).append("</title>\n<style>").append(PackCss.CSS).append("</style>\n")
                .append("</head>\n<body>\n<header>\n<p class=\"council\">").append(Html.escape(data.council()))
                .append("</p>\n<h1>Best Value monitoring pack: ").append(LONG_MONTH.format(data.period()))
                .append("</h1>\n<p class=\"meta\">For the Best Value programme office and the Best Value Board. Period ")
                .append(data.period()).append(", generated ").append(ReturnTables.TIME.format(data.generatedAt()))
                .append(" from the returns warehouse.</p>\n</header>\n<main>\n");
        html.append(new PackHeadlines(data).render());
        html.append("<nav aria-label=\"Contents\"><ol>");
        for (Section section : sections) {
            html.append("<li><a href=\"#").append(anchor(section)).append("\">").append(Html.escape(section.heading()))
                    .append("</a></li>");
        }
        html.append("</ol></nav>\n");
        for (Section section : sections) {
            html.append("<section id=\"").append(anchor(section)).append("\">\n<h2>").append(Html.escape(section.heading()))
                    .append("</h2>\n<p>").append(Html.escape(section.intro())).append("</p>\n");
            sourcesOf(html, section);
            for (Table table : section.tables()) {
                table(html, table, table.title().equals(ReturnTables.BATCHES_TITLE));
            }
            if (section.sheet().equals(Section.DELIVERY)) {
                areaCharts(html);
            } else if (section.sheet().equals(Section.TREND)) {
                trendCharts(html);
            } else if (section.sheet().equals(Section.DASHBOARDS)) {
                spendChart(html);
            }
            html.append("</section>\n");
        }
        return html.append("</main>\n<footer><p>Best Value returns pipeline. Every figure traces to a file, sheet and row: "
                + "see Sources.</p></footer>\n</body>\n</html>\n").toString();
    }

    /** How many characters of a code (a sha-256) a cell shows; the whole value is in its title. */
    static final int CODE_SHOWN = 12;

    /** A section's line linking to the Sources rows of the load batches its figures come from. */
    private void sourcesOf(StringBuilder html, Section section) {
        if (section.batches().isEmpty()) {
            return;
        }
        html.append("<p class=\"note sources\">Figures from load batch").append(section.batches().size() > 1 ? "es " : " ");
        for (int i = 0; i < section.batches().size(); i++) {
            long id = section.batches().get(i);
            String file = data.sources().stream().filter(b -> b.id() == id).map(PackData.SourceBatch::file)
                    .findFirst().orElse("");
            html.append(i == 0 ? "" : ", ").append("<a href=\"#").append(batchAnchor(id)).append("\" title=\"")
                    .append(Html.escape(file)).append("\">").append(id).append("</a>");
        }
        html.append(" (see <a href=\"#sources\">Sources</a>).</p>\n");
    }

    /** The id of a load batch's row in the Sources table. */
    static String batchAnchor(long id) {
        return "batch-" + id;
    }

    private static void table(StringBuilder html, Table table, boolean batchRows) {
        html.append("<div class=\"table\"><table>\n<caption>").append(Html.escape(table.title())).append("</caption>\n<thead><tr>");
        for (Table.Column column : table.columns()) {
            html.append("<th scope=\"col\" class=\"").append(css(column.kind())).append("\">")
                    .append(Html.escape(column.header())).append("</th>");
        }
        if (table.listsSources()) {
            html.append("<th scope=\"col\" class=\"text\">").append(PackWorkbook.ROWS_BEHIND).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < table.rows().size(); i++) {
            List<Object> row = table.rows().get(i);
            html.append(table.total() && i == table.rows().size() - 1 ? "<tr class=\"total\">"
                    : batchRows ? "<tr id=\"" + batchAnchor(((Number) row.get(0)).longValue()) + "\">" : "<tr>");
            for (int c = 0; c < row.size(); c++) {
                Kind kind = table.columns().get(c).kind();
                String tag = c == 0 ? "th scope=\"row\"" : "td";
                String css = css(kind) + (kind == Kind.STATUS && row.get(c) != null
                        ? " s-" + StatusColour.of(row.get(c)).name().toLowerCase(Locale.ROOT) : "");
                String text = format(kind, row.get(c));
                if (kind == Kind.CODE && text.length() > CODE_SHOWN) {
                    // a hash in full wraps over lines: its first characters tell files apart, the tooltip holds it all
                    html.append('<').append(tag).append(" class=\"").append(css).append("\" title=\"")
                            .append(Html.escape(text)).append("\">").append(Html.escape(text.substring(0, CODE_SHOWN)))
                            .append('…');
                } else {
                    html.append('<').append(tag).append(" class=\"").append(css).append("\">").append(Html.escape(text));
                }
                html.append("</").append(c == 0 ? "th" : "td").append('>');
            }
            if (table.listsSources()) {
                sources(html, table.sourcesOf(i));
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
        if (table.note() != null) {
            html.append("<p class=\"note\">").append(Html.escape(table.note())).append("</p>\n");
        }
    }

    /** The rows behind a line, folded: how many, opening onto the file, sheet and rows of each. */
    private static void sources(StringBuilder html, Table.RowSources sources) {
        html.append("<td class=\"text rows\">");
        if (sources.count() > 0) {
            html.append("<details><summary>").append(sources.count()).append(sources.count() == 1 ? " row" : " rows")
                    .append("</summary><ul>");
            for (String place : sources.places()) {
                html.append("<li>").append(Html.escape(place)).append("</li>");
            }
            html.append("</ul></details>");
        }
        html.append("</td>");
    }

    private void spendChart(StringBuilder html) {
        List<DashboardTables.SpendBar> bars = DashboardTables.spendBars(data.dashboards().councilWide());
        if (bars.isEmpty()) {
            return; // the table says there is no spend
        }
        html.append("<div class=\"charts wide\">\n<figure><figcaption>Spend on and off contract by directorate, ")
                .append(ReturnTables.MONTH.format(data.period())).append("</figcaption>\n")
                .append(SvgCharts.spendBars("dashboard-spend", bars)).append("</figure>\n</div>\n");
    }

    private void areaCharts(StringBuilder html) {
        html.append("<h3>Milestones by status, per plan area</h3>\n<div class=\"charts\">\n");
        int i = 0;
        for (AreaDelivery area : data.delivery()) {
            String status = area.status() == null ? "no status" : area.status();
            html.append("<figure><figcaption>").append(Html.escape(area.area())).append(" <span class=\"badge s-")
                    .append(StatusColour.of(area.status()).name().toLowerCase(Locale.ROOT)).append("\">")
                    .append(status).append("</span> ").append(share(area.share())).append(" complete or on track")
                    .append("</figcaption>\n").append(SvgCharts.areaBars(area, "area" + i++)).append("</figure>\n");
        }
        html.append("</div>\n");
    }

    private void trendCharts(StringBuilder html) {
        PackData.Trend trend = data.trend();
        if (trend.months().size() < 2) {
            return; // a line needs two months; the table says so
        }
        html.append("<div class=\"charts wide\">\n<figure><figcaption>Share of milestones complete or on track</figcaption>\n")
                .append(SvgCharts.lines("trend-share", "Share of milestones complete or on track by month",
                        trend.months(), trend.shares(), BigDecimal.ONE, s -> share(s).replace(".0%", "%")))
                .append("</figure>\n<figure><figcaption>Off-contract spend by month</figcaption>\n")
                .append(SvgCharts.lines("trend-spend", "Off-contract spend by month", trend.months(),
                        Map.of("Off-contract spend", trend.offContractSpend()), null, PackHtml::money))
                .append("</figure>\n</div>\n");
    }

    static String format(Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n && kind.numeric()) {
            BigDecimal d = n instanceof BigDecimal b ? b : BigDecimal.valueOf(n.longValue());
            return switch (kind) {
                case MONEY -> money(d);
                case SHARE -> share(d);
                default -> String.format(Locale.UK, "%,d", d.longValue());
            };
        }
        return value.toString();
    }

    private static String css(Kind kind) {
        return switch (kind) {
            case TEXT -> "text";
            case LONG_TEXT -> "text long";
            case MONTH -> "text month";
            case CODE -> "text code";
            case STATUS -> "status";
            default -> "num";
        };
    }

    private static String anchor(Section section) {
        return section.sheet().toLowerCase(Locale.ROOT);
    }
}
