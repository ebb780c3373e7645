package uk.gov.bestvalue.returns.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Opens a file as a WorkbookFile, detecting its real format from its bytes (not its extension). */
public final class Workbooks {

    private static final int SNIFF_BYTES = 8192;

    private Workbooks() {
    }

    /** Opens a file of any size, held to the other default limits. */
    public static WorkbookFile open(Path file) throws IOException {
        return open(file, ReadLimits.withMaxFileBytes(Long.MAX_VALUE));
    }

    /** Opens a file, refusing one larger than {@code maxBytes}, held to the other default limits. */
    public static WorkbookFile open(Path file, long maxBytes) throws IOException {
        return open(file, ReadLimits.withMaxFileBytes(maxBytes));
    }

    /** Opens a file held to these limits: each breach, found before or while reading, is a rejection. */
    public static WorkbookFile open(Path file, ReadLimits limits) throws IOException {
        return BoundedWorkbook.of(openUnbounded(file, limits), limits);
    }

    private static WorkbookFile openUnbounded(Path file, ReadLimits limits) throws UnreadableWorkbookException {
        byte[] head = sniff(file, limits.maxFileBytes());
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
            return XlsxWorkbook.open(file, limits);
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return XlsWorkbook.open(file);
        }
        String binary = binaryKind(head);
        if (binary != null) {
            throw UnreadableWorkbookException.notASpreadsheet(binary);
        }
        String markup = markupKind(head);
        if (markup != null) {
            throw UnreadableWorkbookException.notASpreadsheet(markup);
        }
        return CsvWorkbook.open(file);
    }

    private static byte[] sniff(Path file, long maxBytes) throws UnreadableWorkbookException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw UnreadableWorkbookException.empty();
            }
            if (size > maxBytes) {
                throw UnreadableWorkbookException.tooLarge(size, maxBytes);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(SNIFF_BYTES);
            }
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (IOException e) {
            throw UnreadableWorkbookException.unopenable(PlainReasons.clean(e.getMessage()), e);
        }
    }

    private static String binaryKind(byte[] head) {
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(head, '{', '\\', 'r', 't', 'f')) {
            return "a Rich Text (RTF) document";
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G') || startsWith(head, 0xFF, 0xD8, 0xFF)
                || startsWith(head, 'G', 'I', 'F', '8')) {
            return "a picture";
        }
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
            return null; // UTF-16 text is full of NUL bytes but is still CSV
        }
        for (byte b : head) {
            if (b == 0) {
                return "a binary file of an unknown kind";
            }
        }
        return null;
    }

    /** Web pages and XML files that some systems save with an .xls name. */
    private static String markupKind(byte[] head) {
        int i = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (i == head.length || head[i] != '<') {
            return null;
        }
        String start = new String(head, i, Math.min(head.length - i, 200), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("<?xml")) {
            return "an XML file (perhaps an old 'XML Spreadsheet 2003')";
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<table")) {
            return "a web page (HTML) with a spreadsheet's name";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The sheet of that name, matched exactly or else ignoring case as Excel does. */
    static SheetInfo sheetNamed(List<SheetInfo> sheets, String name) {
        for (SheetInfo sheet : sheets) {
            if (sheet.name().equals(name)) {
                return sheet;
            }
        }
        for (SheetInfo sheet : sheets) {
            if (sheet.name().equalsIgnoreCase(name)) {
                return sheet;
            }
        }
        throw new IllegalArgumentException("The workbook has no sheet named '" + name + "'");
    }
}
