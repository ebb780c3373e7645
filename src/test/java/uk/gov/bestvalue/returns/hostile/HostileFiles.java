package uk.gov.bestvalue.returns.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * A corpus of hostile and broken files, generated at test time from the samples (no binaries in the repository):
 * zip bombs by ratio and by shared strings, XXE in every kind of part, billion laughs, strict OOXML, encrypted and
 * macro-enabled workbooks, relationship targets that climb out of the package, huge cells and numbers, NUL bytes,
 * wrong extensions, truncated copies and odd file names. {@link #writeSpecial} adds what only a folder can hold:
 * links, a named pipe and a folder.
 */
public final class HostileFiles {

    static final Path SAMPLES = Path.of("input-samples");
    static final String XLSX = "childrens-procurement-2016-01.xlsx";
    static final String CSV = "health-procurement-2016-01.csv";
    static final String XLS = "adults-procurement-2016-01.xls";
    static final String SECRET = "TOP-SECRET-FROM-OUTSIDE";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private HostileFiles() {
    }

    /** Writes the regular hostile files into {@code folder}; a secret they try to read is written beside it. */
    public static List<Path> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path secret = Files.writeString(folder.resolveSibling("secret.txt"), SECRET);
        String entity = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        String laughs = "<!DOCTYPE x [<!ENTITY a \"hahahahahahahahahaha\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
                + "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>";
        List<Path> files = new ArrayList<>();
        Path out = folder;

        // zip bombs
        files.add(xlsx(out, "bomb-ratio-procurement-2016-01.xlsx", (name, xml) -> name.endsWith("sheet2.xml")
                ? xml.replace("</sheetData>", "</sheetData>" + " ".repeat(40 << 20)) : xml));
        files.add(xlsx(out, "bomb-strings-declared-procurement-2016-01.xlsx", (name, xml) ->
                name.endsWith("sharedStrings.xml") ? xml.replaceFirst("uniqueCount=\"\\d+\"", "uniqueCount=\"12000000\"")
                        : xml));
        files.add(xlsx(out, "bomb-strings-counted-procurement-2016-01.xlsx", (name, xml) ->
                name.endsWith("sharedStrings.xml") ? manyStrings(xml, 1_200_000) : xml));
        files.add(lyingHeader(out));

        // XXE in each kind of part, and billion laughs
        for (String part : List.of("workbook.xml", "sheet2.xml", "sharedStrings.xml", "styles.xml",
                "[Content_Types].xml", "workbook.xml.rels", ".rels")) {
            String label = part.replace("[", "").replace("]", "").replace(".xml", "").replace(".", "-");
            files.add(xlsx(out, "xxe-" + label + "-procurement-2016-01.xlsx", (name, xml) -> name.endsWith(part)
                    ? withDoctype(xml, entity, "&xxe;") : xml));
        }
        files.add(xlsx(out, "laughs-strings-procurement-2016-01.xlsx", (name, xml) ->
                name.endsWith("sharedStrings.xml") ? withDoctype(xml, laughs, "&i;") : xml));
        files.add(xlsx(out, "laughs-sheet-procurement-2016-01.xlsx", (name, xml) ->
                name.endsWith("sheet2.xml") ? withDoctype(xml, laughs, "&i;") : xml));

        // kinds of workbook the pipeline does not read, or reads differently
        files.add(xlsx(out, "strict-procurement-2016-01.xlsx", (name, xml) -> xml
                .replace(MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main")
                .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                        "http://purl.oclc.org/ooxml/officeDocument/relationships")));
        files.add(encryptedXlsx(out.resolve("encrypted-procurement-2016-01.xlsx")));
        files.add(encryptedXls(out.resolve("encrypted-procurement-2016-01.xls")));
        files.add(macroEnabled(out.resolve("macro-procurement-2016-01.xlsm")));

        // relationships that climb out of the package
        files.add(xlsx(out, "traversal-sheet-procurement-2016-01.xlsx", (name, xml) ->
                name.endsWith("workbook.xml.rels") ? xml.replace("worksheets/sheet2.xml", "../../../../etc/passwd") : xml));
        files.add(xlsx(out, "traversal-strings-procurement-2016-01.xlsx", (name, xml) ->
                name.endsWith("workbook.xml.rels") ? xml.replace("sharedStrings.xml", "../../secret.txt") : xml));

        // huge cells, rows, numbers; many sheets; deep nesting
        files.add(xlsx(out, "huge-cell-procurement-2016-01.xlsx", (name, xml) -> name.endsWith("sharedStrings.xml")
                ? xml.replaceFirst("<t>", "<t>" + "x".repeat(100_000)) : xml));
        files.add(csv(out, "huge-cell-procurement-2016-01.csv", lines -> lines.set(1, lines.get(1)
                .replace("Integrated sexual health services", "y".repeat(100_000)))));
        files.add(csv(out, "wide-row-procurement-2016-01.csv", lines -> lines.set(1, lines.get(1)
                + ",z".repeat(10_000))));
        files.add(csv(out, "health-huge-numbers-procurement-2016-01.csv", lines -> lines.set(1, lines.get(1)
                .replace("\"\u00a32,400,000.00\"", "99999999999999999999999")
                .replace("\"\u00a3800,000.00\"", "-1E+300"))));
        files.add(xlsx(out, "many-sheets-procurement-2016-01.xlsx", (name, xml) -> name.endsWith("workbook.xml")
                ? xml.replace("</sheets>", manySheets(300) + "</sheets>") : xml));
        files.add(xlsx(out, "deep-nesting-procurement-2016-01.xlsx", (name, xml) -> name.endsWith("sheet1.xml")
                ? xml.replace("</sheetData>", "</sheetData>" + "<x>".repeat(200_000) + "</x>".repeat(200_000)) : xml));

        // NUL bytes
        files.add(csv(out, "nul-bytes-procurement-2016-01.csv", lines -> lines.set(1, lines.get(1)
                .replace("Integrated", "Inte\u0000grated"))));
        files.add(xlsx(out, "nul-escape-procurement-2016-01.xlsx", (name, xml) -> name.endsWith("sharedStrings.xml")
                ? xml.replaceFirst("<t>", "<t>_x0000__x0001_") : xml));

        // wrong extensions and other files
        files.add(Files.copy(SAMPLES.resolve(CSV), out.resolve("csv-named-health-procurement-2016-01.xlsx")));
        files.add(Files.copy(SAMPLES.resolve(XLSX), out.resolve("xlsx-named-childrens-procurement-2016-01.csv")));
        files.add(Files.write(out.resolve("pdf-named-procurement-2016-01.xls"),
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        files.add(Files.writeString(out.resolve("html-named-procurement-2016-01.xls"),
                "<html><body><table><tr><td>Contract Reference</td></tr></table></body></html>"));
        files.add(Files.write(out.resolve("png-named-procurement-2016-01.csv"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}));
        files.add(docx(out.resolve("word-named-procurement-2016-01.xlsx")));
        files.add(Files.write(out.resolve("zip-garbage-procurement-2016-01.xlsx"), garbage("PK\u0003\u0004", 4096)));
        files.add(Files.write(out.resolve("ole-garbage-procurement-2016-01.xls"), oleGarbage()));

        // truncated (half-copied) and empty
        files.add(truncated(SAMPLES.resolve(XLSX), out.resolve("truncated-procurement-2016-01.xlsx")));
        files.add(truncated(SAMPLES.resolve(XLS), out.resolve("truncated-procurement-2016-01.xls")));
        files.add(Files.write(out.resolve("empty-procurement-2016-01.xlsx"), new byte[0]));

        // good returns under odd names: each a little different, so that none is a duplicate of another
        files.add(csv(out, "-leading-dash health-procurement-2016-01.csv", lines -> lines.remove(lines.size() - 1)));
        files.add(csv(out, "health procurement 2016-01 r\u00e9sum\u00e9 \u00fcnic\u00f6de \u2013 \u00e7a.csv",
                lines -> lines.remove(lines.size() - 2)));
        files.add(csv(out, "health-procurement-2016-01-" + "long".repeat(50) + ".csv",
                lines -> lines.remove(lines.size() - 3)));
        files.add(csv(out, "health-procurement-2016-01 (copy) [final] {v2} ; & $HOME.csv",
                lines -> lines.remove(lines.size() - 4)));
        return files;
    }

    /** Adds a link to a file outside the inbox, a dangling link, a named pipe and a folder; returns their paths. */
    public static List<Path> writeSpecial(Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path outside = Files.copy(SAMPLES.resolve(CSV), folder.resolveSibling("outside-health-procurement-2016-01.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<Path> special = new ArrayList<>();
        special.add(Files.createSymbolicLink(folder.resolve("link-health-procurement-2016-01.csv"), outside));
        special.add(Files.createSymbolicLink(folder.resolve("dangling-procurement-2016-01.xlsx"),
                folder.resolveSibling("nowhere.xlsx")));
        Path fifo = folder.resolve("fifo-procurement-2016-01.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        if (mkfifo.waitFor() == 0) {
            special.add(fifo);
        }
        Path directory = Files.createDirectories(folder.resolve("folder-procurement-2016-01.xlsx"));
        Files.copy(SAMPLES.resolve(CSV), directory.resolve(CSV));
        special.add(directory);
        return special;
    }

    private static Path xlsx(Path folder, String name, BiFunction<String, String, String> change) throws IOException {
        Map<String, byte[]> parts = parts(SAMPLES.resolve(XLSX));
        Map<String, byte[]> changed = new LinkedHashMap<>();
        parts.forEach((part, bytes) -> changed.put(part,
                change.apply(part, new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
        return zip(folder.resolve(name), changed);
    }

    private static Path csv(Path folder, String name, java.util.function.Consumer<List<String>> change)
            throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLES.resolve(CSV), WINDOWS_1252));
        change.accept(lines);
        return Files.write(folder.resolve(name), lines, WINDOWS_1252);
    }

    static Map<String, byte[]> parts(Path xlsx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    static Path zip(Path file, Map<String, byte[]> parts) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** The DOCTYPE after the XML declaration (or first), and the entity used in the first text or attribute. */
    private static String withDoctype(String xml, String doctype, String reference) {
        int declarationEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        String body = xml.substring(declarationEnd);
        body = body.contains("<t>") ? body.replaceFirst("<t>", "<t>" + reference)
                : body.contains("<v>") ? body.replaceFirst("<v>", "<v>" + reference)
                : body.replaceFirst("(<[A-Za-z][^>]*?)(/?>)", "$1 x=\"" + reference + "\"$2");
        return xml.substring(0, declarationEnd) + doctype + body;
    }

    private static String manyStrings(String xml, int count) {
        StringBuilder more = new StringBuilder(count * 24);
        for (int i = 0; i < count; i++) {
            more.append("<si><t>s").append(Integer.toString(i * 7919 % 99_991 + i, 36)).append("</t></si>");
        }
        return xml.replaceFirst("\\s(count|uniqueCount)=\"\\d+\"", "").replaceFirst("\\s(count|uniqueCount)=\"\\d+\"", "")
                .replace("</sst>", more + "</sst>");
    }

    private static String manySheets(int count) {
        StringBuilder sheets = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sheets.append("<sheet name=\"Extra ").append(i).append("\" sheetId=\"").append(1000 + i)
                    .append("\" r:id=\"rId1\"/>");
        }
        return sheets.toString();
    }

    /** The ratio bomb, its zip index saying the big sheet unpacks to 1,000 bytes. */
    private static Path lyingHeader(Path folder) throws IOException {
        Path file = xlsx(folder, "lying-header-procurement-2016-01.xlsx", (name, xml) -> name.endsWith("sheet2.xml")
                ? xml.replace("</sheetData>", "</sheetData>" + " ".repeat(40 << 20)) : xml);
        byte[] bytes = Files.readAllBytes(file);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        byte[] name = "xl/worksheets/sheet2.xml".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 + name.length < bytes.length; i++) {
            if (buffer.getInt(i) == 0x02014b50 && buffer.getShort(i + 28) == name.length
                    && new String(bytes, i + 46, name.length, StandardCharsets.UTF_8).equals("xl/worksheets/sheet2.xml")) {
                buffer.putInt(i + 24, 1_000);
            }
        }
        return Files.write(file, bytes);
    }

    private static Path encryptedXlsx(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                Files.copy(SAMPLES.resolve(XLSX), encrypted);
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    private static Path encryptedXls(Path file) throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (InputStream in = Files.newInputStream(SAMPLES.resolve(XLS)); HSSFWorkbook wb = new HSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        return file;
    }

    /** The sample as a macro-enabled workbook: a VBA project part, its relationship and content types. */
    public static Path macroEnabled(Path file) throws IOException {
        Map<String, byte[]> parts = parts(SAMPLES.resolve(XLSX));
        String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                        + "</Types>");
        parts.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
        String rels = new String(parts.get("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8)
                .replace("</Relationships>", "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/"
                        + "2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/></Relationships>");
        parts.put("xl/_rels/workbook.xml.rels", rels.getBytes(StandardCharsets.UTF_8));
        parts.put("xl/vbaProject.bin", vbaProject());
        return zip(file, parts);
    }

    private static byte[] vbaProject() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream("Sub AutoOpen()\r\nShell \"calc\"\r\nEnd Sub\r\n"
                    .getBytes(StandardCharsets.US_ASCII)), "dir");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static Path docx(Path file) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                .getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", ("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
                + "main\"><w:body/></w:document>").getBytes(StandardCharsets.UTF_8));
        return zip(file, parts);
    }

    private static byte[] garbage(String header, int length) {
        byte[] bytes = new byte[length];
        new java.util.Random(17).nextBytes(bytes);
        byte[] start = header.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(start, 0, bytes, 0, start.length);
        return bytes;
    }

    /** A real .xls whose records past its header are scrambled. */
    private static byte[] oleGarbage() throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve(XLS));
        java.util.Random random = new java.util.Random(42);
        for (int i = 1536; i < bytes.length; i += 7) {
            bytes[i] = (byte) random.nextInt();
        }
        return bytes;
    }

    private static Path truncated(Path source, Path target) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        return Files.write(target, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }
}
