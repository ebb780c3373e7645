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

/** The floors: inflating the sheet's zip entry alone, and inflating it while scanning it with plain StAX. */
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

    /** Scans the sheet with StAX, counting rows and cells and reading every value's text; returns the rows. */
    public static long scan(Path file, String sheetName) throws IOException, XMLStreamException {
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(sheetEntry(zip, sheetName))) {
            XMLStreamReader reader = factory().createXMLStreamReader(in);
            long rows = 0;
            long cells = 0;
            long chars = 0;
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "row" -> rows++;
                        case "c" -> cells++;
                        case "v" -> chars += reader.getElementText().length();
                        default -> { }
                    }
                }
            }
            reader.close();
            blackhole = cells + chars;
            return rows;
        }
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
        // the JDK's own parser, configured as our reader's, so the floor measures the same parser
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
