package uk.gov.bestvalue.returns.workbook;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Hand-written parsing of the small values in worksheet XML: cell references, indexes and ISO dates. */
final class XlsxCells {

    private XlsxCells() {
    }

    /** The 0-based column of a reference such as {@code F12}, or -1 when it has no column letters. */
    static int column(String ref) {
        return column(ref.toCharArray(), 0, ref.length());
    }

    /** The same, of the characters {@code start} to {@code end} of a parser's buffer (no string is made). */
    static int column(char[] ref, int start, int end) {
        int column = 0;
        int i = start;
        for (; i < end; i++) {
            char c = ref[i];
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (column > 1_000_000) {
                return Integer.MAX_VALUE;
            }
        }
        return i == start ? -1 : column - 1;
    }

    /** A small non-negative integer attribute, or 0 when it is missing or not a number. */
    static int nonNegative(String s) {
        return nonNegative(s.toCharArray(), 0, s.length());
    }

    /** The same, of the characters {@code start} to {@code end} of a parser's buffer (no string is made). */
    static int nonNegative(char[] s, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = s[i];
            if (c < '0' || c > '9' || n > 100_000_000) {
                return 0;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Reads the text of a shared-string {@code <v>} as an index without building a string; -1 when empty. */
    static int sharedIndex(XMLStreamReader reader, int count) throws XMLStreamException {
        int event = reader.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
            return -1;
        }
        if (event != XMLStreamConstants.CHARACTERS) {
            return checked(XmlReaders.textFromCurrent(reader).trim(), count);
        }
        char[] chars = reader.getTextCharacters();
        int start = reader.getTextStart();
        int end = start + reader.getTextLength();
        long index = 0;
        boolean digits = end > start;
        for (int i = start; i < end && digits; i++) {
            char c = chars[i];
            digits = c >= '0' && c <= '9';
            index = index * 10 + (c - '0');
            digits &= index < Integer.MAX_VALUE;
        }
        if (!digits) {
            return checked(XmlReaders.textFromCurrent(reader).trim(), count);
        }
        if (reader.next() != XMLStreamConstants.END_ELEMENT) {
            throw new XMLStreamException("unexpected content in a shared string reference");
        }
        if (index >= count) {
            throw new XMLStreamException("a cell refers to shared string " + index + " but there are only " + count);
        }
        return (int) index;
    }

    private static int checked(String text, int count) throws XMLStreamException {
        int index;
        try {
            index = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new XMLStreamException("a cell refers to shared string '" + text + "', which is not a number");
        }
        if (index < 0 || index >= count) {
            throw new XMLStreamException("a cell refers to shared string " + index + " but there are only " + count);
        }
        return index;
    }

    /** The date of a {@code t="d"} cell, written in ISO 8601, or null when it cannot be read. */
    static LocalDateTime isoDateTime(String raw) {
        String s = raw.trim();
        if (s.endsWith("Z") || s.endsWith("z")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return s.indexOf('T') > 0 ? LocalDateTime.parse(s) : LocalDate.parse(s).atStartOfDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
