package uk.gov.bestvalue.returns.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** What {@code xl/workbook.xml} and its relationships say: the sheets, where their parts are, the date system. */
final class XlsxStructure {

    static final String WORKBOOK_PART = "xl/workbook.xml";

    final List<SheetInfo> sheets = new ArrayList<>();
    final Map<String, String> sheetParts = new HashMap<>();
    boolean date1904;
    String stylesPart = "xl/styles.xml";
    String sharedStringsPart = "xl/sharedStrings.xml";

    private XlsxStructure() {
    }

    /** Reads one XML part of a package into a value. */
    interface PartReader<T> {
        T read(XMLStreamReader reader) throws XMLStreamException, IOException;
    }

    static XlsxStructure read(XlsxPackage zip) throws IOException, XMLStreamException {
        XlsxStructure structure = new XlsxStructure();
        Map<String, String> sheetIds = new HashMap<>();
        Map<String, String> rels = new HashMap<>();
        readPart(zip, WORKBOOK_PART, reader -> structure.readWorkbook(reader, sheetIds), null);
        readPart(zip, XlsxPackage.relsOf(WORKBOOK_PART), reader -> structure.readRels(reader, rels), null);
        for (SheetInfo sheet : structure.sheets) {
            String target = rels.get(sheetIds.get(sheet.name()));
            if (target != null) {
                structure.sheetParts.put(sheet.name(), XlsxPackage.resolve(WORKBOOK_PART, target));
            }
        }
        return structure;
    }

    /** Reads a part, or gives {@code missing} when the package has no such part (styles and strings are optional). */
    static <T> T readPart(XlsxPackage zip, String part, PartReader<T> partReader, T missing)
            throws IOException, XMLStreamException {
        try (InputStream in = zip.stream(part)) {
            if (in == null) {
                return missing;
            }
            XMLStreamReader reader = XmlReaders.open(in);
            try {
                return partReader.read(reader);
            } finally {
                reader.close();
            }
        }
    }

    private Void readWorkbook(XMLStreamReader reader, Map<String, String> sheetIds) throws XMLStreamException {
        while (reader.hasNext()) {
            if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = reader.getLocalName();
            if (XmlReaders.is(name, "workbookPr")) {
                String value = XmlReaders.attribute(reader, "date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            } else if (XmlReaders.is(name, "sheet")) {
                String sheetName = XmlReaders.attribute(reader, "name");
                String state = XmlReaders.attribute(reader, "state");
                if (sheetName != null && !sheetIds.containsKey(sheetName)) {
                    sheets.add(new SheetInfo(sheetName, "hidden".equals(state) || "veryHidden".equals(state)));
                    sheetIds.put(sheetName, XmlReaders.attribute(reader, "id"));
                }
            }
        }
        return null;
    }

    private Void readRels(XMLStreamReader reader, Map<String, String> rels) throws XMLStreamException {
        while (reader.hasNext()) {
            if (reader.next() != XMLStreamConstants.START_ELEMENT
                    || !XmlReaders.is(reader.getLocalName(), "Relationship")) {
                continue;
            }
            String id = XmlReaders.attribute(reader, "Id");
            String type = XmlReaders.attribute(reader, "Type");
            String target = XmlReaders.attribute(reader, "Target");
            if (id == null || target == null) {
                continue;
            }
            rels.put(id, target);
            if (type != null && type.endsWith("/styles")) {
                stylesPart = XlsxPackage.resolve(WORKBOOK_PART, target);
            } else if (type != null && type.endsWith("/sharedStrings")) {
                sharedStringsPart = XlsxPackage.resolve(WORKBOOK_PART, target);
            }
        }
        return null;
    }
}
