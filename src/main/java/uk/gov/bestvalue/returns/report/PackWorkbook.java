package uk.gov.bestvalue.returns.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import uk.gov.bestvalue.returns.report.Table.Column;
import uk.gov.bestvalue.returns.report.Table.Kind;

/**
 * The pack as a workbook: a sheet per section with its title, period and generated time, each table with a header
 * row (the first frozen), numbers formatted and statuses filled, and the rows behind a table's figures in a last
 * column; a bar chart per plan area on the delivery sheet, line charts on the trend sheet and a bar chart of spend
 * on and off contract per directorate on the dashboards sheet. Small enough for POI's in-memory XSSF.
 */
final class PackWorkbook {

    private static final int MAX_WIDTH = 60;
    /** The heading of the column listing the rows behind a table's figures. */
    static final String ROWS_BEHIND = "Rows behind";

    private final PackData data;
    private final List<Section> sections;

    PackWorkbook(PackData data, List<Section> sections) {
        this.data = data;
        this.sections = sections;
    }

    void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            PackStyles styles = new PackStyles(workbook);
            for (Section section : sections) {
                sheet(workbook.createSheet(section.sheet()), section, styles);
            }
            workbook.getProperties().getCoreProperties().setTitle(PackHtml.title(data));
            workbook.getProperties().getCoreProperties().setCreator("Best Value returns pipeline");
            workbook.write(out);
        }
    }

    private void sheet(XSSFSheet sheet, Section section, PackStyles styles) {
        int[] widths = new int[40];
        text(sheet, 0, 0, PackHtml.title(data), styles.title());
        text(sheet, 1, 0, section.heading() + "  ·  " + data.council() + "  ·  period " + data.period()
                + "  ·  generated " + ReturnTables.TIME.format(data.generatedAt()), styles.subtitle());
        text(sheet, 2, 0, section.intro(), styles.note());
        if (!section.batches().isEmpty()) {
            text(sheet, 3, 0, "Figures from load batch" + (section.batches().size() > 1 ? "es " : " ")
                    + section.batches().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                    + " (see the Sources sheet).", styles.note());
        }
        int r = 4;
        int firstHeader = -1;
        int firstDataRow = -1;
        for (Table table : section.tables()) {
            text(sheet, r++, 0, table.title(), styles.heading());
            if (firstHeader < 0) {
                firstHeader = r;
                firstDataRow = r + 1;
            }
            XSSFRow header = sheet.createRow(r++);
            header.setHeightInPoints(30);
            for (int c = 0; c < table.columns().size(); c++) {
                XSSFCell cell = header.createCell(c);
                cell.setCellValue(table.columns().get(c).header());
                cell.setCellStyle(styles.header());
                widths[c] = Math.max(widths[c], Math.min(12, table.columns().get(c).header().length()));
            }
            int sourcesColumn = table.columns().size();
            if (table.listsSources()) {
                XSSFCell cell = header.createCell(sourcesColumn);
                cell.setCellValue(ROWS_BEHIND);
                cell.setCellStyle(styles.header());
            }
            for (int i = 0; i < table.rows().size(); i++) {
                XSSFRow row = sheet.createRow(r++);
                boolean total = table.total() && i == table.rows().size() - 1;
                List<Object> values = table.rows().get(i);
                for (int c = 0; c < values.size(); c++) {
                    int width = cell(row, c, table.columns().get(c), values.get(c), total, styles);
                    // text in a table's last column overflows into the empty cells to its right
                    boolean overflows = c == values.size() - 1 && table.columns().get(c).kind() == Kind.TEXT;
                    widths[c] = Math.max(widths[c], overflows ? Math.min(width, 12) : width);
                }
                if (table.listsSources()) {
                    // the last column: its text overflows into the empty cells to its right
                    cell(row, sourcesColumn, new Column(ROWS_BEHIND, Kind.TEXT),
                            String.join("; ", table.sourcesOf(i).places()), total, styles);
                    widths[sourcesColumn] = Math.max(widths[sourcesColumn], 12);
                }
            }
            if (table.note() != null) {
                text(sheet, r++, 0, table.note(), styles.note());
            }
            r++;
        }
        for (int c = 0; c < widths.length && widths[c] > 0; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, widths[c] + 3) * 256);
        }
        if (firstHeader >= 0) {
            sheet.createFreezePane(1, firstHeader + 1);
        }
        if (section.sheet().equals(Section.DELIVERY)) {
            WorkbookCharts.areaCharts(sheet, firstHeader, firstDataRow, data.delivery(), r + 1);
        } else if (section.sheet().equals(Section.TREND) && data.trend().months().size() >= 2) {
            WorkbookCharts.trendCharts(sheet, firstDataRow, data.trend(), r + 1);
        } else if (section.sheet().equals(Section.DASHBOARDS)
                && !data.dashboards().councilWide().month().byDirectorate().isEmpty()) {
            WorkbookCharts.spendBars(sheet, firstHeader, firstDataRow,
                    data.dashboards().councilWide().month().byDirectorate().size(), r + 1);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** Writes one cell; the width its text needs. */
    private static int cell(XSSFRow row, int c, Column column, Object value, boolean total, PackStyles styles) {
        XSSFCell cell = row.createCell(c);
        cell.setCellStyle(styles.cell(column.kind(), total, value));
        if (value == null) {
            return 0;
        }
        if (value instanceof Number number && column.kind().numeric()) {
            double d = number instanceof BigDecimal b ? b.doubleValue() : number.doubleValue();
            cell.setCellValue(d);
            return switch (column.kind()) {
                case SHARE -> 7;
                case MONEY -> String.format("£%,.0f", d).length() + 1;
                default -> String.format("%,.0f", d).length();
            };
        }
        cell.setCellValue(value.toString());
        return value.toString().length();
    }

    private static void text(XSSFSheet sheet, int r, int c, String text, CellStyle style) {
        XSSFRow row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        XSSFCell cell = row.createCell(c);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }
}
