package uk.gov.bestvalue.returns.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each limit on reading is checked before or while reading, and its breach is a reason its owner can act on. */
class ReadLimitsTests {

    private static final ReadLimits D = ReadLimits.DEFAULTS;

    @TempDir
    Path dir;

    @Test
    void aPartThatUnpacksToHundredsOfTimesItsSizeIsRefusedFromTheZipsIndexBeforeReading() throws IOException {
        // given a sheet of 30 MB of blanks, which packs into a few tens of KB
        Path bomb = TestZips.write(dir.resolve("bomb.xlsx"), workbook(sheet(" ".repeat(30 << 20))));

        // when
        long started = System.nanoTime();
        UnreadableWorkbookException refused = refusal(bomb, D);

        // then
        assertThat(refused.reason()).isEqualTo(UnreadableWorkbookException.Reason.TOO_LARGE);
        assertThat(refused.getMessage()).startsWith("The part xl/worksheets/sheet1.xml of the workbook unpacks to ")
                .contains("the limit is 200 times");
        assertThat(System.nanoTime() - started).as("nothing was unpacked").isLessThan(2_000_000_000L);
    }

    @Test
    void aPartWhoseHeaderUnderstatesItsSizeIsStoppedWhileItUnpacks() throws IOException {
        // given the same bomb whose zip index says the sheet unpacks to 1,000 bytes only
        Path bomb = TestZips.write(dir.resolve("lying.xlsx"), workbook(sheet(" ".repeat(30 << 20))));
        declareSize(bomb, "xl/worksheets/sheet1.xml", 1_000);

        // when the sheet is read
        UnreadableWorkbookException refused = refusal(bomb, D);

        // then it is stopped by what it unpacks to, not by what it says
        assertThat(refused.getMessage()).doesNotContain("Exception")
                .containsAnyOf("holds more data than the file's index says", "the limit is 200 times");
    }

    @Test
    void aWorkbookThatUnpacksToMoreThanTheLimitIsRefusedBeforeReading() throws IOException {
        // given 3 MB of varied text and a limit of 1 MB unpacked
        StringBuilder rows = new StringBuilder();
        for (int i = 0; rows.length() < 3 << 20; i++) {
            rows.append("<row r=\"").append(i + 1).append("\"><c r=\"A").append(i + 1).append("\"><v>")
                    .append(i * 7919L % 1_000_003).append("</v></c></row>");
        }
        Path big = TestZips.write(dir.resolve("big.xlsx"), workbook(sheet(rows.toString())));
        ReadLimits limits = new ReadLimits(D.maxFileBytes(), 1 << 20, D.maxInflateRatio(), D.maxSharedStrings(),
                D.maxSharedStringsBytes(), D.maxCellsPerRow(), D.maxSheets(), D.maxCellChars());

        // when
        UnreadableWorkbookException refused = refusal(big, limits);

        // then
        assertThat(refused.getMessage()).startsWith("The workbook unpacks to over 3 MB of data; the limit is 1 MB.");
    }

    @Test
    void aWorkbookOfMoreSheetsThanTheLimitIsRefused() throws IOException {
        Map<String, String> parts = workbook(sheet(""));
        String sheets = parts.get("xl/workbook.xml").replace("<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>",
                "<sheet name=\"A\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"B\" sheetId=\"2\" r:id=\"rId1\"/>"
                        + "<sheet name=\"C\" sheetId=\"3\" r:id=\"rId1\"/>");
        parts.put("xl/workbook.xml", sheets);
        Path many = TestZips.write(dir.resolve("many.xlsx"), parts);

        assertThat(refusal(many, limits(2, D.maxCellsPerRow(), D.maxCellChars())).getMessage())
                .startsWith("The workbook has 3 sheets; the limit is 2.");
    }

    @Test
    void aRowOfMoreCellsThanTheLimitIsRefusedWhenItIsRead() throws IOException {
        Path wide = Files.writeString(dir.resolve("wide.csv"), "a,b,c\n1,2,3,4,5\n");

        assertThat(refusal(wide, limits(D.maxSheets(), 4, D.maxCellChars())).getMessage())
                .startsWith("Row 2 of sheet 'wide' holds 5 cells; the limit is 4.");
    }

    @Test
    void aCellLongerThanTheLimitIsRefusedWhenItIsRead() throws IOException {
        Path xlsx = TestZips.write(dir.resolve("long.xlsx"), workbook(sheet(
                "<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>" + "x".repeat(40_000) + "</t></is></c></row>")));

        assertThat(refusal(xlsx, D).getMessage())
                .isEqualTo("Cell Data!B1 holds 40,000 characters; the limit is 32,767. Shorten it and send the file "
                        + "again.");
    }

    private static ReadLimits limits(int sheets, int cellsPerRow, int cellChars) {
        return new ReadLimits(D.maxFileBytes(), D.maxUncompressedBytes(), D.maxInflateRatio(), D.maxSharedStrings(),
                D.maxSharedStringsBytes(), cellsPerRow, sheets, cellChars);
    }

    /** Opens the file and reads its first sheet to the end, returning why it was refused. */
    private static UnreadableWorkbookException refusal(Path file, ReadLimits limits) {
        return catchThrowableOfType(UnreadableWorkbookException.class, () -> {
            try (WorkbookFile workbook = Workbooks.open(file, limits);
                 RowCursor rows = workbook.openSheet(workbook.sheets().get(0).name())) {
                while (rows.next() != null) {
                    // read to the end
                }
            }
        });
    }

    static String sheet(String sheetData) {
        return "<worksheet xmlns=\"" + TestZips.MAIN_NS + "\"><sheetData>" + sheetData + "</sheetData></worksheet>";
    }

    static Map<String, String> workbook(String sheet) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + TestZips.MAIN_NS + "\" xmlns:r=\"" + TestZips.REL_NS
                + "\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + TestZips.relationship("rId1", "worksheet", "worksheets/sheet1.xml") + "</Relationships>");
        parts.put("xl/worksheets/sheet1.xml", sheet);
        return parts;
    }

    /** Rewrites the unpacked size the zip's central directory gives a part, as a hand-crafted bomb would. */
    static void declareSize(Path zip, String part, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        byte[] name = part.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (buffer.getInt(i) == 0x02014b50 && buffer.getShort(i + 28) == name.length
                    && new String(bytes, i + 46, name.length, StandardCharsets.UTF_8).equals(part)) {
                buffer.putInt(i + 24, size);
            }
        }
        Files.write(zip, bytes);
    }
}
