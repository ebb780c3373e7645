package uk.gov.bestvalue.returns.workbook;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/** Reads {@code xl/styles.xml} to learn which cell style indexes format numbers as dates. */
final class XlsxStyles {

    private XlsxStyles() {
    }

    /** One flag per {@code cellXfs} style index: true when that style shows a date. */
    static boolean[] dateStyles(XMLStreamReader reader) throws XMLStreamException {
        Map<Integer, String> customFormats = new HashMap<>();
        int[] formatIds = new int[16];
        int styles = 0;
        boolean inCellXfs = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                if (XmlReaders.is(name, "numFmt")) {
                    Integer id = integer(XmlReaders.attribute(reader, "numFmtId"));
                    String code = XmlReaders.attribute(reader, "formatCode");
                    if (id != null && code != null) {
                        customFormats.put(id, code);
                    }
                } else if (XmlReaders.is(name, "cellXfs")) {
                    inCellXfs = true;
                } else if (inCellXfs && XmlReaders.is(name, "xf")) {
                    if (styles == formatIds.length) {
                        formatIds = Arrays.copyOf(formatIds, styles * 2);
                    }
                    Integer id = integer(XmlReaders.attribute(reader, "numFmtId"));
                    formatIds[styles++] = id == null ? 0 : id;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && XmlReaders.is(reader.getLocalName(), "cellXfs")) {
                break;
            }
        }
        boolean[] dates = new boolean[styles];
        Map<Integer, Boolean> known = new HashMap<>();
        for (int i = 0; i < styles; i++) {
            int id = formatIds[i];
            dates[i] = known.computeIfAbsent(id, key -> isDateFormat(key, customFormats.get(key)));
        }
        return dates;
    }

    private static boolean isDateFormat(int id, String customFormat) {
        String format = customFormat != null ? customFormat : BuiltinFormats.getBuiltinFormat(id);
        return format != null ? DateUtil.isADateFormat(id, format) : isBuiltInDate(id);
    }

    private static boolean isBuiltInDate(int id) {
        return id >= 14 && id <= 22 || id >= 45 && id <= 47;
    }

    private static Integer integer(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
