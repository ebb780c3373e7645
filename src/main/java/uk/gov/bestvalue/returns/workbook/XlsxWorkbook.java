package uk.gov.bestvalue.returns.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/** An xlsx workbook read with StAX straight from its zip: only the shared strings and one row are held in memory. */
final class XlsxWorkbook implements WorkbookFile {

    private final Path path;
    private final XlsxPackage zip;
    private final XlsxStructure structure;
    private final XlsxValues values;

    private XlsxWorkbook(Path path, XlsxPackage zip, XlsxStructure structure, XlsxValues values) {
        this.path = path;
        this.zip = zip;
        this.structure = structure;
        this.values = values;
    }

    static XlsxWorkbook open(Path file, ReadLimits limits) throws UnreadableWorkbookException {
        XlsxPackage zip = XlsxPackage.open(file, limits);
        try {
            if (!zip.has(XlsxStructure.WORKBOOK_PART)) {
                throw zip.has("xl/workbook.bin")
                        ? UnreadableWorkbookException.unsupportedExcel("an Excel binary workbook (.xlsb)")
                        : UnreadableWorkbookException.notASpreadsheet(describe(zip));
            }
            XlsxStructure structure = XlsxStructure.read(zip);
            boolean[] dateStyles = XlsxStructure.readPart(zip, structure.stylesPart, XlsxStyles::dateStyles,
                    new boolean[0]);
            if (structure.sheets.size() > limits.maxSheets()) {
                throw UnreadableWorkbookException.tooManySheets(structure.sheets.size(), limits.maxSheets());
            }
            String[] sharedStrings = XlsxStructure.readPart(zip, structure.sharedStringsPart,
                    reader -> XlsxSharedStrings.read(reader, limits), new String[0]);
            XlsxValues values = new XlsxValues(sharedStrings, dateStyles, structure.date1904);
            return new XlsxWorkbook(file, zip, structure, values);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // already failing with a more useful error
            }
            throw UnreadableWorkbookException.whileReading("reading the workbook's structure", e);
        }
    }

    private static String describe(XlsxPackage zip) {
        if (zip.has("word/document.xml")) {
            return "a Word document";
        }
        if (zip.has("ppt/presentation.xml")) {
            return "a PowerPoint presentation";
        }
        return "a zip archive";
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public WorkbookFormat format() {
        return WorkbookFormat.XLSX;
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.copyOf(structure.sheets);
    }

    @Override
    public RowCursor openSheet(String sheetName) throws IOException {
        String name = Workbooks.sheetNamed(structure.sheets, sheetName).name();
        String part = structure.sheetParts.get(name);
        InputStream in = part == null ? null : zip.stream(part);
        if (in == null) {
            throw UnreadableWorkbookException.corrupt("the sheet '" + name + "' is missing from the file", null);
        }
        try {
            return new XlsxSheetCursor(name, XmlReaders.open(in), in, values);
        } catch (XMLStreamException | RuntimeException e) {
            in.close();
            throw UnreadableWorkbookException.whileReading("sheet '" + name + "'", e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
