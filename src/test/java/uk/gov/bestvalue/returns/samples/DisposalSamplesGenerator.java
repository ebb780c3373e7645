package uk.gov.bestvalue.returns.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the January 2016 sample property disposals returns (clean, one breaking D1-D5, and a messy legacy
 * .xls) that input-samples/disposals.md describes and the functional tests feed to the pipeline.
 */
public final class DisposalSamplesGenerator {

    private static final String DISPOSALS = "Disposals";

    /** The primary column titles of the property disposals spec, in spec order (columns A to S). */
    private static final String[] SPEC_TITLES = {
        "Disposal Reference", "UPRN", "Property Name", "Address", "Postcode", "Tenure Type", "Disposal Type",
        "Market Valuation", "Valuation Date", "Valuer", "Consideration Agreed", "Prior Written Consent Reference",
        "Consent Date", "Protocol Compliance Confirmed", "Completion Date", "Capital Receipt", "Purchaser / Lessee",
        "Floor Area (m2)", "Community Benefit Rent Reduction"};

    /**
     * Children's Services' own layout: the asset columns under the Transparency Code land and building assets
     * titles (UPRN, PropertyName, StreetName, PostCode, TenureType), other alias titles, its own order, and a
     * free-text comments column the pipeline ignores.
     */
    private static final String[] CHILDRENS_TITLES = {
        "Disposal Ref", "UPRN", "PropertyName", "StreetName", "PostCode", "TenureType", "Type of Disposal",
        "Valuation (£)", "Valuation Date", "Consideration (£)", "Consent Ref", "Consent Date",
        "Disposals and Lettings Protocol Complied", "Completion Date", "Capital Receipt", "Purchaser",
        "Floor Area m²", "Community Benefit Reduction", "Valuer", "Comments"};

    private static final Date SAVED_AT = Date.from(Instant.parse("2016-01-29T09:00:00Z"));
    private static final Object BLANK = null;
    private static final String HARTWELL = "Hartwell Chartered Surveyors";
    private static final String DVS = "District Valuer Services";

    private DisposalSamplesGenerator() {
    }

    /** Writes the disposals samples into the folder given as the first argument (default {@code input-samples}). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "input-samples");
        Files.createDirectories(folder);
        write(folder.resolve("place-disposals-2016-01.xlsx"), new XSSFWorkbook(), DisposalSamplesGenerator::place);
        write(folder.resolve("resources-disposals-2016-01.xlsx"), new XSSFWorkbook(), DisposalSamplesGenerator::resources);
        write(folder.resolve("childrens-disposals-2016-01.xls"), new HSSFWorkbook(), DisposalSamplesGenerator::childrens);
        System.out.println("Wrote the disposals samples to " + folder.toAbsolutePath());
    }

    // ------------------------------------------------------------------ 1. Place: clean

    /** A clean return: every disposal satisfies D1-D5. UPRNs are number cells, one is text. */
    private static void place(Cells cells) {
        cells.cover("Place", "2016-01", "Ann Sutcliffe", "a.sutcliffe@council.example.gov.uk");
        Table t = cells.table(DISPOSALS, 1, SPEC_TITLES);
        // Each row: reference, UPRN, property, address, postcode, tenure, type (A-G); valuation, date, valuer,
        // consideration (H-K); consent, date, protocol, completion, receipt (L-P); purchaser, area, reduction (Q-S).
        t.row("PL-DSP-15-004", 6_094_123_456L, "Former Ailsa Street Depot", "Ailsa Street, Poplar, London", "E14 0LL", "Freehold", "Freehold sale",
                4_250_000.00, date(2015, 6, 15), HARTWELL, 4_310_000.00,
                "CWC-2015-031", date(2015, 10, 22), "Y", date(2015, 12, 18), 4_310_000.00,
                "Poplar Riverside Homes Ltd", 2_150.00, BLANK);
        // A 125-year lease at a premium £20,000 (2.9%) below valuation: within the 5% tolerance. UPRN typed as text.
        t.row("PL-DSP-15-007", "100023336956", "Unit 3, Cotall Street", "Cotall Street, Limehouse, London", "E14 6TL", "Freehold", "Lease over 7 years",
                700_000.00, date(2015, 9, 2), HARTWELL, 680_000.00,
                "CWC-2015-038", date(2015, 11, 30), "Y", date(2016, 1, 15), 680_000.00,
                "Limehouse Pharmacy Ltd", 185.50, BLANK);
        // A community letting at the market rent, with the community benefit rent reduction shown separately: no capital receipt.
        t.row("PL-DSP-15-009", 6_094_200_117L, "Shadwell Community Centre", "Cable Street, Shadwell, London", "E1 0BL", "Freehold", "Community letting",
                24_000.00, date(2015, 8, 10), "Council Valuation Team", 24_000.00,
                "CWC-2015-035", date(2015, 10, 5), "Y", date(2015, 11, 2), BLANK,
                "Shadwell Community Association", 640.00, 18_000.00);
        // A transfer of a strip of land to Transport for London at market value.
        t.row("PL-DSP-15-011", 6_094_305_562L, "Land at Bow Common Lane (highway strip)", "Bow Common Lane, Bow, London", "E3 4AU", "Freehold", "Transfer",
                85_000.00, date(2015, 7, 14), DVS, 85_000.00,
                "CWC-2015-040", date(2015, 11, 12), "Y", date(2016, 1, 8), 85_000.00,
                "Transport for London", BLANK, BLANK);
        // Consent given in January; completion due in March 2016, so no completion date or receipt yet.
        t.row("PL-DSP-15-014", 6_094_411_893L, "Former Watts Grove Depot", "Watts Grove, Bow, London", "E3 3RE", "Freehold", "Freehold sale",
                1_900_000.00, date(2015, 9, 30), HARTWELL, 1_950_000.00,
                "CWC-2016-002", date(2016, 1, 20), "Y", BLANK, BLANK,
                "Leaside Community Homes Ltd", 3_400.00, BLANK);
        t.row("PL-DSP-15-016", 6_094_377_004L, "Former Public Conveniences, Mile End Road", "Mile End Road, Mile End, London", "E1 4NS", "Freehold", "Freehold sale",
                120_000.00, date(2015, 8, 26), HARTWELL, 146_000.00,
                "CWC-2015-045", date(2015, 12, 1), "Y", date(2015, 12, 22), 146_000.00,
                "Mile End Road Properties Ltd", 38.00, BLANK);
    }

    // ------------------------------------------------------------------ 2. Resources: D1-D5

    /** One clean disposal, then one row per rule broken: D1 (twice), D2, D3 (error and warning), D4, D5. */
    private static void resources(Cells cells) {
        cells.cover("Resources", "2016-01", "Minesh Jani", "m.jani@council.example.gov.uk");
        Table t = cells.table(DISPOSALS, 1, SPEC_TITLES);
        t.row("RES-DSP-15-002", 6_094_010_334L, "Former Register Office, Bow Road", "Bow Road, Bow, London", "E3 2SE", "Freehold", "Freehold sale",
                1_150_000.00, date(2015, 5, 20), HARTWELL, 1_175_000.00,
                "CWC-2015-027", date(2015, 9, 14), "Y", date(2015, 10, 30), 1_175_000.00,
                "Bowline Developments Ltd", 620.00, BLANK);
        // D1 at M3: completed 10/12/2015, four days before the consent dated 14/12/2015.
        t.row("RES-DSP-15-005", 6_094_022_871L, "Garage site, Clichy Estate", "Clichy Estate, Stepney, London", "E1 3EX", "Freehold", "Freehold sale",
                340_000.00, date(2015, 7, 1), HARTWELL, 352_000.00,
                "CWC-2015-049", date(2015, 12, 14), "Y", date(2015, 12, 10), 352_000.00,
                "Stepney Garages Ltd", BLANK, BLANK);
        // D1 at L4: a 25-year lease completed 06/01/2016 with no prior written consent at all.
        t.row("RES-DSP-15-006", 6_094_031_502L, "Former Council Office, 62 Roman Road", "62 Roman Road, Bethnal Green, London", "E2 0QJ", "Freehold", "Lease over 7 years",
                220_000.00, date(2015, 8, 11), HARTWELL, 215_000.00,
                BLANK, BLANK, "Y", date(2016, 1, 6), 215_000.00,
                "Roman Road Dental Practice Ltd", 146.00, BLANK);
        // D2 at N5: the disposals and lettings protocol was not complied with.
        t.row("RES-DSP-15-008", 6_094_044_219L, "Former Bethnal Green Housing Office", "Cambridge Heath Road, Bethnal Green, London", "E2 9PJ", "Freehold", "Freehold sale",
                890_000.00, date(2015, 6, 30), DVS, 905_000.00,
                "CWC-2015-041", date(2015, 11, 2), "N", date(2015, 12, 4), 905_000.00,
                "Cambridge Heath Estates Ltd", 410.00, BLANK);
        // D3 error at K6: £90,000 (22.5%) below valuation and no consent; not yet completed.
        t.row("RES-DSP-15-010", 6_094_058_660L, "Former Electoral Services Store, Gill Street", "Gill Street, Limehouse, London", "E14 8HQ", "Freehold", "Freehold sale",
                400_000.00, date(2015, 10, 15), HARTWELL, 310_000.00,
                BLANK, BLANK, "Y", BLANK, BLANK,
                "Gill Street Traders Ltd", 275.00, BLANK);
        // D3 warning at K7: a transfer to a community land trust at £90,000 below valuation, with consent.
        t.row("RES-DSP-15-012", 6_094_061_347L, "Former Limehouse Youth Centre", "Salmon Lane, Limehouse, London", "E14 7LS", "Freehold", "Transfer",
                240_000.00, date(2015, 9, 8), DVS, 150_000.00,
                "CWC-2015-044", date(2015, 11, 18), "Y", date(2015, 12, 15), 150_000.00,
                "Limehouse Community Land Trust", 330.00, BLANK);
        // D4 at I8: valued 01/08/2014, more than 12 months before the consent of 10/11/2015.
        t.row("RES-DSP-15-013", 6_094_075_982L, "Former Cubitt Town Library", "Strattondale Street, Cubitt Town, London", "E14 3HG", "Freehold", "Lease over 7 years",
                560_000.00, date(2014, 8, 1), HARTWELL, 575_000.00,
                "CWC-2015-046", date(2015, 11, 10), "Y", date(2016, 1, 22), 575_000.00,
                "Island Arts Trust Ltd", 520.00, BLANK);
        // D5 at P9: completed 21/12/2015 for £268,000 but no capital receipt recorded.
        t.row("RES-DSP-15-015", 6_094_080_415L, "Garage site, Cranbrook Street", "Cranbrook Street, Bethnal Green, London", "E2 0QY", "Freehold", "Freehold sale",
                260_000.00, date(2015, 9, 1), HARTWELL, 268_000.00,
                "CWC-2015-050", date(2015, 12, 1), "Y", date(2015, 12, 21), BLANK,
                "Cranbrook Homes Ltd", BLANK, BLANK);
    }

    // ------------------------------------------------------------------ 3. Children's: messy legacy .xls

    /**
     * A legacy .xls with notes above the header (the directorate and period among them), Transparency Code
     * titles for the asset columns, dates and amounts typed as text, a blank row and a "TBC" completion date.
     */
    private static void childrens(Cells cells) {
        Sheet sheet = cells.workbook.createSheet("CSF Disposals");
        cells.row(sheet, 1, "Children's Services – Property Disposals and Lettings Return");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
        sheet.getRow(0).getCell(0).setCellStyle(cells.title);
        cells.row(sheet, 2, "Directorate:", "Children's Services");
        cells.row(sheet, 3, "Period:", "January 2016");
        cells.row(sheet, 4, "Notes: amounts in £. Academy conversions are 125-year leases at a peppercorn (Academies Act 2010).");
        Table t = cells.table(sheet, 6, CHILDRENS_TITLES);
        // Each row: reference, UPRN, PropertyName, StreetName, PostCode, TenureType, type (A-G); valuation, date,
        // consideration (H-J); consent ref and date, protocol, completion, receipt (K-O); purchaser, area, reduction,
        // valuer, comments (P-T).
        t.row("CSF-DSP-15-003", 6_094_502_231L, "Former Caretaker's House, Olga Primary School", "Lanfranc Road", "E3 5DN", "Freehold", "Freehold sale",
                "£465,000", "03/08/2015", "£472,500", "CWC-2015-036", "9 Oct 2015", "Yes", "27/11/2015", "£472,500",
                "Private purchaser", "112", BLANK, HARTWELL, "Surplus since the school's rebuild");
        // D3 warning at J8: an academy's 125-year lease at a peppercorn, £1.1m below valuation, with consent.
        t.row("CSF-DSP-15-006", "6094510078", "Stepney Green Nursery Block", "Stepney Green", "E1 3LA", "Freehold", "Lease over 7 years",
                "£1,100,000", "01/10/2015", "£0", "CWC-2015-047", "2015-12-01", "Yes", "01/01/2016", BLANK,
                "Stepney Green Academy Trust", "1,480", BLANK, DVS, "Academy conversion: peppercorn rent");
        // A community letting: market rent, with the community benefit rent reduction; valued "Jul-15".
        t.row("CSF-DSP-15-008", 6_094_522_690L, "Bow Children's Centre (first floor)", "Roman Road", "E3 5ES", "Freehold", "Community letting",
                "£15,600", "Jul-15", "£15,600", "CWC-2015-042", "16/11/2015", "Y", "01/12/2015", BLANK,
                "Bow Parents' Forum", "210", "£11,700", "Council Valuation Team", "Rent after reduction £3,900 a year");
        t.blankRow();
        // FORMAT at N11: completion "TBC" is not a date (the row is loaded). The asset id is not a UPRN.
        t.row("CSF-DSP-15-010", "CSF-AST-117", "Former Youth Club, Chicksand Street", "Chicksand Street", "E1 5LD", "Freehold", "Freehold sale",
                "£780,000", "12/03/2015", "£795,000", "CWC-2016-004", BLANK, "Yes", "TBC", BLANK,
                "Spitalfields Housing Co-operative Ltd", "390", BLANK, HARTWELL, "Exchange of contracts expected February");
        t.row("CSF-DSP-15-012", 6_094_540_118L, "Former Teachers' Centre, English Street", "English Street", "E3 4TA", "Freehold", "Transfer",
                "£2,350,000", "14/09/2015", "£2,350,000", "CWC-2015-039", "28/10/2015", "Yes", "14/12/2015", "£2,350,000",
                "East London NHS Foundation Trust", "1,920", BLANK, DVS, "Transfer at market value to a health partner");
    }

    // ------------------------------------------------------------------ writing helpers

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private interface Content {
        void fill(Cells cells);
    }

    private static void write(Path file, Workbook workbook, Content content) throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            Cells cells = new Cells(workbook);
            content.fill(cells);
            cells.fixProperties();
            workbook.write(out);
        }
    }

    /**
     * Writes typed values: a Double is money (£#,##0.00), a Long a whole number (a UPRN), a LocalDate a real
     * date (dd/mm/yyyy), a String text and null a blank cell.
     */
    private static final class Cells {
        private final Workbook workbook;
        private final CellStyle money;
        private final CellStyle whole;
        private final CellStyle date;
        private final CellStyle header;
        private final CellStyle title;

        Cells(Workbook workbook) {
            this.workbook = workbook;
            this.money = format("£#,##0.00");
            this.whole = format("0");
            this.date = format("dd/mm/yyyy");
            this.header = bold(11);
            this.title = bold(14);
        }

        private CellStyle format(String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(pattern));
            return style;
        }

        private CellStyle bold(int points) {
            Font font = workbook.createFont();
            font.setBold(true);
            font.setFontHeightInPoints((short) points);
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            return style;
        }

        void cover(String directorate, String period, String submittedBy, String email) {
            Sheet sheet = workbook.createSheet("Cover");
            row(sheet, 1, "Return", "Property disposals");
            row(sheet, 2, "Directorate", directorate);
            row(sheet, 3, "Period", period);
            row(sheet, 4, "Submitted by", submittedBy);
            row(sheet, 5, "Contact email", email);
            sheet.setColumnWidth(0, 16 * 256);
            sheet.setColumnWidth(1, 40 * 256);
        }

        Table table(String sheetName, int headerRow, String[] titles) {
            return table(workbook.createSheet(sheetName), headerRow, titles);
        }

        Table table(Sheet sheet, int headerRow, String[] titles) {
            row(sheet, headerRow, (Object[]) titles);
            for (Cell cell : sheet.getRow(headerRow - 1)) {
                cell.setCellStyle(header);
                sheet.setColumnWidth(cell.getColumnIndex(), Math.max(12, titles[cell.getColumnIndex()].length() + 4) * 256);
            }
            sheet.createFreezePane(0, headerRow);
            return new Table(this, sheet, headerRow + 1, titles.length);
        }

        void row(Sheet sheet, int rowNumber, Object... values) {
            Row row = sheet.createRow(rowNumber - 1);
            for (int column = 0; column < values.length; column++) {
                if (values[column] != null) {
                    set(row.createCell(column), values[column]);
                }
            }
        }

        private void set(Cell cell, Object value) {
            if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof Double amount) {
                cell.setCellValue(amount);
                cell.setCellStyle(money);
            } else if (value instanceof Long number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(whole);
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else {
                throw new IllegalArgumentException("Cannot write " + value.getClass() + " to a cell");
            }
        }

        void fixProperties() {
            if (workbook instanceof XSSFWorkbook xssf) {
                var core = xssf.getProperties().getCoreProperties();
                core.setCreated(Optional.of(SAVED_AT));
                core.setModified(Optional.of(SAVED_AT));
                core.setCreator("Best Value returns samples");
            } else if (workbook instanceof HSSFWorkbook hssf) {
                hssf.createInformationProperties();
                hssf.getSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_WINDOWS_1252);
                hssf.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_WINDOWS_1252);
                hssf.getSummaryInformation().setAuthor("Best Value returns samples");
                hssf.getSummaryInformation().setCreateDateTime(SAVED_AT);
            }
        }
    }

    /** Appends rows below a header, one call per spreadsheet row. */
    private static final class Table {
        private final Cells cells;
        private final Sheet sheet;
        private final int width;
        private int next;

        Table(Cells cells, Sheet sheet, int firstRow, int width) {
            this.cells = cells;
            this.sheet = sheet;
            this.next = firstRow;
            this.width = width;
        }

        void row(Object... values) {
            if (values.length != width) {
                throw new IllegalArgumentException("Row " + next + " has " + values.length + " values for " + width + " columns");
            }
            cells.row(sheet, next++, values);
        }

        void blankRow() {
            next++;
        }
    }
}
