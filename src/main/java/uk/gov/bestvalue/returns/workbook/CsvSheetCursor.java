package uk.gov.bestvalue.returns.workbook;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;

/** Streams the records of a CSV file as rows of text cells, row N being the Nth record. */
final class CsvSheetCursor implements RowCursor {

    // A quoted field longer than this many lines means a quote mark was never closed; stop before memory runs out.
    private static final int MULTILINE_LIMIT = 10_000;

    private static final String MARK_READ_AS_WINDOWS_1252 = "\u00EF\u00BB\u00BF";

    private final String sheet;
    private final CSVReader csv;
    private int record;

    CsvSheetCursor(String sheet, Reader reader, char separator) {
        this.sheet = sheet;
        this.csv = new CSVReaderBuilder(reader)
                // RFC 4180's reading, as a spreadsheet opens the file: a quote mark opens a quoted field only at
                // the field's start, so that a name written TOYS ''R" US LIMITED keeps its quote mark instead of
                // swallowing the rest of the file as one field (OpenCSV's default parser reads it so)
                .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build())
                .withMultilineLimit(MULTILINE_LIMIT)
                .build();
    }

    @Override
    public SheetRow next() throws IOException {
        String[] fields;
        try {
            fields = csv.readNext();
        } catch (CsvException | IOException | RuntimeException e) {
            throw UnreadableWorkbookException.whileReading("row " + (record + 1)
                    + ", where a quotation mark may never be closed", e);
        }
        if (fields == null) {
            return null;
        }
        record++;
        if (record == 1 && fields.length > 0) {
            fields[0] = withoutByteOrderMark(fields[0]);
        }
        int width = fields.length;
        while (width > 0 && fields[width - 1].isEmpty()) {
            width--;
        }
        CellValue[] cells = new CellValue[width];
        for (int i = 0; i < width; i++) {
            cells[i] = fields[i].isEmpty() ? CellValue.BLANK : CellValue.text(fields[i]);
        }
        return new SheetRow(sheet, record, cells);
    }

    /**
     * The first title without the byte order mark a file may start with: as the mark itself, or as the three
     * characters "ï»¿" it becomes when a tool read a UTF-8 file as Windows-1252 and saved it again as UTF-8.
     */
    private static String withoutByteOrderMark(String title) {
        if (title.startsWith("\uFEFF")) {
            return title.substring(1);
        }
        return title.startsWith(MARK_READ_AS_WINDOWS_1252)
                ? title.substring(MARK_READ_AS_WINDOWS_1252.length()) : title;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
