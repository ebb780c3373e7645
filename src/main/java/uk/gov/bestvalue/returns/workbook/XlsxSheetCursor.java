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
    private CellValue[] scratch = new CellValue[64];
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
        String r = XmlReaders.attribute(reader, "r");
        int number = r == null ? 0 : XlsxCells.rowNumber(r);
        rowNumber = number > 0 ? number : rowNumber + 1;
        int column = -1;
        width = 0;
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
        CellValue[] cells = width == 0 ? NO_CELLS : new CellValue[width];
        for (int i = 0; i < width; i++) {
            CellValue value = scratch[i];
            cells[i] = value == null ? CellValue.BLANK : value;
            scratch[i] = null;
        }
        return new SheetRow(sheet, rowNumber, cells);
    }

    /** Reads one {@code <c>} into the scratch row (unless blank) and returns its column. */
    private int readCell(int previousColumn) throws XMLStreamException {
        attributes.read(reader);
        String type = attributes.type;
        int style = attributes.style;
        int column = attributes.column >= 0 ? attributes.column : previousColumn + 1;
        if (column >= MAX_COLUMNS) {
            throw new XMLStreamException("a cell of row " + rowNumber + " is beyond the last column");
        }
        boolean shared = type != null && type.length() == 1 && type.charAt(0) == 's';
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
        CellValue cell = shared ? values.shared(index) : values.typed(type, value, inlineText, style);
        if (cell != null) {
            if (column >= scratch.length) {
                scratch = Arrays.copyOf(scratch, Math.min(MAX_COLUMNS, Math.max(column + 1, scratch.length * 2)));
            }
            scratch[column] = cell;
            width = Math.max(width, column + 1);
        }
        return column;
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
