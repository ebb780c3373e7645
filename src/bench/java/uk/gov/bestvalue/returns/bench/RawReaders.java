package uk.gov.bestvalue.returns.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The floors of reading a sheet: inflating its zip entry alone; inflating it and counting the {@code <row} and
 * {@code <c} tags in the bytes (no XML parser); and inflating it while a StAX parser, configured exactly as our reader
 * configures Aalto (no DTD, no external entities, coalescing, namespaces off), reads every element and value.
 */
public final class RawReaders {

    /** Keeps the counted cells and characters alive, so the scan cannot be optimised away. */
    static volatile long blackhole;

    private RawReaders() {
    }

    /** Reads the sheet entry's bytes through the inflater and nothing else; returns the bytes read. */
    public static long inflateOnly(Path file, String sheetName) throws IOException, XMLStreamException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            try (InputStream in = zip.getInputStream(sheetEntry(zip, sheetName))) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    total += n;
                }
            }
            return total;
        }
    }

    /** The StAX parsers on the classpath a floor can use, by the name the table gives them. */
    public enum Parser {
        AALTO("aalto") {
            @Override
            XMLInputFactory factory() {
                return new com.fasterxml.aalto.stax.InputFactoryImpl();
            }
        },
        JDK("JDK StAX") {
            @Override
            XMLInputFactory factory() {
                return XMLInputFactory.newDefaultFactory();
            }
        };

        private final String label;

        Parser(String label) {
            this.label = label;
        }

        /** The parser's name in the table. */
        public String label() {
            return label;
        }

        abstract XMLInputFactory factory();

        /** The parser with our reader's settings. */
        XMLInputFactory configured() {
            XMLInputFactory factory = factory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLInputFactory.IS_COALESCING, true);
            factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
            return factory;
        }
    }

    /**
     * Inflates the sheet and counts its rows and cells in the bytes, as {@code <row} and {@code <c} followed by a
     * space, {@code >} or {@code /}: what any reader must at least do; returns the rows.
     */
    public static long scanBytes(Path file, String sheetName) throws IOException, XMLStreamException {
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(sheetEntry(zip, sheetName))) {
            byte[] buffer = new byte[64 * 1024];
            long rows = 0;
            long cells = 0;
            // the last bytes of a buffer are carried over, so that a tag split across two reads is still seen
            int carried = 0;
            for (int n; (n = in.read(buffer, carried, buffer.length - carried)) >= 0; ) {
                int end = carried + n;
                int i = 0;
                for (; i + 4 < end; i++) {
                    if (buffer[i] != '<') {
                        continue;
                    }
                    if (buffer[i + 1] == 'c' && endsName(buffer[i + 2])) {
                        cells++;
                    } else if (buffer[i + 1] == 'r' && buffer[i + 2] == 'o' && buffer[i + 3] == 'w' && endsName(buffer[i + 4])) {
                        rows++;
                    }
                }
                carried = end - i;
                System.arraycopy(buffer, i, buffer, 0, carried);
            }
            blackhole = cells;
            return rows;
        }
    }

    private static boolean endsName(byte b) {
        return b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r';
    }

    /**
     * Scans the sheet with the parser, counting rows and cells and the characters of every value; returns the rows.
     */
    public static long scan(Path file, String sheetName, Parser parser) throws IOException, XMLStreamException {
        XMLInputFactory factory = parser.configured();
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(sheetEntry(zip, sheetName))) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            long rows = 0;
            long cells = 0;
            long chars = 0;
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "row" -> rows++;
                        case "c" -> cells++;
                        // a number's or shared string's <v>, an inline string's <t>: every value a reader must give,
                        // its characters counted where the parser holds them (no String made, as no reader needs)
                        case "v", "t" -> chars += textLength(reader);
                        default -> { }
                    }
                }
            }
            reader.close();
            blackhole = cells + chars;
            return rows;
        }
    }

    /** The length of the current element's text, leaving the reader on its end tag. */
    private static int textLength(XMLStreamReader reader) throws XMLStreamException {
        int length = 0;
        for (int event = reader.next(); event != XMLStreamConstants.END_ELEMENT; event = reader.next()) {
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                length += reader.getTextLength();
            }
        }
        return length;
    }

    /** The zip entry of the named sheet, found through workbook.xml and its relationships. */
    static ZipEntry sheetEntry(ZipFile zip, String sheetName) throws IOException, XMLStreamException {
        String relationId = null;
        for (Map<String, String> sheet : elements(zip, "xl/workbook.xml", "sheet")) {
            if (sheetName.equals(sheet.get("name"))) {
                relationId = sheet.get("id");
            }
        }
        for (Map<String, String> relation : elements(zip, "xl/_rels/workbook.xml.rels", "Relationship")) {
            if (relation.get("Id").equals(relationId)) {
                String target = relation.get("Target");
                ZipEntry entry = zip.getEntry(target.startsWith("/") ? target.substring(1) : "xl/" + target);
                if (entry != null) {
                    return entry;
                }
            }
        }
        throw new IOException("No sheet named " + sheetName + " in " + zip.getName());
    }

    private static Iterable<Map<String, String>> elements(ZipFile zip, String part, String element)
            throws IOException, XMLStreamException {
        List<Map<String, String>> found = new ArrayList<>();
        try (InputStream in = zip.getInputStream(zip.getEntry(part))) {
            XMLStreamReader reader = factory().createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals(element)) {
                    Map<String, String> attributes = new HashMap<>();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    found.add(attributes);
                }
            }
        }
        return found;
    }

    private static XMLInputFactory factory() {
        // the package's small parts, read namespace-aware for their attributes' local names; not timed
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
