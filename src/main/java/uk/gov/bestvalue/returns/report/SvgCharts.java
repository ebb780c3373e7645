package uk.gov.bestvalue.returns.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import uk.gov.bestvalue.returns.html.Html;
import uk.gov.bestvalue.returns.report.PackData.AreaDelivery;

/** The page's charts, drawn as inline SVG by our own code: no script, no library, nothing fetched. */
final class SvgCharts {

    private static final String[] STATUS_NAMES = {"Complete", "On target", "Ongoing", "Revised", "Overdue"};

    private SvgCharts() {
    }

    /** A bar chart of one plan area's status counts, with each count written above its bar. */
    static String areaBars(AreaDelivery area, String id) {
        int[] counts = {area.complete(), area.onTarget(), area.ongoing(), area.revised(), area.overdue()};
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        int top = (int) niceTop(max, true);
        double left = 34;
        double bottom = 170;
        double height = 140;
        double slot = (300 - left - 6) / counts.length;
        StringBuilder svg = new StringBuilder();
        StringBuilder desc = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 300 200\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-t ").append(id).append("-d\"><title id=\"").append(id).append("-t\">")
                .append(Html.escape(area.area())).append(": milestones by status</title>");
        for (int g = 0; g <= 4; g++) {
            double y = bottom - height * g / 4;
            svg.append(line(left, y, 294, y, "#d8dde0")).append(text(left - 4, y + 4, "end", "axis",
                    String.valueOf(top * g / 4)));
        }
        for (int i = 0; i < counts.length; i++) {
            double h = height * counts[i] / top;
            double x = left + i * slot + slot * 0.18;
            double w = slot * 0.64;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#%s\"/>",
                    x, bottom - h, w, h, WorkbookCharts.STATUS_COLOURS[i]));
            svg.append(text(x + w / 2, bottom - h - 4, "middle", "value", String.valueOf(counts[i])));
            svg.append(text(x + w / 2, bottom + 15, "middle", "axis", STATUS_NAMES[i]));
            desc.append(i == 0 ? "" : ", ").append(STATUS_NAMES[i]).append(' ').append(counts[i]);
        }
        svg.append(line(left, bottom, 294, bottom, "#505a5f"));
        return svg.append("<desc id=\"").append(id).append("-d\">").append(desc).append("</desc></svg>").toString();
    }

    /**
     * A line chart of monthly values, one polyline per series, broken where a month has no value; a legend below.
     * {@code fixedTop} sets the scale's top (1 for shares), else it is rounded up from the largest value.
     */
    static String lines(String id, String title, List<YearMonth> months, Map<String, Map<YearMonth, BigDecimal>> series,
                        BigDecimal fixedTop, Function<BigDecimal, String> label) {
        double max = fixedTop != null ? fixedTop.doubleValue() : 0;
        if (fixedTop == null) {
            for (Map<YearMonth, BigDecimal> values : series.values()) {
                for (BigDecimal v : values.values()) {
                    max = Math.max(max, v.doubleValue());
                }
            }
            max = max <= 0 ? 1 : niceTop(max, false);
        }
        double left = 72;
        double right = 700;
        double top = 16;
        double bottom = 230;
        double step = (right - left) / Math.max(1, months.size() - 1);
        int legendRows = (series.size() + 3) / 4;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg class=\"chart wide\" viewBox=\"0 0 720 %d\" "
                + "role=\"img\" aria-labelledby=\"%s-t\"><title id=\"%s-t\">%s</title>", 262 + legendRows * 20, id, id,
                Html.escape(title)));
        for (int g = 0; g <= 4; g++) {
            double y = bottom - (bottom - top) * g / 4;
            svg.append(line(left, y, right, y, "#d8dde0")).append(text(left - 6, y + 4, "end", "axis",
                    label.apply(BigDecimal.valueOf(max * g / 4))));
        }
        for (int m = 0; m < months.size(); m++) {
            svg.append(text(left + m * step, bottom + 16, "middle", "axis", ReturnTables.MONTH.format(months.get(m))
                    .replace(" 20", " '")));
        }
        svg.append(line(left, bottom, right, bottom, "#505a5f"));
        int s = 0;
        for (Map.Entry<String, Map<YearMonth, BigDecimal>> entry : series.entrySet()) {
            String colour = "#" + WorkbookCharts.SERIES_COLOURS[(s) % WorkbookCharts.SERIES_COLOURS.length];
            List<String> run = new ArrayList<>();
            for (int m = 0; m <= months.size(); m++) {
                BigDecimal v = m < months.size() ? entry.getValue().get(months.get(m)) : null;
                if (v == null) {
                    if (run.size() > 1) {
                        svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"")
                                .append(s == 0 ? 3 : 2).append("\" points=\"").append(String.join(" ", run)).append("\"/>");
                    }
                    run.clear();
                    continue;
                }
                double x = left + m * step;
                double y = bottom - (bottom - top) * v.doubleValue() / max;
                run.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\">"
                        + "<title>%s, %s: %s</title></circle>", x, y, colour, Html.escape(entry.getKey()),
                        ReturnTables.MONTH.format(months.get(m)), label.apply(v)));
            }
            double lx = left + (s % 4) * 160;
            double ly = 262 + (s / 4) * 20;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"4\" fill=\"%s\"/>",
                    lx, ly - 6, colour)).append(text(lx + 20, ly, "start", "legend", entry.getKey()));
            s++;
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Horizontal bars, one per directorate: its spend on contract, then off contract, end to end, each amount in
     * the bar's title and the total written after it; a legend below.
     */
    static String spendBars(String id, List<DashboardTables.SpendBar> bars) {
        double max = 0;
        for (DashboardTables.SpendBar bar : bars) {
            max = Math.max(max, bar.onContract().add(bar.offContract()).doubleValue());
        }
        max = max <= 0 ? 1 : niceTop(max, false);
        double left = 170;
        double right = 640;
        double rowHeight = 30;
        double bottom = 12 + bars.size() * rowHeight;
        String[] colours = {"#" + WorkbookCharts.SERIES_COLOURS[1], "#" + WorkbookCharts.SERIES_COLOURS[5]};
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg class=\"chart wide\" viewBox=\"0 0 720 %.0f\" "
                + "role=\"img\" aria-labelledby=\"%s-t\"><title id=\"%s-t\">Spend on and off contract by directorate</title>",
                bottom + 56, id, id));
        for (int g = 0; g <= 4; g++) {
            double x = left + (right - left) * g / 4;
            svg.append(line(x, 6, x, bottom, "#d8dde0")).append(text(x, bottom + 16, "middle", "axis",
                    PackHtml.money(BigDecimal.valueOf(max * g / 4))));
        }
        for (int i = 0; i < bars.size(); i++) {
            DashboardTables.SpendBar bar = bars.get(i);
            double y = 12 + i * rowHeight;
            double x = left;
            BigDecimal[] parts = {bar.onContract(), bar.offContract()};
            String[] names = {"on contract", "off contract"};
            svg.append(text(left - 8, y + 15, "end", "legend", bar.directorate()));
            for (int p = 0; p < parts.length; p++) {
                double w = (right - left) * parts[p].doubleValue() / max;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"20\" "
                        + "fill=\"%s\"><title>%s, %s: %s</title></rect>", x, y, w, colours[p],
                        Html.escape(bar.directorate()), names[p], PackHtml.money(parts[p])));
                x += w;
            }
            svg.append(text(x + 6, y + 15, "start", "value", PackHtml.money(parts[0].add(parts[1]))));
        }
        for (int p = 0; p < 2; p++) {
            double lx = left + p * 160;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"10\" fill=\"%s\"/>",
                    lx, bottom + 30, colours[p])).append(text(lx + 20, bottom + 39, "start", "legend",
                    p == 0 ? "On contract" : "Off contract"));
        }
        return svg.append("</svg>").toString();
    }

    /** The top of a scale of four equal steps, each a round number, at or above {@code max}. */
    private static double niceTop(double max, boolean whole) {
        double step = max / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(step)));
        for (double f : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            double candidate = f * magnitude;
            if (candidate >= step && (!whole || candidate == Math.floor(candidate))) {
                return candidate * 4;
            }
        }
        return 40 * magnitude;
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>",
                x1, y1, x2, y2, colour);
    }

    private static String text(double x, double y, String anchor, String css, String text) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"%s\">%s</text>",
                x, y, anchor, css, Html.escape(text));
    }
}
