package uk.gov.bestvalue.returns.workbook;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.typed.TypedValueDecoder;

/**
 * The attributes of a worksheet {@code <c>} (reference, type, style), and a {@code <row>}'s number, read from the
 * parser's own buffer, without a string per attribute: a sheet of a million rows has tens of millions of them, and
 * building their text was a quarter of the read. Parsers without Stax2's typed access get the plain path.
 */
final class CellAttributes {

    /** The column of the last {@code r}, or -1; the type of the last {@code t} (an interned constant), or null. */
    int column;
    String type;
    int style;

    private final XMLStreamReader2 typed;
    private final ColumnDecoder columnDecoder = new ColumnDecoder();
    private final TypeDecoder typeDecoder = new TypeDecoder();
    private final NumberDecoder numberDecoder = new NumberDecoder();

    CellAttributes(XMLStreamReader reader) {
        this.typed = reader instanceof XMLStreamReader2 stax2 ? stax2 : null;
    }

    /** Reads the current {@code <c>}'s attributes. */
    void read(XMLStreamReader reader) throws XMLStreamException {
        column = -1;
        type = null;
        style = 0;
        for (int i = 0, n = reader.getAttributeCount(); i < n; i++) {
            String name = reader.getAttributeLocalName(i);
            if (name.equals("r")) {
                column = typed == null ? XlsxCells.column(reader.getAttributeValue(i)) : decode(i, columnDecoder).value;
            } else if (name.equals("t")) {
                type = typed == null ? reader.getAttributeValue(i) : decode(i, typeDecoder).value;
            } else if (name.equals("s")) {
                style = typed == null ? XlsxCells.nonNegative(reader.getAttributeValue(i)) : decode(i, numberDecoder).value;
            }
        }
    }

    /** The number in the current {@code <row>}'s {@code r}, or 0 when it has none or it is not a whole number. */
    int rowNumber(XMLStreamReader reader) throws XMLStreamException {
        for (int i = 0, n = reader.getAttributeCount(); i < n; i++) {
            if (XmlReaders.is(reader.getAttributeLocalName(i), "r")) {
                return typed == null ? XlsxCells.nonNegative(reader.getAttributeValue(i)) : decode(i, numberDecoder).value;
            }
        }
        return 0;
    }

    private <D extends TypedValueDecoder> D decode(int index, D decoder) throws XMLStreamException {
        typed.getAttributeAs(index, decoder);
        return decoder;
    }

    /** A cell reference's column, as {@link XlsxCells#column} reads it. */
    private static final class ColumnDecoder extends TypedValueDecoder {

        int value;

        @Override
        public void decode(String text) {
            value = XlsxCells.column(text);
        }

        @Override
        public void decode(char[] buffer, int start, int end) {
            value = XlsxCells.column(buffer, start, end);
        }

        @Override
        public void handleEmptyValue() {
            value = -1;
        }
    }

    /** A cell's type as one of the few constants the format has; anything else as its own text. */
    private static final class TypeDecoder extends TypedValueDecoder {

        String value;

        @Override
        public void decode(String text) {
            decode(text.toCharArray(), 0, text.length());
        }

        @Override
        public void decode(char[] buffer, int start, int end) {
            // "s" (a shared string) and "inlineStr" are nearly every typed cell: tell them apart by length first
            String known = switch (end - start) {
                case 1 -> switch (buffer[start]) {
                    case 's' -> "s";
                    case 'n' -> "n";
                    case 'b' -> "b";
                    case 'e' -> "e";
                    case 'd' -> "d";
                    default -> null;
                };
                case 3 -> same("str", buffer, start) ? "str" : null;
                case 9 -> same("inlineStr", buffer, start) ? "inlineStr" : null;
                default -> null;
            };
            value = known != null ? known : new String(buffer, start, end - start);
        }

        @Override
        public void handleEmptyValue() {
            value = "";
        }

        /** Whether the buffer holds {@code known}, whose length the caller has checked. */
        private static boolean same(String known, char[] buffer, int start) {
            for (int i = 0; i < known.length(); i++) {
                if (known.charAt(i) != buffer[start + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A small non-negative number, as {@link XlsxCells#nonNegative} reads it. */
    private static final class NumberDecoder extends TypedValueDecoder {

        int value;

        @Override
        public void decode(String text) {
            value = XlsxCells.nonNegative(text);
        }

        @Override
        public void decode(char[] buffer, int start, int end) {
            value = XlsxCells.nonNegative(buffer, start, end);
        }

        @Override
        public void handleEmptyValue() {
            value = 0;
        }
    }
}
