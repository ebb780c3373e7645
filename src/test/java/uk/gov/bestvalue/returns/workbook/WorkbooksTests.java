package uk.gov.bestvalue.returns.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.bestvalue.returns.workbook.UnreadableWorkbookException.Reason;

class WorkbooksTests {

    @TempDir
    Path dir;

    @Test
    void aZeroByteFileIsEmpty() throws IOException {
        // given
        Path file = Files.write(dir.resolve("return.xlsx"), new byte[0]);

        // when / then
        assertUnreadable(file, Reason.EMPTY, "The file is empty (0 bytes)");
    }

    @Test
    void aFileOverTheLimitIsTooLarge() throws IOException {
        // given
        Path file = Files.write(dir.resolve("return.csv"), new byte[3 * 1024 * 1024 + 1]);

        // when / then
        assertThatThrownBy(() -> Workbooks.open(file, 2 * 1024 * 1024))
                .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                    assertThat(e.getMessage()).startsWith("The file is 3.1 MB, which is more than the 2 MB limit.");
                });
    }

    @Test
    void randomBinaryIsNotASpreadsheet() throws IOException {
        // given
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        noise[10] = 0;
        Path file = Files.write(dir.resolve("return.xls"), noise);

        // when / then
        assertUnreadable(file, Reason.NOT_A_SPREADSHEET, "save it as .xlsx, .xls or .csv");
    }

    @Test
    void aPdfIsNotASpreadsheet() throws IOException {
        // given
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("return.xlsx"), pdf);

        // when / then
        assertUnreadable(file, Reason.NOT_A_SPREADSHEET, "The file is a PDF document, not a spreadsheet.");
    }

    @Test
    void aWebPageSavedAsXlsIsNotASpreadsheet() throws IOException {
        // given
        Path file = Files.write(dir.resolve("report.xls"),
                "\n<html><body><table><tr><td>1</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8));

        // when / then
        assertUnreadable(file, Reason.NOT_A_SPREADSHEET, "a web page");
    }

    @Test
    void aWordDocumentIsNotASpreadsheet() throws IOException {
        // given: a .docx is a zip too, but without xl/workbook.xml
        Path file = TestZips.write(dir.resolve("return.xlsx"), Map.of(
                "[Content_Types].xml", "<Types/>",
                "word/document.xml", "<w:document xmlns:w=\"urn:w\"/>"));

        // when / then
        assertUnreadable(file, Reason.NOT_A_SPREADSHEET, "The file is a Word document, not a spreadsheet.");
    }

    @Test
    void anOldWordDocumentIsNotASpreadsheet() throws IOException {
        // given: a .doc shares the OLE2 container with .xls
        Path file = dir.resolve("return.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(out);
        }

        // when / then
        assertUnreadable(file, Reason.NOT_A_SPREADSHEET, "a Word document");
    }

    @Test
    void aTruncatedXlsxIsCorrupt() throws IOException {
        // given
        Path good = dir.resolve("good.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(good)) {
            wb.createSheet("Contracts").createRow(0).createCell(0).setCellValue("Supplier");
            wb.write(out);
        }
        byte[] bytes = Files.readAllBytes(good);
        Path file = Files.write(dir.resolve("return.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

        // when / then
        assertUnreadable(file, Reason.CORRUPT, "Open it in Excel, save it again and resend it.");
    }

    @Test
    void aTruncatedXlsIsCorrupt() throws IOException {
        // given
        Path good = dir.resolve("good.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(good)) {
            var sheet = wb.createSheet("Contracts");
            for (int r = 0; r < 2_000; r++) {
                sheet.createRow(r).createCell(0).setCellValue("Supplier " + r);
            }
            wb.write(out);
        }
        byte[] bytes = Files.readAllBytes(good);
        Path file = Files.write(dir.resolve("return.xls"), Arrays.copyOf(bytes, bytes.length / 2));

        // when / then
        assertUnreadable(file, Reason.CORRUPT, "Open it in Excel, save it again and resend it.");
    }

    @Test
    void aPasswordProtectedXlsxIsEncrypted() throws Exception {
        // given
        Path file = dir.resolve("return.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypted = encryptor.getDataStream(fs); XSSFWorkbook wb = new XSSFWorkbook()) {
                wb.createSheet("Contracts").createRow(0).createCell(0).setCellValue("Supplier");
                wb.write(encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        // when / then
        assertUnreadable(file, Reason.ENCRYPTED,
                "The workbook is protected with a password, so it cannot be read. Remove the password "
                        + "(File > Info > Protect Workbook) and send it again.");
    }

    @Test
    void aPasswordProtectedXlsIsEncrypted() throws IOException {
        // given
        Path file = dir.resolve("return.xls");
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Contracts").createRow(0).createCell(0).setCellValue("Supplier");
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        // when / then
        assertUnreadable(file, Reason.ENCRYPTED, "protected with a password");
    }

    @Test
    void anXlsxDamagedInsideASheetFailsAsCorruptWhileStreaming() throws IOException {
        // given: the zip's directory is intact but the middle of the sheet's compressed data is overwritten
        Path file = dir.resolve("return.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("Contracts");
            Random random = new Random(7);
            for (int r = 0; r < 5_000; r++) {
                sheet.createRow(r).createCell(0).setCellValue(random.nextDouble());
            }
            wb.write(out);
        }
        byte[] bytes = Files.readAllBytes(file);
        int sheetData = indexOf(bytes, "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII));
        Arrays.fill(bytes, sheetData + 20_000, sheetData + 21_000, (byte) 0x55);
        Files.write(file, bytes);

        // when / then
        try (WorkbookFile workbook = Workbooks.open(file)) {
            assertThatThrownBy(() -> XlsxWorkbookReaderTests.drain(workbook.openSheet("Contracts")))
                    .isInstanceOfSatisfying(UnreadableWorkbookException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT));
        }
    }

    @Test
    void plainTextIsReadAsCsvWhateverItsName() throws IOException {
        // given
        Path file = Files.write(dir.resolve("return.xlsx"), "Supplier,Amount\n".getBytes(StandardCharsets.UTF_8));

        // when
        try (WorkbookFile workbook = Workbooks.open(file)) {
            // then
            assertThat(workbook.format()).isEqualTo(WorkbookFormat.CSV);
        }
    }

    @Test
    void aMissingFileCannotBeOpened() {
        assertUnreadable(dir.resolve("nowhere.xlsx"), Reason.CORRUPT, "could not be opened");
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    private static void assertUnreadable(Path file, Reason reason, String message) {
        assertThatThrownBy(() -> Workbooks.open(file))
                .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(message);
                });
    }
}
