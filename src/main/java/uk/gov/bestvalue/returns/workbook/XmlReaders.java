package uk.gov.bestvalue.returns.workbook;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Secure StAX readers for the XML parts of an xlsx package, plus small helpers for reading them. */
final class XmlReaders {

    // Factories are not promised to be thread-safe, so each thread configures its own once. Aalto, chosen by
    // name rather than by classpath lookup, parses worksheet XML a third faster than the JDK's parser.
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(() -> {
        XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        // Namespace processing costs a fifth of the parse time; names are matched ignoring any prefix instead.
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return factory;
    });

    private XmlReaders() {
    }

    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.get().createXMLStreamReader(in);
    }

    /** True when an element or attribute name, read without namespace processing, is {@code local} with any prefix. */
    static boolean is(String name, String local) {
        if (name.equals(local)) {
            return true;
        }
        int prefixEnd = name.length() - local.length() - 1;
        return prefixEnd > 0 && name.charAt(prefixEnd) == ':' && name.endsWith(local);
    }

    /** The value of an attribute by local name, whatever its prefix, or null. */
    static String attribute(XMLStreamReader reader, String localName) {
        for (int i = 0, n = reader.getAttributeCount(); i < n; i++) {
            if (is(reader.getAttributeLocalName(i), localName)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * The text of the current element, leaving the reader on its end tag. Cheaper than getElementText() for the
     * usual case of a single text event; child elements are skipped.
     */
    static String text(XMLStreamReader reader) throws XMLStreamException {
        int event = reader.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
            return "";
        }
        if (isText(event)) {
            String first = reader.getText();
            if (reader.next() == XMLStreamConstants.END_ELEMENT) {
                return first;
            }
            return collect(reader, new StringBuilder(first));
        }
        return textFromCurrent(reader);
    }

    /** The text from the current event to the end of the current element, leaving the reader on its end tag. */
    static String textFromCurrent(XMLStreamReader reader) throws XMLStreamException {
        return collect(reader, new StringBuilder());
    }

    private static String collect(XMLStreamReader reader, StringBuilder sb) throws XMLStreamException {
        int depth = 0;
        for (int event = reader.getEventType(); ; event = reader.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    return sb.toString();
                }
                depth--;
            } else if (isText(event) && depth == 0) {
                sb.append(reader.getText());
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the XML ends inside an element");
            }
        }
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.ENTITY_REFERENCE;
    }

    /** Skips the current element and its children, leaving the reader on its end tag. */
    static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the XML ends inside an element");
            }
        }
    }

    /** Decodes the {@code _xHHHH_} escapes OOXML uses for control characters, e.g. {@code _x000D_}. */
    static String decodeEscapes(String s) {
        int at = s.indexOf("_x");
        if (at < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int from = 0;
        for (; at >= 0; at = s.indexOf("_x", at + 1)) {
            if (at < from || at + 7 > s.length() || s.charAt(at + 6) != '_') {
                continue;
            }
            int code = hex4(s, at + 2);
            if (code >= 0) {
                sb.append(s, from, at).append((char) code);
                from = at + 7;
            }
        }
        return sb.append(s, from, s.length()).toString();
    }

    private static int hex4(String s, int from) {
        int code = 0;
        for (int i = from; i < from + 4; i++) {
            int digit = Character.digit(s.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            code = code * 16 + digit;
        }
        return code;
    }
}
