package uk.gov.bestvalue.returns.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWorkbookReaderTests {

    private static final String CONTENT = "Supplier,Amount\n\"Smith, Jones & Co\",£1,200\n";

    @TempDir
    Path dir;

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("UTF-8", bytes(new byte[0], CONTENT, StandardCharsets.UTF_8)),
                Arguments.of("UTF-8 with BOM", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CONTENT,
                        StandardCharsets.UTF_8)),
                Arguments.of("UTF-16LE with BOM", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, CONTENT,
                        StandardCharsets.UTF_16LE)),
                Arguments.of("UTF-16BE with BOM", bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, CONTENT,
                        StandardCharsets.UTF_16BE)),
                Arguments.of("Windows-1252", bytes(new byte[0], CONTENT, Charset.forName("windows-1252"))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("encodings")
    void detectsTheCharacterSet(String encoding, byte[] content) throws IOException {
        // given
        Path file = Files.write(dir.resolve("contracts.csv"), content);

        // when
        List<SheetRow> rows = XlsxWorkbookReaderTests.readAll(file, "contracts");

        // then
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).cells()).containsExactly(CellValue.text("Supplier"), CellValue.text("Amount"));
        assertThat(rows.get(1).cells()).containsExactly(CellValue.text("Smith, Jones & Co"), CellValue.text("£1"),
                CellValue.text("200"));
    }

    @Test
    void aWindows1252PoundSignIsOneByte() throws IOException {
        // given: 0xA3 is £ in Windows-1252 and never valid on its own in UTF-8
        byte[] content = {'C', 'o', 's', 't', '\r', '\n', (byte) 0xA3, '5'};
        Path file = Files.write(dir.resolve("costs.csv"), content);

        // when
        List<SheetRow> rows = XlsxWorkbookReaderTests.readAll(file, "costs");

        // then
        assertThat(rows.get(1).cell(0).text()).isEqualTo("£5");
    }

    @Test
    void aQuoteInsideAFieldThatDoesNotStartWithOneIsKeptAsWrittenAndTheRestOfTheFileRead() throws IOException {
        // given lines as Newcastle's and Network Rail's spend ledgers wrote them, a quote mark within a supplier's name
        String csv = "Date,Supplier,Amount\n"
                + "2017-11-30,TOYS ''R\" US LIMITED,460.40\n"
                + "2019-03-02,Young Samuel Chambers (''YSC\") Ltd,48596.67\n"
                + "2019-03-04,\"Acme, Ltd\",12.00\n";
        Path file = Files.write(dir.resolve("spend.csv"), csv.getBytes(StandardCharsets.UTF_8));

        // when
        List<SheetRow> rows = XlsxWorkbookReaderTests.readAll(file, "spend");

        // then each quote mark is part of the name, as a spreadsheet opening the file shows it, and no line is lost
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).cell(1).text()).isEqualTo("TOYS ''R\" US LIMITED");
        assertThat(rows.get(2).cell(1).text()).isEqualTo("Young Samuel Chambers (''YSC\") Ltd");
        assertThat(rows.get(2).cell(2).text()).isEqualTo("48596.67");
        assertThat(rows.get(3).cell(1).text()).isEqualTo("Acme, Ltd");
    }

    @Test
    void aByteOrderMarkSavedAgainAsTextIsNoPartOfTheFirstTitle() throws IOException {
        // given a file whose mark a tool read as Windows-1252 and wrote back as UTF-8 (bytes C3 AF C2 BB C2 BF), as the
        // copy of Salford's contracts register that a spending-data project keeps
        String csv = "\u00EF\u00BB\u00BFDirectorate Name,Contract Reference\nPlace,S1417\n";
        Path file = Files.write(dir.resolve("contracts-register.csv"), csv.getBytes(StandardCharsets.UTF_8));

        // when
        List<SheetRow> rows = XlsxWorkbookReaderTests.readAll(file, "contracts-register");

        // then
        assertThat(rows.get(0).cell(0).text()).isEqualTo("Directorate Name");
        assertThat(rows.get(1).cell(0).text()).isEqualTo("Place");
    }

    @ParameterizedTest(name = "[{index}] line ending {0}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void readsEveryLineEndingWithQuotedNewlinesAndCommas(String eol) throws IOException {
        // given
        String csv = "Supplier,Notes,Amount" + eol + "Acme,\"first line" + eol + "second, line\",500" + eol
                + eol + "Brick Co,,\"1,200\"" + eol + "Last,\"say \"\"hi\"\"\",C:\\temp";
        Path file = Files.write(dir.resolve("notes.txt"), csv.getBytes(StandardCharsets.UTF_8));

        // when
        List<SheetRow> rows = XlsxWorkbookReaderTests.readAll(file, "notes");

        // then
        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 2, 3, 4, 5);
        assertThat(rows.get(1).cell(1).text()).isEqualTo("first line\nsecond, line");
        assertThat(rows.get(1).cell(2).text()).isEqualTo("500");
        assertThat(rows.get(2).isBlank()).isTrue();
        assertThat(rows.get(3).cells()).containsExactly(CellValue.text("Brick Co"), CellValue.BLANK,
                CellValue.text("1,200"));
        assertThat(rows.get(4).cell(1).text()).isEqualTo("say \"hi\"");
        assertThat(rows.get(4).cell(2).text()).isEqualTo("C:\\temp");
    }

    @Test
    void actsAsOneSheetNamedAfterTheFile() throws IOException {
        // given
        Path file = Files.write(dir.resolve("April return.v2.csv"), "a,b\n".getBytes(StandardCharsets.UTF_8));

        try (WorkbookFile workbook = Workbooks.open(file)) {
            // then
            assertThat(workbook.format()).isEqualTo(WorkbookFormat.CSV);
            assertThat(workbook.sheets()).containsExactly(new SheetInfo("April return.v2", false));
            assertThat(XlsxWorkbookReaderTests.drain(workbook.openSheet("April return.v2"))).hasSize(1);
            assertThat(XlsxWorkbookReaderTests.drain(workbook.openSheet("April return.v2"))).hasSize(1);
        }
    }

    @ParameterizedTest(name = "[{index}] separator ''{0}''")
    @ValueSource(strings = {";", "\t"})
    void detectsSemicolonsAndTabs(String separator) throws IOException {
        // given
        String csv = String.join(separator, "Supplier", "Amount", "Note") + "\n"
                + String.join(separator, "Acme", "1,5", "\"a" + separator + "b\"") + "\n";
        Path file = Files.write(dir.resolve("export.csv"), csv.getBytes(StandardCharsets.UTF_8));

        // when
        List<SheetRow> rows = XlsxWorkbookReaderTests.readAll(file, "export");

        // then
        assertThat(rows.get(1).cells()).extracting(CellValue::text)
                .containsExactly("Acme", "1,5", "a" + separator + "b");
    }

    @Test
    void keepsTextAsStoredAndTrimsTrailingEmptyFields() throws IOException {
        // given
        Path file = Files.write(dir.resolve("raw.csv"), " padded , 007 ,,\n".getBytes(StandardCharsets.UTF_8));

        // when
        SheetRow row = XlsxWorkbookReaderTests.readAll(file, "raw").get(0);

        // then
        assertThat(row.cells()).containsExactly(CellValue.text(" padded "), CellValue.text(" 007 "));
        assertThat(row.cell(0).kind()).isEqualTo(CellKind.TEXT);
    }

    @Test
    void anUnclosedQuoteIsReported() throws IOException {
        // given
        String csv = "Supplier,Notes\nAcme,\"never closed\n" + "x\n".repeat(20_000);
        Path file = Files.write(dir.resolve("broken.csv"), csv.getBytes(StandardCharsets.UTF_8));

        // when / then
        try (WorkbookFile workbook = Workbooks.open(file); RowCursor cursor = workbook.openSheet("broken")) {
            assertThat(cursor.next().rowNumber()).isEqualTo(1);
            assertThatThrownBy(cursor::next)
                    .isInstanceOfSatisfying(UnreadableWorkbookException.class,
                            e -> assertThat(e.reason()).isEqualTo(UnreadableWorkbookException.Reason.CORRUPT));
        }
    }

    private static byte[] bytes(byte[] bom, String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text.getBytes(charset));
        return Arrays.copyOf(out.toByteArray(), out.size());
    }
}
