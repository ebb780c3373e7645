package uk.gov.bestvalue.returns.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWorkbookReaderTests {

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void writeWorkbook() throws IOException {
        file = dir.resolve("return.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle ukDate = wb.createCellStyle();
            ukDate.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            CellStyle builtInDate = wb.createCellStyle();
            builtInDate.setDataFormat((short) 14);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("£#,##0.00"));

            XSSFSheet contracts = wb.createSheet("Contracts");
            XSSFRow header = contracts.createRow(0);
            String[] titles = {"Supplier", "Amount", "Start", "Framework", "Doubled", "Broken", "Spare"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            XSSFRow first = contracts.createRow(1);
            first.createCell(0).setCellValue("Acme Ltd");
            first.createCell(1).setCellValue(25000);
            first.getCell(1).setCellStyle(money);
            first.createCell(2).setCellValue(LocalDateTime.of(2016, 4, 1, 0, 0));
            first.getCell(2).setCellStyle(ukDate);
            first.createCell(3).setCellValue(true);
            first.createCell(4).setCellFormula("B2*2");
            first.createCell(5).setCellErrorValue(FormulaError.REF.getCode());
            first.createCell(6).setCellStyle(money);

            XSSFRow gapped = contracts.createRow(3);
            XSSFRichTextString rich = new XSSFRichTextString("Brick Co Ltd");
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            rich.applyFont(0, 5, bold);
            gapped.createCell(0).setCellValue(rich);
            gapped.createCell(3).setCellValue(12821.810000000001);
            gapped.createCell(5).setCellValue(LocalDateTime.of(2016, 4, 1, 10, 30));
            gapped.getCell(5).setCellStyle(dateTime);
            gapped.createCell(6).setCellValue(LocalDateTime.of(2017, 3, 31, 0, 0));
            gapped.getCell(6).setCellStyle(builtInDate);
            contracts.createRow(4).createCell(0).setCellValue("Acme Ltd");

            wb.createSheet("Lookups").createRow(0).createCell(0).setCellValue("Hidden list");
            wb.createSheet("Secret").createRow(0).createCell(0).setCellValue("Very hidden");
            wb.setSheetHidden(1, true);
            wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
            wb.createSheet("Cover sheet").createRow(2).createCell(1).setCellValue(-0.5);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
    }

    @Test
    void listsSheetsInOrderWithHiddenOnes() throws IOException {
        // when
        try (WorkbookFile workbook = Workbooks.open(file)) {
            // then
            assertThat(workbook.format()).isEqualTo(WorkbookFormat.XLSX);
            assertThat(workbook.path()).isEqualTo(file);
            assertThat(workbook.sheets()).containsExactly(new SheetInfo("Contracts", false),
                    new SheetInfo("Lookups", true), new SheetInfo("Secret", true), new SheetInfo("Cover sheet", false));
        }
    }

    @Test
    void readsEveryKindOfCell() throws IOException {
        // when
        List<SheetRow> rows = readAll(file, "Contracts");

        // then
        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 2, 4, 5);
        SheetRow first = rows.get(1);
        assertThat(first.sheet()).isEqualTo("Contracts");
        assertThat(first.width()).as("the styled blank cell at the end is not counted").isEqualTo(6);
        assertThat(first.cell(0)).isEqualTo(CellValue.text("Acme Ltd"));
        // the text is the number as stored in the file, and POI stores 25000 as "25000.0" where Excel writes "25000"
        assertThat(first.cell(1)).isEqualTo(CellValue.number(25000, "25000.0"));
        assertThat(first.cell(2).kind()).isEqualTo(CellKind.DATE);
        assertThat(first.cell(2).text()).isEqualTo("2016-04-01");
        assertThat(first.cell(2).dateTime()).isEqualTo(LocalDateTime.of(2016, 4, 1, 0, 0));
        assertThat(first.cell(2).number()).isEqualTo(42461);
        assertThat(first.cell(3)).isEqualTo(CellValue.bool(true));
        assertThat(first.cell(4).kind()).isEqualTo(CellKind.NUMBER);
        assertThat(first.cell(4).number()).isEqualTo(50000);
        assertThat(first.cell(5)).isEqualTo(CellValue.error("#REF!"));
        assertThat(first.cell(6)).isEqualTo(CellValue.BLANK);
        assertThat(first.cell(99)).isEqualTo(CellValue.BLANK);
        assertThat(first.ref(5)).hasToString("Contracts!F2");
    }

    @Test
    void readsRichTextGapColumnsDateTimesAndRawNumbers() throws IOException {
        // when
        SheetRow gapped = readAll(file, "Contracts").get(2);

        // then
        assertThat(gapped.rowNumber()).isEqualTo(4);
        assertThat(gapped.cell(0).text()).isEqualTo("Brick Co Ltd");
        assertThat(gapped.cell(1).isBlank()).isTrue();
        assertThat(gapped.cell(2).kind()).isEqualTo(CellKind.BLANK);
        assertThat(gapped.cell(3).text()).isEqualTo("12821.810000000001");
        assertThat(gapped.cell(5).text()).isEqualTo("2016-04-01T10:30:00");
        assertThat(gapped.cell(6).text()).isEqualTo("2017-03-31");
        assertThat(gapped.isBlank()).isFalse();
    }

    @Test
    void readsHiddenSheetsAndSheetsWithSpacesInTheirNames() throws IOException {
        assertThat(readAll(file, "Lookups")).singleElement()
                .satisfies(row -> assertThat(row.cell(0).text()).isEqualTo("Hidden list"));
        assertThat(readAll(file, "cover SHEET")).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(3);
            assertThat(row.cell(1)).isEqualTo(CellValue.number(-0.5, "-0.5"));
            assertThat(row.ref(1)).hasToString("'Cover sheet'!B3");
        });
    }

    @Test
    void aSheetCanBeReadAgainFromTheTop() throws IOException {
        try (WorkbookFile workbook = Workbooks.open(file)) {
            // when
            List<SheetRow> once = drain(workbook.openSheet("Contracts"));
            List<SheetRow> twice = drain(workbook.openSheet("Contracts"));

            // then
            assertThat(twice).isEqualTo(once).hasSize(4);
        }
    }

    @Test
    void anUnknownSheetIsAProgrammingError() throws IOException {
        try (WorkbookFile workbook = Workbooks.open(file)) {
            assertThatThrownBy(() -> workbook.openSheet("Nope")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void streamsALargeSheetOfInlineStrings() throws IOException {
        // given: SXSSF writes inline strings rather than shared ones
        Path big = dir.resolve("big.xlsx");
        int rowCount = 20_000;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(big)) {
            var sheet = wb.createSheet("Data");
            for (int r = 0; r < rowCount; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("Supplier " + r);
                row.createCell(1).setCellValue(r * 1.5);
            }
            wb.write(out);
            wb.dispose();
        }

        // when
        List<SheetRow> rows = readAll(big, "Data");

        // then
        assertThat(rows).hasSize(rowCount);
        assertThat(rows.get(rowCount - 1).cell(0)).isEqualTo(CellValue.text("Supplier 19999"));
        assertThat(rows.get(rowCount - 1).cell(1)).isEqualTo(CellValue.number(29998.5, "29998.5"));
        assertThat(rows.get(rowCount - 1).rowNumber()).isEqualTo(rowCount);
    }

    @Test
    void readsHandWrittenPartsTheWayOtherProgramsWriteThem() throws IOException {
        // given: absolute and relative targets, a prefixed namespace, rows and cells without references,
        // rich text with a phonetic guide, escapes, inline and formula strings, the 1904 date system
        Path handMade = TestZips.write(dir.resolve("hand-made.xlsx"), handMadeParts());

        // when
        List<SheetRow> rows = readAll(handMade, "Data");

        // then
        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 3, 4, 5);
        assertThat(rows.get(0).cells()).containsExactly(CellValue.text("Plain"), CellValue.text("Rich text"),
                CellValue.text("line\nbreak"));
        assertThat(rows.get(1).cells()).containsExactly(CellValue.BLANK, CellValue.text("inline"),
                CellValue.text("Plain"), CellValue.BLANK, CellValue.BLANK, CellValue.error("#DIV/0!"));
        SheetRow dates = rows.get(2);
        assertThat(dates.cell(0).dateTime()).isEqualTo(LocalDateTime.of(1904, 1, 2, 0, 0));
        assertThat(dates.cell(1).kind()).isEqualTo(CellKind.DATE);
        assertThat(dates.cell(1).text()).isEqualTo("2016-04-01");
        assertThat(dates.cell(2)).isEqualTo(CellValue.bool(false));
        assertThat(dates.cell(3)).isEqualTo(CellValue.number(0.0015, "1.5E-3"));
        assertThat(dates.cell(4).kind()).as("style 2 is a built-in date format").isEqualTo(CellKind.DATE);
        assertThat(dates.cell(5).kind()).as("cellStyleXfs are not cell styles").isEqualTo(CellKind.NUMBER);
        SheetRow numbers = rows.get(3);
        assertThat(numbers.cell(0)).as("a number keeps its text as written").isEqualTo(CellValue.number(-12.5, "-12.50"));
        assertThat(numbers.cell(1)).isEqualTo(CellValue.number(42, " 42 "));
        assertThat(numbers.cell(2)).as("an empty value is blank").isEqualTo(CellValue.BLANK);
        assertThat(numbers.cell(3).dateTime()).as("the 1904 date system").isEqualTo(LocalDateTime.of(2020, 4, 2, 12, 0));
        assertThat(numbers.cell(4)).isEqualTo(CellValue.number(7, "7"));
        assertThat(numbers.cell(5)).isEqualTo(CellValue.number(1234567890123456789d, "1234567890123456789"));
        assertThat(readAll(handMade, "Prefixed")).singleElement()
                .satisfies(row -> assertThat(row.cell(0).text()).isEqualTo("prefixed"));
    }

    @Test
    void damageFoundWhileStreamingIsReportedAsCorrupt() throws IOException {
        // given
        Path handMade = TestZips.write(dir.resolve("hand-made.xlsx"), handMadeParts());

        try (WorkbookFile workbook = Workbooks.open(handMade)) {
            // when
            RowCursor broken = workbook.openSheet("Broken");
            SheetRow first = broken.next();

            // then
            assertThat(first.cell(0).number()).isEqualTo(1);
            assertThatThrownBy(broken::next).isInstanceOfSatisfying(UnreadableWorkbookException.class,
                    e -> assertThat(e.reason()).isEqualTo(UnreadableWorkbookException.Reason.CORRUPT));
            broken.close();
            assertThatThrownBy(() -> drain(workbook.openSheet("BadIndex")))
                    .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> {
                        assertThat(e.reason()).isEqualTo(UnreadableWorkbookException.Reason.CORRUPT);
                        assertThat(e.getMessage()).contains("shared string 99");
                    });
            assertThatThrownBy(() -> workbook.openSheet("Missing"))
                    .isInstanceOfSatisfying(UnreadableWorkbookException.class,
                            e -> assertThat(e.getMessage()).contains("'Missing' is missing"));
        }
    }

    @Test
    void neverResolvesAnExternalEntity() throws IOException {
        // given a workbook whose shared strings try to pull in a file of the machine reading it (XXE)
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Map<String, String> parts = handMadeParts();
        parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]><sst xmlns=\"" + TestZips.MAIN_NS + "\"><si><t>&xxe;</t></si>"
                + "<si><t>b</t></si><si><t>c</t></si></sst>");
        Path hostile = TestZips.write(dir.resolve("hostile.xlsx"), parts);

        // when it is opened and read, then the file's content never appears: it is refused or left unexpanded
        try (WorkbookFile workbook = Workbooks.open(hostile)) {
            List<SheetRow> rows = readAll(hostile, "Data");
            assertThat(rows.toString()).doesNotContain("TOP-SECRET");
        } catch (UnreadableWorkbookException refused) {
            assertThat(refused.getMessage()).doesNotContain("TOP-SECRET");
        }
    }

    private static Map<String, String> handMadeParts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"" + TestZips.MAIN_NS + "\" xmlns:r=\"" + TestZips.REL_NS + "\">"
                + "<workbookPr date1904=\"1\"/><sheets>"
                + "<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>"
                + "<sheet name=\"Prefixed\" sheetId=\"2\" r:id=\"rId4\"/>"
                + "<sheet name=\"Broken\" sheetId=\"3\" r:id=\"rId5\"/>"
                + "<sheet name=\"BadIndex\" sheetId=\"4\" r:id=\"rId6\"/>"
                + "<sheet name=\"Missing\" sheetId=\"5\" r:id=\"rId7\"/>"
                + "</sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + TestZips.relationship("rId1", "worksheet", "/xl/worksheets/data.xml")
                + TestZips.relationship("rId2", "styles", "styles.xml")
                + TestZips.relationship("rId3", "sharedStrings", "strings/../sharedStrings.xml")
                + TestZips.relationship("rId4", "worksheet", "worksheets/prefixed.xml")
                + TestZips.relationship("rId5", "worksheet", "worksheets/broken.xml")
                + TestZips.relationship("rId6", "worksheet", "worksheets/badindex.xml")
                + TestZips.relationship("rId7", "worksheet", "worksheets/nowhere.xml")
                + "</Relationships>");
        parts.put("xl/styles.xml", "<styleSheet xmlns=\"" + TestZips.MAIN_NS + "\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                + "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"14\"/><xf numFmtId=\"4\"/></cellXfs></styleSheet>");
        parts.put("xl/sharedStrings.xml", "<sst xmlns=\"" + TestZips.MAIN_NS + "\" count=\"3\" uniqueCount=\"3\">"
                + "<si><t>Plain</t></si>"
                + "<si><r><t xml:space=\"preserve\">Rich </t></r><r><rPr><b/></rPr><t>text</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh><phoneticPr fontId=\"1\"/></si>"
                + "<si><t>line_x000A_break</t></si></sst>");
        parts.put("xl/worksheets/data.xml", "<worksheet xmlns=\"" + TestZips.MAIN_NS + "\"><dimension ref=\"A1:F4\"/>"
                + "<sheetData>"
                + "<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c><c t=\"s\"><v>2</v></c></row>"
                + "<row r=\"3\" spans=\"1:6\"><c r=\"B3\" t=\"inlineStr\"><is><t>inline</t></is></c>"
                + "<c t=\"str\"><f>A1</f><v>Plain</v></c><c r=\"E3\"><f>1/0</f></c>"
                + "<c r=\"F3\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>"
                + "<row><c r=\"A4\" s=\"1\"><v>1</v></c><c r=\"B4\" t=\"d\"><v>2016-04-01T00:00:00Z</v></c>"
                + "<c r=\"C4\" t=\"b\"><v>0</v></c><c r=\"D4\"><v>1.5E-3</v></c>"
                + "<c r=\"E4\" s=\"2\"><v>100</v></c><c r=\"F4\" s=\"3\"><v>100</v></c></row>"
                // numbers as files write them: signs, trailing zeros, spaces, empty, a time of day, a comment inside
                + "<row r=\"5\"><c r=\"A5\"><v>-12.50</v></c><c r=\"B5\" t=\"n\"><v> 42 </v></c><c r=\"C5\"><v/></c>"
                + "<c r=\"D5\" s=\"2\"><v>42461.5</v></c><c r=\"E5\"><v>7<!-- seven --></v></c>"
                + "<c r=\"F5\"><v>1234567890123456789</v></c></row>"
                + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells></worksheet>");
        parts.put("xl/worksheets/prefixed.xml", "<x:worksheet xmlns:x=\"" + TestZips.MAIN_NS + "\"><x:sheetData>"
                + "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>prefixed</x:t></x:is></x:c></x:row>"
                + "</x:sheetData></x:worksheet>");
        parts.put("xl/worksheets/broken.xml", "<worksheet xmlns=\"" + TestZips.MAIN_NS + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></row>");
        parts.put("xl/worksheets/badindex.xml", "<worksheet xmlns=\"" + TestZips.MAIN_NS + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row></sheetData></worksheet>");
        return parts;
    }

    static List<SheetRow> readAll(Path path, String sheet) throws IOException {
        try (WorkbookFile workbook = Workbooks.open(path)) {
            return drain(workbook.openSheet(sheet));
        }
    }

    static List<SheetRow> drain(RowCursor cursor) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        try (cursor) {
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                rows.add(row);
            }
            assertThat(cursor.next()).isNull();
        }
        return rows;
    }
}
