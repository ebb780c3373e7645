package uk.gov.bestvalue.returns.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Streams the rows of one xlsx worksheet part, holding a single row in memory. */
final class XlsxSheetCursor implements RowCursor {

    private static final int MAX_COLUMNS = 16384;
    private static final CellValue[] NO_CELLS = new CellValue[0];

    private final String sheet;
    private final XMLStreamReader reader;
    private final CellAttributes attributes;
    private final InputStream in;
    private final XlsxValues values;
    private final StringBuilder inline = new StringBuilder();
    // The row being read: its own array, filled as it is read and handed on as it is (copied only when the row is
    // narrower or wider than the last), rather than a scratch array copied into a new one every row
    private CellValue[] cells;
    // the width of the last row read, the size the next row's array starts at
    private int lastWidth = 16;
    private int width;
    private int rowNumber;
    private boolean done;

    XlsxSheetCursor(String sheet, XMLStreamReader reader, InputStream in, XlsxValues values) {
        this.sheet = sheet;
        this.reader = reader;
        this.attributes = new CellAttributes(reader);
        this.in = in;
        this.values = values;
    }

    @Override
    public SheetRow next() throws IOException {
        if (done) {
            return null;
        }
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && XmlReaders.is(reader.getLocalName(), "row")) {
                    return readRow();
                }
                if (event == XMLStreamConstants.END_ELEMENT && XmlReaders.is(reader.getLocalName(), "sheetData")) {
                    break;
                }
            }
            done = true;
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            done = true;
            throw UnreadableWorkbookException.whileReading("sheet '" + sheet + "' after row " + rowNumber, e);
        }
    }

    private SheetRow readRow() throws XMLStreamException {
        int number = attributes.rowNumber(reader);
        rowNumber = number > 0 ? number : rowNumber + 1;
        int column = -1;
        width = 0;
        cells = new CellValue[lastWidth];
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!XmlReaders.is(reader.getLocalName(), "c")) {
                    XmlReaders.skipElement(reader);
                    continue;
                }
                column = readCell(column);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the XML ends inside row " + rowNumber);
            }
        }
        CellValue[] row = width == 0 ? NO_CELLS : width == cells.length ? cells : Arrays.copyOf(cells, width);
        for (int i = 0; i < width; i++) {
            if (row[i] == null) {
                row[i] = CellValue.BLANK;
            }
        }
        if (width > 0) {
            lastWidth = width;
        }
        return new SheetRow(sheet, rowNumber, row);
    }

    /** Reads one {@code <c>} into the row being read (unless blank) and returns its column. */
    private int readCell(int previousColumn) throws XMLStreamException {
        attributes.read(reader);
        String type = attributes.type;
        int style = attributes.style;
        int column = attributes.column >= 0 ? attributes.column : previousColumn + 1;
        if (column >= MAX_COLUMNS) {
            throw new XMLStreamException("a cell of row " + rowNumber + " is beyond the last column");
        }
        boolean shared = type != null && type.length() == 1 && type.charAt(0) == 's';
        boolean number = type == null || type.length() == 1 && type.charAt(0) == 'n';
        CellValue plainNumber = null;
        String value = null;
        int index = -1;
        String inlineText = null;
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                if (XmlReaders.is(name, "v")) {
                    if (shared) {
                        index = XlsxCells.sharedIndex(reader, values.sharedCount());
                    } else if (number) {
                        plainNumber = plainNumber(style);
                        // a number that is not a plain decimal: its text from where plainNumber stopped
                        value = plainNumber != null ? null : XmlReaders.textFromCurrent(reader);
                    } else {
                        value = XmlReaders.text(reader);
                    }
                } else if (XmlReaders.is(name, "is")) {
                    inlineText = XlsxSharedStrings.readItem(reader, inline);
                } else {
                    XmlReaders.skipElement(reader);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the XML ends inside a cell");
            }
        }
        CellValue cell = shared ? values.shared(index)
                : plainNumber != null ? plainNumber : values.typed(type, value, inlineText, style);
        if (cell != null) {
            if (column >= cells.length) {
                cells = Arrays.copyOf(cells, Math.min(MAX_COLUMNS, Math.max(column + 1, cells.length * 2)));
            }
            cells[column] = cell;
            width = Math.max(width, column + 1);
        }
        return column;
    }

    /**
     * Reads a number's {@code <v>} that holds a plain decimal straight from the parser's buffer, leaving the reader on
     * its end tag, and without making its text when it is a date (whose text is its ISO form). Null, with the reader
     * on the text or the end tag, for anything else (an empty value, an exponent, spaces).
     */
    private CellValue plainNumber(int style) throws XMLStreamException {
        if (reader.next() != XMLStreamConstants.CHARACTERS) {
            return null;
        }
        char[] chars = reader.getTextCharacters();
        int start = reader.getTextStart();
        int length = reader.getTextLength();
        double n = Numbers.parsePlain(chars, start, length);
        if (Double.isNaN(n)) {
            return null;
        }
        CellValue cell = values.number(n, chars, start, length, style);
        if (reader.next() != XMLStreamConstants.END_ELEMENT) {
            // markup after the number, which the format does not have: skipped, the number kept
            XmlReaders.textFromCurrent(reader);
        }
        return cell;
    }

    @Override
    public void close() throws IOException {
        done = true;
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // the stream below is closed next, which is all that matters
        } finally {
            in.close();
        }
    }
}
