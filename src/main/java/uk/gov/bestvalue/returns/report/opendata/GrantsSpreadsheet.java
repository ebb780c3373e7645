package uk.gov.bestvalue.returns.report.opendata;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The 360Giving spreadsheet: one {@code grants} sheet, the standard's column titles on row 1, one grant a row, dates
 * as ISO text (as the standard's template asks), amounts as numbers. Streamed (POI SXSSF): only a window of rows is
 * held in memory.
 */
final class GrantsSpreadsheet implements Closeable {

    /** The sheet name the 360Giving tools look for. */
    static final String SHEET = "grants";

    private record Column(String title, Function<OpenGrant, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("Identifier", OpenGrant::id),
            new Column("Title", OpenGrant::title),
            new Column("Description", OpenGrant::description),
            new Column("Currency", OpenGrant::currency),
            new Column("Amount Awarded", OpenGrant::amountAwarded),
            new Column("Award Date", OpenGrant::awardDate),
            new Column("Planned Dates:Start Date", OpenGrant::plannedStart),
            new Column("Planned Dates:End Date", OpenGrant::plannedEnd),
            new Column("Recipient Org:Identifier", g -> g.recipient().id()),
            new Column("Recipient Org:Name", g -> g.recipient().name()),
            new Column("Recipient Org:Charity Number", g -> g.recipient().charityNumber()),
            new Column("Recipient Org:Company Number", g -> g.recipient().companyNumber()),
            new Column("Funding Org:Identifier", g -> g.funder().id()),
            new Column("Funding Org:Name", g -> g.funder().name()),
            new Column("Funding Org:Department", g -> g.funder().department()),
            new Column("Grant Programme:Title", OpenGrant::programmeTitle),
            new Column("Beneficiary Location:Name", OpenGrant::locationName),
            new Column("Last Modified", OpenGrant::dateModified),
            new Column("Data Source", OpenGrant::dataSource));

    /** The column titles, in order. */
    static final List<String> TITLES = COLUMNS.stream().map(Column::title).toList();

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final CellStyle amount;
    private int rows;

    GrantsSpreadsheet() {
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(SHEET);
        amount = workbook.createCellStyle();
        amount.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        SXSSFRow header = sheet.createRow(rows++);
        for (int c = 0; c < COLUMNS.size(); c++) {
            header.createCell(c).setCellValue(COLUMNS.get(c).title());
            header.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, 20 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    void add(OpenGrant grant) {
        SXSSFRow row = sheet.createRow(rows++);
        for (int c = 0; c < COLUMNS.size(); c++) {
            Object value = COLUMNS.get(c).value().apply(grant);
            if (value instanceof BigDecimal number) {
                row.createCell(c).setCellValue(number.doubleValue());
                row.getCell(c).setCellStyle(amount);
            } else if (value != null) {
                row.createCell(c).setCellValue(value.toString());
            }
        }
    }

    void writeTo(OutputStream output) throws IOException {
        workbook.write(output);
    }

    @Override
    public void close() throws IOException {
        workbook.dispose(); // the temporary files behind the streamed rows
        workbook.close();
    }
}
