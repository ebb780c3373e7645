package uk.gov.bestvalue.returns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.reconcile.ReconcileSettings;
import uk.gov.bestvalue.returns.rules.RuleSettings;

/** The HTML page and its SVG charts, without a browser: self-contained, escaped, statuses in words, gaps left open. */
class PackHtmlTests {

    static final JobDefinitions JOBS = new JobDefinitions(Path.of("jobs"));

    @Test
    void thePageIsSelfContainedWithTableHeadersAndStatusWords() {
        PackData data = PackTestData.pack(List.of(), List.of());
        String html = new PackHtml(data, new PackTables(ReconcileSettings.load(JOBS), RuleSettings.load(JOBS))
                .sections(data)).render();

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en-GB\">", "<style>")
                .doesNotContain("<script", "<link", "src=\"http", "href=\"http");
        assertThat(html).contains("<th scope=\"col\" class=\"text\">Plan area</th>",
                "<th scope=\"row\" class=\"text\">Overall</th>", "<td class=\"status s-amber\">AMBER</td>",
                "<td class=\"status s-red\">missing</td>", "88.6%");
        // names are escaped wherever they appear, charts included
        assertThat(html).contains("Grants &amp; Property &lt;pilot&gt;").doesNotContain("<pilot>");
        assertThat(html.split("<svg", -1)).hasSize(1 + 2 + 2);
    }

    @Test
    void aMonthWithoutAValueBreaksTheLineInsteadOfJoiningAcrossIt() {
        // given a series with values in March, April and June, none in May
        var months = List.of(PackTestData.PERIOD.minusMonths(3), PackTestData.PERIOD.minusMonths(2),
                PackTestData.PERIOD.minusMonths(1), PackTestData.PERIOD);
        Map<java.time.YearMonth, BigDecimal> values = new TreeMap<>(Map.of(months.get(0), new BigDecimal("0.5"),
                months.get(1), new BigDecimal("0.6"), months.get(3), new BigDecimal("0.7")));

        // when drawn
        String svg = SvgCharts.lines("t", "Share", months, Map.of("Overall", values), BigDecimal.ONE, PackHtml::share);

        // then one line joins the first two months, the last stands alone as a point, and every point has a title
        assertThat(svg.split("<polyline", -1)).hasSize(2);
        assertThat(svg.split("<circle", -1)).hasSize(4);
        assertThat(svg).contains("<title>Overall, Jan 2016: 70.0%</title>", "role=\"img\"");
    }

    @Test
    void anAreasBarsAreDescribedInWordsForScreenReaders() {
        String svg = SvgCharts.areaBars(PackTestData.pack(List.of(), List.of()).delivery().get(0), "a0");

        assertThat(svg).contains("aria-labelledby=\"a0-t a0-d\"",
                "<desc id=\"a0-d\">Complete 23, On target 8, Ongoing 0, Revised 4, Overdue 0</desc>");
        assertThat(svg.split("<rect", -1)).hasSize(6);
    }

    @Test
    void sharesAndMoneyAreWrittenAsTheBoardReadsThem() {
        assertThat(PackHtml.share(new BigDecimal("0.9112"))).isEqualTo("91.1%");
        assertThat(PackHtml.share(new BigDecimal("1.0000"))).isEqualTo("100.0%");
        assertThat(PackHtml.share(null)).isEqualTo("–");
        assertThat(PackHtml.money(new BigDecimal("216136.67"))).isEqualTo("£216,137");
    }
}
