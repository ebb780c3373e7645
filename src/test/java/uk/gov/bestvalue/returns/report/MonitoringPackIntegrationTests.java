package uk.gov.bestvalue.returns.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;
import uk.gov.bestvalue.returns.cli.MonthlyCommand;
import uk.gov.bestvalue.returns.intake.Sha256;

/**
 * The monitoring pack of the sample month: every sample loaded, January 2016 reconciled, the pack written; its
 * workbook holds the figures of {@code input-samples/milestones.md} and {@code reconciliation.md}, and its page, as
 * headless Chromium renders it, shows them.
 */
@SpringBootTest
class MonitoringPackIntegrationTests extends PipelineIntegrationTest {

    static final Path REPORTS = Path.of("target/monitoring-pack/reports");
    static final Path SCREENSHOT = Path.of("target/monitoring-pack/monitoring-pack-2016-01.png");

    @Autowired
    MonthlyCommand monthly;
    @Autowired
    MonitoringPack pack;

    @Test
    void theWorkbookHoldsTheMonthsFiguresWithAChartPerPlanArea() throws IOException {
        // given the sample month loaded and reconciled
        loadAndReconcile();

        // when the pack is written
        MonitoringPackFiles files = pack.write("2016-01", REPORTS);

        // then the workbook is where the monthly job's readers expect it
        assertThat(files.workbook()).isEqualTo(REPORTS.resolve("2016-01/monitoring-pack.xlsx")).isRegularFile();
        try (InputStream in = Files.newInputStream(files.workbook()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            // and delivery per plan area is milestones.md's table, Overall last
            XSSFSheet delivery = workbook.getSheet("Delivery");
            assertThat(text(delivery, 0, 0)).contains("Best Value monitoring pack", "January 2016");
            assertThat(text(delivery, 1, 0)).contains("period 2016-01", "generated");
            assertThat(line(delivery, "Communications")).containsExactly("Communications", "AMBER", "30", "24", "1",
                    "1", "4", "1", "25", "83.3%", "4");
            assertThat(line(delivery, "Procurement")).startsWith("Procurement", "GREEN", "26", "17", "9");
            assertThat(line(delivery, "Overall")).containsExactly("Overall", "AMBER", "169", "129", "23", "4", "13", "2",
                    "154", "91.1%", "13");
            XSSFRow overall = row(delivery, "Overall");
            assertThat(overall.getCell(9).getNumericCellValue()).isEqualTo(0.9112, within(1e-9));
            assertThat(overall.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(fill(overall.getCell(1))).isEqualTo("FFEB9C");
            assertThat(fill(row(delivery, "Procurement").getCell(1))).isEqualTo("C6EFCE");
            assertThat(delivery.getPaneInformation().isFreezePane()).isTrue();
            // and the revised dates awaiting the Board (M3) and the overdue milestones (M2), as milestones.md lists them
            XSSFSheet milestones = workbook.getSheet("Milestones");
            assertThat(column(milestones, 0).stream().filter(List.of("Communications", "Grants", "Organisational Culture",
                    "Property")::contains)).hasSize(13 + 2);
            assertThat(line(milestones, "Grants")).contains("Develop Mayor and cross-party consultation and review forum",
                    "Oct 2015", "Mar 2016");
            assertThat(line(milestones, "Organisational Culture", 1)).contains("Evaluate and review", "Dec 2015");
            // and a bar chart of the status counts per area, and overall
            List<XSSFChart> charts = delivery.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(6);
            assertThat(charts).extracting(c -> c.getTitleText().getString()).anySatisfy(t ->
                    assertThat(t).startsWith("Organisational Culture: AMBER, 95.1%"));
            assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(1);
            assertThat(charts.get(0).getChartSeries().get(0).getSeries(0).getValuesData().getPointCount()).isEqualTo(5);

            // and off-contract spend per directorate is reconciliation.md's, with its RAG
            XSSFSheet procurement = workbook.getSheet("Procurement");
            assertThat(line(procurement, "Adults' Services", 1)).containsExactly("Adults' Services", "3", "£153,050",
                    "1", "£18,950", "12.4%", "AMBER");
            assertThat(row(procurement, "Adults' Services", 1).getCell(4).getNumericCellValue()).isEqualTo(18950.00);
            assertThat(row(procurement, "Adults' Services", 1).getCell(4).getCellStyle().getDataFormatString())
                    .isEqualTo("£#,##0");
            assertThat(line(procurement, "Children's Services", 1)).endsWith("£6,480", "15.0%", "RED");
            assertThat(line(procurement, "Health", 1)).endsWith("£80,000", "49.1%", "RED");
            assertThat(line(procurement, "Place", 1)).endsWith("£108,367", "26.5%", "RED");
            assertThat(line(procurement, "Resources", 1)).endsWith("£2,340", "2.4%", "GREEN");
            assertThat(line(procurement, "Total", 1)).containsExactly("Total", "18", "£866,879", "6", "£216,137",
                    "24.9%", "RED");
            // and the contracts of every procurement return, with the LLW share against its target
            assertThat(line(procurement, "Total")).startsWith("Total", "55");
            List<String> adults = line(procurement, "Adults' Services");
            assertThat(adults.get(1)).isEqualTo("14");
            assertThat(adults.get(12)).isIn("GREEN", "RED");
            assertThat(line(procurement, "R1")).containsExactly("R1", "6", "Off-contract payments");
            assertThat(line(procurement, "R6")).containsExactly("R6", "3", "Returns missing after the deadline (chased)");

            // and the submission grid says who sent what
            XSSFSheet grid = workbook.getSheet("Submissions");
            assertThat(line(grid, "Resources")).containsExactly("Resources", "received", "received",
                    "loaded with findings", "not owed");
            assertThat(line(grid, "Adults' Services")).containsExactly("Adults' Services", "loaded with findings",
                    "loaded with findings", "missing", "not owed");
            assertThat(line(grid, "Health")).containsExactly("Health", "loaded with findings", "missing", "missing",
                    "not owed");
            assertThat(line(grid, "Corporate Strategy and Equality")).endsWith("not owed", "loaded with findings");
            assertThat(fill(row(grid, "Health").getCell(2))).isEqualTo("FFC7CE");
            assertThat(column(grid, 0)).doesNotContain("Finance");

            // and the trend has the months with data only: December's milestones and January's spend
            XSSFSheet trend = workbook.getSheet("Trend");
            assertThat(line(trend, "Jan 2016")).startsWith("Jan 2016", "91.1%");
            assertThat(line(trend, "Jan 2016")).contains("£216,137");
            assertThat(line(trend, "Dec 2015").get(1)).endsWith("%");
            assertThat(column(trend, 0)).as("a month without data is left out").doesNotContain("Feb 2015", "Nov 2015");
            assertThat(trend.getDrawingPatriarch().getCharts()).hasSize(2);

            // and the sources name each file with its hash
            XSSFSheet sources = workbook.getSheet("Sources");
            for (String file : List.of("finance-spend-2016-01.csv", "health-procurement-2015-12.csv",
                    "corporate-milestones-2015-12.xlsx", "resources-procurement-2016-01.xlsx")) {
                assertThat(line(sources, file, 0, 1)).contains(Sha256.of(PipelineTestSupport.SAMPLES.resolve(file)));
            }
            assertThat(column(sources, 1)).doesNotContain("staff-survey-2016-01.xlsx");

            // and each section names the load batches its figures come from: procurement's are the procurement
            // returns and the spend ledger the Sources sheet lists, each saying so, on both sheets and on the page
            List<String> procurementBatches = new ArrayList<>();
            for (int r = 0; r <= sources.getLastRowNum(); r++) {
                XSSFRow row = sources.getRow(r);
                if (row != null && row.getCell(2) != null && List.of("procurement-contracts", "spend-ledger")
                        .contains(FORMAT.formatCellValue(row.getCell(2)))) {
                    procurementBatches.add(FORMAT.formatCellValue(row.getCell(0)));
                    assertThat(FORMAT.formatCellValue(row.getCell(5))).as("received").matches("\\d\\d/\\d\\d/2\\d{3} .*");
                    assertThat(FORMAT.formatCellValue(row.getCell(9))).contains("Procurement");
                }
            }
            assertThat(procurementBatches).hasSizeGreaterThanOrEqualTo(6);
            procurementBatches.sort(java.util.Comparator.comparing(Long::valueOf));
            assertThat(line(sources, "Procurement")).containsExactly("Procurement", String.join(", ", procurementBatches));
            assertThat(text(procurement, 3, 0)).isEqualTo("Figures from load batches "
                    + String.join(", ", procurementBatches) + " (see the Sources sheet).");
            assertThat(line(sources, "Submission status").get(1).split(", ")).as("the returns' grid has no ledger")
                    .doesNotContain(FORMAT.formatCellValue(row(sources, "finance-spend-2016-01.csv", 0, 1).getCell(0)))
                    .contains(FORMAT.formatCellValue(row(sources, "adults-procurement-2016-01.xls", 0, 1).getCell(0)));
            String page = Files.readString(files.html());
            String procurementSection = page.substring(page.indexOf("<section id=\"procurement\">"));
            procurementSection = procurementSection.substring(0, procurementSection.indexOf("</section>"));
            for (String batch : procurementBatches) {
                assertThat(procurementSection).contains("<a href=\"#batch-" + batch + "\"");
                assertThat(page).contains("<tr id=\"batch-" + batch + "\">");
            }
        }
    }

    @Test
    void thePageRendersInABrowserWithTheFiguresAndTheirStatusesInWords() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require();
        // given the sample month's pack
        loadAndReconcile();
        MonitoringPackFiles files = pack.write("2016-01", REPORTS);
        String source = Files.readString(files.html());
        assertThat(source).doesNotContain("<script", "http://", "https://").contains("<svg", "<th scope=\"col\"");

        // when a browser renders it
        String dom = chromium.dumpDom(files.html());
        chromium.screenshot(files.html(), SCREENSHOT, 1280, 2400);

        // then it shows the figures, the area names and the statuses as words (charts: one per plan area and
        // overall, two on the trend, the dashboards' spend, the page's own headline)
        assertThat(dom).contains("91.1%", "83.3%", "Communications", "Grants", "Organisational Culture", "Procurement",
                "Property", "AMBER", "GREEN", "RED", "£18,950", "12.4%", "missing", "loaded with findings");
        assertThat(dom.split("<svg", -1)).hasSize(6 + 2 + 1 + 1);
        // and the screenshot is a picture, not a blank page
        assertThat(SCREENSHOT).isRegularFile();
        BufferedImage image = ImageIO.read(SCREENSHOT.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("distinct colours in the screenshot").hasSizeGreaterThan(20);
    }

    @Test
    void theDashboardsSectionHasTheMonthsTablesWithTheRowsBehindEachFigureAndASpendChart() throws IOException {
        // given the sample month loaded and reconciled
        loadAndReconcile();

        // when the pack is written
        MonitoringPackFiles files = pack.write("2016-01", REPORTS);

        // then its dashboards sheet has the spend per directorate (reconciliation.md), the rows behind each line last
        try (InputStream in = Files.newInputStream(files.workbook()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet dashboards = workbook.getSheet("Dashboards");
            assertThat(line(dashboards, "Place")).containsExactly("Place", "3", "£408,367", "£300,000", "£108,367",
                    "26.5%", "finance-spend-2016-01.csv (load batch " + ledgerBatch() + "): rows 16-18");
            assertThat(line(dashboards, "Total")).startsWith("Total", "18", "£866,879", "£650,742", "£216,137", "24.9%");
            // and the supplier paid under two spellings once, each directorate's top suppliers
            assertThat(line(dashboards, "Brightwell Digital Services Ltd")).startsWith("Brightwell Digital Services Ltd",
                    "2", "£92,500");
            assertThat(line(dashboards, "Adults' Services", 2)).startsWith("Adults' Services",
                    "Carewell Homecare Ltd", "1", "£112,500");
            // and the contracts expiring, with where each came from
            assertThat(line(dashboards, "2016/17 Q1")).containsExactly("2016/17 Q1", "Adults' Services",
                    "ASC-2014-019", "Domiciliary care night sitting service", "Nightingale Home Support Ltd", "Services",
                    "£150,000", "Open", "31/05/2016", "no", "adults-procurement-2016-01.xls (load batch "
                    + batchOf("adults-procurement-2016-01.xls") + "), Contracts: row 14");
            assertThat(column(dashboards, 0).stream().filter(c -> c.matches("20\\d\\d/\\d\\d Q\\d"))).hasSize(30);
            // and the shared categories and the waivers
            assertThat(line(dashboards, "Category", 2)).startsWith("Category", "Works", "Adults' Services, Place", "2",
                    "2", "£5,600,000", "31/10/2016");
            assertThat(line(dashboards, "Children's Services", 5)).startsWith("Children's Services", "2015/16 Q3", "3",
                    "£155,000", "CSF-2015-031, CSF-2015-033, CSF-2015-042");
            // and a chart of spend on and off contract per directorate
            List<XSSFChart> charts = dashboards.getDrawingPatriarch().getCharts();
            assertThat(charts).singleElement().satisfies(chart -> {
                assertThat(chart.getChartSeries().get(0).getSeriesCount()).isEqualTo(2);
                assertThat(chart.getChartSeries().get(0).getSeries(0).getValuesData().getPointCount()).isEqualTo(5);
            });
        }
        // and the page lists the rows behind a figure in a disclosure
        String html = Files.readString(files.html());
        assertThat(html).contains("<h2>Procurement dashboards</h2>", "<details><summary>3 rows</summary><ul><li>"
                + "finance-spend-2016-01.csv (load batch " + ledgerBatch() + "): rows 16-18</li></ul></details>");
        assertThat(html).contains("<title>Place, off contract: £108,367</title>");
    }

    private long ledgerBatch() {
        return batchOf("finance-spend-2016-01.csv");
    }

    private long batchOf(String file) {
        return jdbc.sql("SELECT load_batch_id FROM load_batch WHERE file_name = ? AND status = 'CURRENT'").param(file)
                .query(Long.class).single();
    }

    @Test
    void aMonthWithNothingLoadedStillGivesAPackThatSaysSo() throws IOException {
        // given an empty warehouse, when the pack of a month is written
        MonitoringPackFiles files = pack.write("2015-06", REPORTS);

        // then it says what is missing instead of failing or showing zeros as figures
        try (InputStream in = Files.newInputStream(files.workbook()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet delivery = workbook.getSheet("Delivery");
            assertThat(column(delivery, 0)).contains("No milestones return is current for this month.");
            assertThat(delivery.getDrawingPatriarch().getCharts()).isEmpty();
            assertThat(line(workbook.getSheet("Submissions"), "Health")).containsExactly("Health", "missing", "missing",
                    "missing", "not owed");
            assertThat(line(workbook.getSheet("Procurement"), "Total", 1)).containsExactly("Total", "0", "£0", "0", "£0");
            assertThat(column(workbook.getSheet("Trend"), 0)).doesNotContain("Jun 2015");
            assertThat(workbook.getSheet("Trend").getDrawingPatriarch()).as("no chart without two months").isNull();
        }
        try (InputStream in = Files.newInputStream(files.workbook()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(column(workbook.getSheet("Dashboards"), 0)).contains(
                    "No contract payment on a current spend ledger.",
                    "No contract on a current return ends in the next 24 months.");
            assertThat(workbook.getSheet("Dashboards").getDrawingPatriarch()).as("no chart without spend").isNull();
        }
        assertThat(Files.readString(files.html())).contains("The monthly reconciliation has not run for this month.",
                "No milestones return this month.");
    }

    @Test
    void aPackWrittenWhileItsRunIsStillGoingGivesThePaymentFigures() throws IOException {
        // given the sample month reconciled, and its run's record as it is while the run writes its own pack
        loadAndReconcile();
        jdbc.sql("UPDATE monthly_run SET status = 'STARTED', finished_at = NULL, payments = NULL, "
                + "payments_matched = NULL WHERE period = '2016-01'").update();

        // when
        MonitoringPackFiles files = pack.write("2016-01", REPORTS);

        // then the reconciliation's figures are there, read from its own totals
        String html = Files.readString(files.html());
        assertThat(html).containsPattern("This month.s reconciliation: \\d+ payments, \\d+ matched")
                .doesNotContain("null payments", "null matched");
    }

    @Test
    void thePagesHeadlinesAndSentencesAgreeWithTheWarehouse() throws IOException {
        // given the sample month loaded and reconciled, two of its files rejected (one damaged, one not a return)
        loadAndReconcile();

        // when its page is written
        String html = Files.readString(pack.write("2016-01", REPORTS).html());
        String text = visibleText(html);

        // then each headline figure is the warehouse's
        int received = count("SELECT COUNT(*) FROM load_batch WHERE period = '2016-01' AND status = 'CURRENT' "
                + "AND return_type NOT IN ('spend-ledger', 'capital-receipts')");
        int missing = count("SELECT COUNT(*) FROM return_chase WHERE period = '2016-01'");
        int rejected = count("SELECT COUNT(*) FROM load_batch WHERE status = 'REJECTED'");
        assertThat(rejected).isEqualTo(2);
        assertThat(text).contains("Returns " + received + " received", missing + " missing, " + rejected + " rejected",
                "corrupt-procurement-2016-01.xlsx", "staff-survey-2016-01.xlsx");
        BigDecimal overall = jdbc.sql("SELECT share_complete_or_on_track FROM milestone_kpi WHERE period = '2016-01' "
                + "AND area = 'Overall'").query(BigDecimal.class).single();
        assertThat(text).contains("Overall delivery " + PackHtml.share(overall));
        BigDecimal offSpend = jdbc.sql("SELECT SUM(off_contract_spend) FROM reconciliation_kpi WHERE period = '2016-01'")
                .query(BigDecimal.class).single();
        assertThat(text).contains("Off-contract spend " + PackHtml.money(offSpend));
        int payments = count("SELECT SUM(payments) FROM payment_total WHERE period = '2016-01'");
        int matched = count("SELECT SUM(payments) FROM payment_total WHERE period = '2016-01' AND method <> 'none'");
        assertThat(text).contains(": " + payments + " payments, " + matched + " matched");

        // and nothing reads as a missing value
        assertThat(text).doesNotContainPattern("\\b(null|None|NaN|undefined)\\b");
        // and a status is written one way, an overdue milestone's original deadline is shown
        assertThat(text).contains("Revised date proposed").doesNotContain("Revised Date Proposed");
        assertThat(text).containsPattern("Evaluate and review +Melanie Clay +Dec 2015 +Dec 2015 +Ongoing");
        // and the trend shows the months with data only
        assertThat(text).contains("The months up to Jan 2016 with figures: Dec 2015, Jan 2016.")
                .doesNotContain("Feb 2015");
        // and a hash is shown short, whole in its tooltip
        String sha = Sha256.of(PipelineTestSupport.SAMPLES.resolve("finance-spend-2016-01.csv"));
        assertThat(html).contains("title=\"" + sha + "\">" + sha.substring(0, 12) + "…<");
        assertThat(text).doesNotContain(sha);
        // and every rule code cited is explained by its title in rules.yml
        assertThat(text).contains("P3 Procurement over the e-tendering threshold goes through the e-tendering portal",
                "M3 A revised deadline is later than the original", "R4 Capital receipts matching the completed disposals");
    }

    /** The page's text as a reader sees it: tags dropped, entities decoded, runs of spaces one. */
    private static String visibleText(String html) {
        String text = html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<svg.*?</svg>", " ")
                .replaceAll("<[^>]+>", " ");
        text = text.replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&nbsp;", " ");
        return text.replaceAll("\\s+", " ");
    }

    private void loadAndReconcile() throws IOException {
        dropEverySample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(monthly.run("2016-01", new PrintStream(out, true, StandardCharsets.UTF_8)))
                .as(out.toString(StandardCharsets.UTF_8)).isZero();
    }

    private static final DataFormatter FORMAT = new DataFormatter(java.util.Locale.UK);

    /** The cells of the first row (from the n-th table of the sheet on) whose first cell is {@code first}, as shown. */
    private static List<String> line(XSSFSheet sheet, String first, int... skip) {
        XSSFRow row = row(sheet, first, skip);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(row.getCell(c) == null ? "" : FORMAT.formatCellValue(row.getCell(c)));
        }
        while (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    /** The row whose cell in column {@code skip[1]} (default A) is {@code first}, after {@code skip[0]} such rows. */
    private static XSSFRow row(XSSFSheet sheet, String first, int... skip) {
        int skipped = skip.length > 0 ? skip[0] : 0;
        int column = skip.length > 1 ? skip[1] : 0;
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && row.getCell(column) != null && first.equals(FORMAT.formatCellValue(row.getCell(column)))
                    && skipped-- == 0) {
                return row;
            }
        }
        throw new AssertionError("No row " + first + " in sheet " + sheet.getSheetName());
    }

    private static String text(XSSFSheet sheet, int r, int c) {
        return FORMAT.formatCellValue(sheet.getRow(r).getCell(c));
    }

    private static List<String> column(XSSFSheet sheet, int c) {
        List<String> values = new ArrayList<>();
        sheet.forEach(row -> values.add(row.getCell(c) == null ? "" : FORMAT.formatCellValue(row.getCell(c))));
        return values;
    }

    private static String fill(XSSFCell cell) {
        return cell.getCellStyle().getFillForegroundColorColor().getARGBHex().substring(2);
    }
}
