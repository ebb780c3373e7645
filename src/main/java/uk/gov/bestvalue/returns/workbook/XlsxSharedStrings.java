package uk.gov.bestvalue.returns.workbook;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads {@code xl/sharedStrings.xml} into memory: the one part of an xlsx that cannot be streamed. */
final class XlsxSharedStrings {

    private static final int MAX_INITIAL_CAPACITY = 1 << 16;
    // a String's header, its array's header and the list's reference, on a 64-bit JVM
    private static final long BYTES_PER_STRING = 64;

    private XlsxSharedStrings() {
    }

    static String[] read(XMLStreamReader reader) throws XMLStreamException, UnreadableWorkbookException {
        return read(reader, Runtime.getRuntime().maxMemory() / 3);
    }

    /**
     * Reads the strings, refusing a table whose strings would take more than {@code budgetBytes} of memory: a small
     * file can hold millions of tiny strings (a zip bomb of a kind), and it must be rejected, not fill the heap.
     */
    static String[] read(XMLStreamReader reader, long budgetBytes) throws XMLStreamException,
            UnreadableWorkbookException {
        List<String> strings = new ArrayList<>(initialCapacity(reader));
        StringBuilder item = new StringBuilder();
        long bytes = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = reader.getLocalName();
            if (XmlReaders.is(name, "si")) {
                String text = readItem(reader, item);
                strings.add(text);
                bytes += BYTES_PER_STRING + 2L * text.length();
                if (bytes > budgetBytes) {
                    throw UnreadableWorkbookException.tooManyStrings(strings.size());
                }
            }
        }
        return strings.toArray(new String[0]);
    }

    /** Concatenates the plain text and rich-text runs of one {@code <si>}, leaving out phonetic guides. */
    static String readItem(XMLStreamReader reader, StringBuilder item) throws XMLStreamException {
        item.setLength(0);
        String only = null;
        int pieces = 0;
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                if (XmlReaders.is(name, "t")) {
                    String text = XmlReaders.text(reader);
                    if (pieces++ == 0) {
                        only = text;
                    }
                    item.append(text);
                } else if (XmlReaders.is(name, "rPh") || XmlReaders.is(name, "phoneticPr")) {
                    XmlReaders.skipElement(reader);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = reader.getLocalName();
                if (XmlReaders.is(name, "si") || XmlReaders.is(name, "is")) {
                    break;
                }
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the XML ends inside a string");
            }
        }
        String text = pieces == 1 ? only : item.toString();
        return XmlReaders.decodeEscapes(text);
    }

    private static int initialCapacity(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                String count = XmlReaders.attribute(reader, "uniqueCount");
                try {
                    return count == null ? 16 : Math.max(16, Math.min(MAX_INITIAL_CAPACITY, Integer.parseInt(count)));
                } catch (NumberFormatException e) {
                    return 16;
                }
            }
        }
        return 16;
    }
}
