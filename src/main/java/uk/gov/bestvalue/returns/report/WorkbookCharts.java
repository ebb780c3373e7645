package uk.gov.bestvalue.returns.report;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import uk.gov.bestvalue.returns.report.PackData.AreaDelivery;
import uk.gov.bestvalue.returns.report.PackData.Trend;

/** The workbook's charts (XDDF), drawn from the cells of the tables above them so that they stay in step. */
final class WorkbookCharts {

    /** The bar colour of each status count: complete, on target, ongoing, revised date proposed, overdue. */
    static final String[] STATUS_COLOURS = {"00703C", "1D70B8", "5694CA", "F47738", "D4351C"};
    /** The line colours of the trend: overall first, then each area. */
    static final String[] SERIES_COLOURS = {"0B0C0C", "1D70B8", "00703C", "F47738", "912B88", "D4351C", "28A197",
        "6F72AF", "B58840"};

    private static final int CHART_COLUMNS = 5;
    private static final int CHART_ROWS = 16;

    private WorkbookCharts() {
    }

    /** A bar chart of its status counts per plan area (and overall), two to a row, below the table. */
    static void areaCharts(XSSFSheet sheet, int headerRow, int firstDataRow, List<AreaDelivery> areas, int top) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XDDFDataSource<String> statuses = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(headerRow, headerRow, PackTables.FIRST_COUNT_COLUMN, PackTables.LAST_COUNT_COLUMN));
        for (int i = 0; i < areas.size(); i++) {
            AreaDelivery area = areas.get(i);
            int col = (i % 2) * (CHART_COLUMNS + 1);
            int row = top + (i / 2) * (CHART_ROWS + 1);
            XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col, row, col + CHART_COLUMNS,
                    row + CHART_ROWS));
            chart.setTitleText(area.area() + ": " + (area.status() == null ? "no status" : area.status()) + ", "
                    + PackHtml.share(area.share()) + " complete or on track");
            chart.setTitleOverlay(false);
            XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
            y.setTitle("Milestones");
            y.setMinimum(0);
            y.setCrosses(AxisCrosses.AUTO_ZERO);
            y.setCrossBetween(AxisCrossBetween.BETWEEN);
            XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
            bars.setBarDirection(BarDirection.COL);
            bars.setVaryColors(false);
            XDDFChartData.Series series = bars.addSeries(statuses, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstDataRow + i, firstDataRow + i, PackTables.FIRST_COUNT_COLUMN,
                            PackTables.LAST_COUNT_COLUMN)));
            series.setTitle(area.area(), null);
            series.setFillProperties(solid(STATUS_COLOURS[0]));
            chart.plot(bars);
            for (int p = 0; p < STATUS_COLOURS.length; p++) {
                series.getDataPoint(p).setFillProperties(solid(STATUS_COLOURS[p]));
            }
        }
    }

    /** Two line charts below the trend table: the shares complete or on track, and the off-contract spend. */
    static void trendCharts(XSSFSheet sheet, int firstDataRow, Trend trend, int top) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int lastRow = firstDataRow + trend.months().size() - 1;
        XDDFDataSource<String> months = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstDataRow, lastRow, 0, 0));
        int shareColumns = trend.shares().size();
        XSSFChart shares = chart(drawing, 0, top, 8, "Share of milestones complete or on track");
        XDDFLineChartData lines = lines(shares, "0%", 1.0);
        for (int c = 1; c <= shareColumns; c++) {
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) lines.addSeries(months,
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(firstDataRow, lastRow, c, c)));
            series.setTitle(sheet.getRow(firstDataRow - 1).getCell(c).getStringCellValue(), null);
            style(series, SERIES_COLOURS[(c - 1) % SERIES_COLOURS.length]);
        }
        shares.plot(lines);
        int spendColumn = shareColumns + 1;
        XSSFChart spend = chart(drawing, 9, top, 6, "Off-contract spend by month");
        XDDFLineChartData spendLine = lines(spend, "£#,##0", null);
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) spendLine.addSeries(months,
                XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                        new CellRangeAddress(firstDataRow, lastRow, spendColumn, spendColumn)));
        series.setTitle("Off-contract spend", null);
        style(series, SERIES_COLOURS[5]);
        spend.plot(spendLine);
    }

    /** The dashboards' first table's columns holding on- and off-contract spend, which its chart shows. */
    static final int ON_CONTRACT_COLUMN = 3;
    static final int OFF_CONTRACT_COLUMN = 4;

    /**
     * A bar chart below the dashboards' tables: each directorate's spend on contract and off contract in the month,
     * from the first table's rows (its total left out).
     */
    static void spendBars(XSSFSheet sheet, int headerRow, int firstDataRow, int directorates, int top) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch() != null ? sheet.getDrawingPatriarch()
                : sheet.createDrawingPatriarch();
        XSSFChart chart = chart(drawing, 0, top, 8, "Spend on and off contract by directorate");
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setMinimum(0);
        y.setNumberFormat("£#,##0");
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        int last = firstDataRow + directorates - 1;
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstDataRow, last, 0, 0));
        int[] columns = {ON_CONTRACT_COLUMN, OFF_CONTRACT_COLUMN};
        String[] colours = {SERIES_COLOURS[1], SERIES_COLOURS[5]};
        for (int i = 0; i < columns.length; i++) {
            XDDFChartData.Series series = bars.addSeries(names, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstDataRow, last, columns[i], columns[i])));
            series.setTitle(sheet.getRow(headerRow).getCell(columns[i]).getStringCellValue(), null);
            series.setFillProperties(solid(colours[i]));
        }
        chart.plot(bars);
    }

    private static XSSFChart chart(XSSFDrawing drawing, int col, int row, int width, String title) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col, row, col + width, row + 20));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static XDDFLineChartData lines(XSSFChart chart, String format, Double maximum) {
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setMinimum(0);
        if (maximum != null) {
            y.setMaximum(maximum);
        }
        y.setNumberFormat(format);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        return (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
    }

    private static void style(XDDFLineChartData.Series series, String colour) {
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.CIRCLE);
        XDDFLineProperties line = new XDDFLineProperties(solid(colour));
        line.setWidth(2.25);
        series.setLineProperties(line);
    }

    private static XDDFSolidFillProperties solid(String rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(PackStyles.color(rgb).getRGB()));
    }
}
