package uk.gov.bestvalue.returns.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        return read(reader, ReadLimits.DEFAULTS);
    }

    /**
     * Reads the strings, refusing a table of more strings than the limit (judged on its declared count first, then
     * counted), a string longer than a cell may be, or strings that would take more than their memory budget: a small
     * file can hold millions of tiny strings (a zip bomb of a kind), and it must be rejected, not fill the heap.
     */
    static String[] read(XMLStreamReader reader, ReadLimits limits) throws XMLStreamException,
            UnreadableWorkbookException {
        List<String> strings = new ArrayList<>(initialCapacity(reader, limits.maxSharedStrings()));
        StringBuilder item = new StringBuilder();
        long budgetBytes = limits.sharedStringsBudget();
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
                if (strings.size() > limits.maxSharedStrings()) {
                    throw UnreadableWorkbookException.tooManySharedStrings("more than " + String.format(Locale.UK,
                            "%,d", limits.maxSharedStrings()), limits.maxSharedStrings());
                }
                if (text.length() > limits.maxCellChars()) {
                    throw UnreadableWorkbookException.cellTooLong("Shared string " + strings.size(), text.length(),
                            limits.maxCellChars());
                }
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

    /** The table's declared count, refused at once when over the limit, as a first size for the list. */
    private static int initialCapacity(XMLStreamReader reader, int limit) throws XMLStreamException,
            UnreadableWorkbookException {
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                String count = XmlReaders.attribute(reader, "uniqueCount");
                if (count == null) {
                    return 16;
                }
                long declared;
                try {
                    declared = Long.parseLong(count.trim());
                } catch (NumberFormatException e) {
                    return 16;
                }
                if (declared > limit) {
                    throw UnreadableWorkbookException.tooManySharedStrings(String.format(Locale.UK, "%,d", declared),
                            limit);
                }
                return (int) Math.max(16, Math.min(MAX_INITIAL_CAPACITY, declared));
            }
        }
        return 16;
    }
}
