package uk.gov.bestvalue.returns.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;

/** An Excel 97-2003 workbook (also the container of encrypted xlsx files), read whole with POI's HSSF. */
final class XlsWorkbook implements WorkbookFile {

    private final Path path;
    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;
    private final List<SheetInfo> sheets = new ArrayList<>();

    private XlsWorkbook(Path path, POIFSFileSystem fs, HSSFWorkbook workbook) {
        this.path = path;
        this.fs = fs;
        this.workbook = workbook;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            boolean hidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
            sheets.add(new SheetInfo(workbook.getSheetName(i), hidden));
        }
    }

    static XlsWorkbook open(Path file) throws UnreadableWorkbookException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw UnreadableWorkbookException.whileReading("the Office file structure is broken", e);
        }
        try {
            checkIsWorkbook(fs);
            return new XlsWorkbook(file, fs, new HSSFWorkbook(fs));
        } catch (EncryptedDocumentException e) {
            closeQuietly(fs);
            throw UnreadableWorkbookException.encrypted();
        } catch (OldExcelFormatException e) {
            closeQuietly(fs);
            throw UnreadableWorkbookException.unsupportedExcel("in an old Excel format (Excel 5.0/95 or earlier)");
        } catch (IOException | RuntimeException e) {
            closeQuietly(fs);
            throw UnreadableWorkbookException.whileReading("reading the workbook", e);
        }
    }

    /** Other Office files share the container: encrypted xlsx files, Word documents, Outlook messages. */
    private static void checkIsWorkbook(POIFSFileSystem fs) throws UnreadableWorkbookException {
        boolean workbook = false;
        boolean email = false;
        for (String name : fs.getRoot().getEntryNames()) {
            if (name.equals("EncryptionInfo") || name.equals("EncryptedPackage")) {
                throw UnreadableWorkbookException.encrypted();
            }
            String lower = name.toLowerCase(Locale.ROOT);
            workbook |= lower.equals("workbook") || lower.equals("book");
            email |= name.startsWith("__substg1.0_");
        }
        if (workbook) {
            return;
        }
        if (fs.getRoot().hasEntry("WordDocument")) {
            throw UnreadableWorkbookException.notASpreadsheet("a Word document");
        }
        if (email) {
            throw UnreadableWorkbookException.notASpreadsheet("an Outlook email (.msg): save the attachment itself");
        }
        throw UnreadableWorkbookException.notASpreadsheet("an Office file of an unknown kind");
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public WorkbookFormat format() {
        return WorkbookFormat.XLS;
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.copyOf(sheets);
    }

    @Override
    public RowCursor openSheet(String sheetName) {
        String name = Workbooks.sheetNamed(sheets, sheetName).name();
        Iterator<Row> rows = workbook.getSheet(name).rowIterator();
        return new XlsSheetCursor(name, rows);
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.close();
        } finally {
            fs.close();
        }
    }

    private static void closeQuietly(POIFSFileSystem fs) {
        try {
            fs.close();
        } catch (IOException ignored) {
            // already failing with a more useful error
        }
    }
}
