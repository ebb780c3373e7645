package uk.gov.bestvalue.returns.bench;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import uk.gov.bestvalue.returns.spec.FieldSpec;
import uk.gov.bestvalue.returns.spec.ReturnSpec;

/**
 * Writes a procurement contracts return of any size for the benchmark, as a hand-written streaming xlsx:
 * a {@code Cover} sheet and a {@code Contracts} sheet with the spec's primary titles, written row by row
 * straight into a {@link ZipOutputStream}, so memory stays flat whatever the number of rows.
 *
 * <p>The text rows repeat (titles, suppliers, routes, Y/N, categories, the header) is in the shared strings
 * table, which is known before the sheets are written: a few thousand strings. Text unique to a row (the
 * contract, waiver, e-tender and register references) is written inline ({@code t="inlineStr"}), numbers
 * as numbers (money with a money style), dates as Excel serial numbers with a {@code dd/mm/yyyy} style.
 *
 * <p>It does not use POI's SXSSF: with a shared strings table (as Excel saves files) POI keeps every
 * shared string as an XMLBeans object in memory, so a million rows with a million distinct references took
 * about 10 GB of heap and over four minutes; without the table every string would be inline, which is not
 * how Excel saves a file.
 */
public final class BenchmarkReturnGenerator {

    /** The sheet holding the contracts. */
    public static final String CONTRACTS = "Contracts";
    /** The cover sheet. */
    static final String COVER = "Cover";

    /** Style indexes in {@code cellXfs}: 0 general, 1 date, 2 money. */
    static final int DATE_STYLE = 1;
    static final int MONEY_STYLE = 2;

    private static final String DATE_FORMAT = "dd/mm/yyyy";
    /** The Excel serial number of 1970-01-01 (1900 date system). */
    private static final long EPOCH_SERIAL = 25_569;
    private static final int BUFFER = 256 * 1024;

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_DOCUMENT = REL_NS + "/officeDocument";
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private final ReturnSpec spec;
    private final ContractRowValues values;

    public BenchmarkReturnGenerator(ReturnSpec spec) {
        this.spec = spec;
        this.values = new ContractRowValues(spec.fields());
    }

    /** The row values the file holds, for loading the same rows by other means. */
    public ContractRowValues values() {
        return values;
    }

    /** Writes {@code rows} contracts, a header and a cover to {@code file}; the cover names who submitted it. */
    public Path generate(Path file, int rows, String submittedBy) throws IOException {
        String[][] cover = cover(submittedBy);
        List<String> titles = spec.fields().stream().map(BenchmarkReturnGenerator::primaryTitle).toList();
        SharedStrings shared = new SharedStrings();
        for (String[] line : cover) {
            shared.add(line[0]);
            shared.add(line[1]);
        }
        titles.forEach(shared::add);
        values.repeatedTexts().forEach(shared::add);

        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            // one writer for every part: each part is a zip entry, flushed before the entry is closed
            Writer writer = new BufferedWriter(new OutputStreamWriter(new KeepOpen(zip), StandardCharsets.UTF_8), BUFFER);
            Part part = new Part(zip, writer);
            part.write("[Content_Types].xml", contentTypes());
            part.write("_rels/.rels", XML_DECLARATION + "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + OFFICE_DOCUMENT + "\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part.write("xl/workbook.xml", workbook());
            part.write("xl/_rels/workbook.xml.rels", workbookRelationships());
            part.write("xl/styles.xml", styles());
            part.begin("xl/sharedStrings.xml");
            shared.write(writer);
            part.end();

            part.begin("xl/worksheets/sheet1.xml");
            SheetWriter coverSheet = new SheetWriter(writer, shared, "A1:B" + cover.length);
            for (String[] line : cover) {
                coverSheet.startRow();
                coverSheet.text(line[0]);
                coverSheet.text(line[1]);
                coverSheet.endRow();
            }
            coverSheet.finish();
            part.end();

            part.begin("xl/worksheets/sheet2.xml");
            SheetWriter contracts = new SheetWriter(writer, shared,
                    "A1:" + SheetWriter.column(titles.size() - 1) + (rows + 1));
            contracts.startRow();
            for (String title : titles) {
                contracts.text(title);
            }
            contracts.endRow();
            for (int i = 0; i < rows; i++) {
                contracts.startRow();
                for (Object value : values.row(i)) {
                    if (value instanceof String text) {
                        contracts.text(text);
                    } else if (value instanceof Double number) {
                        contracts.money(number);
                    } else if (value instanceof LocalDate day) {
                        contracts.date(day);
                    } else {
                        contracts.blank();
                    }
                }
                contracts.endRow();
            }
            contracts.finish();
            part.end();
        }
        return file;
    }

    private static String[][] cover(String submittedBy) {
        return new String[][] {{"Return", "Procurement contracts return"}, {"Directorate", "Resources"},
                {"Period", "2016-01"}, {"Submitted by", submittedBy},
                {"Contact email", "finance.resources@council.example.gov.uk"}};
    }

    private static String primaryTitle(FieldSpec field) {
        return field.aliases().get(0);
    }

    private static String contentTypes() {
        return XML_DECLARATION
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + CONTENT_TYPE + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + CONTENT_TYPE + "worksheet+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"" + CONTENT_TYPE + "worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + CONTENT_TYPE + "styles+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + CONTENT_TYPE + "sharedStrings+xml\"/>"
                + "</Types>";
    }

    private static String workbook() {
        return XML_DECLARATION + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                + "<sheets>"
                + "<sheet name=\"" + COVER + "\" sheetId=\"1\" r:id=\"rId1\"/>"
                + "<sheet name=\"" + CONTRACTS + "\" sheetId=\"2\" r:id=\"rId2\"/>"
                + "</sheets></workbook>";
    }

    private static String workbookRelationships() {
        return XML_DECLARATION + "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId4\" Type=\"" + REL_NS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>";
    }

    /** Styles: 0 general, 1 a {@code dd/mm/yyyy} date (custom format 164), 2 money ({@code #,##0.00}, built-in 4). */
    private static String styles() {
        return XML_DECLARATION + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"" + DATE_FORMAT + "\"/></numFmts>"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"3\">"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "</cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>";
    }

    /** Writes XML text, escaping what must be: {@code & < >}, quotes, and characters XML cannot hold. */
    static void escape(Writer out, String text) throws IOException {
        int start = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            String replacement;
            if (c == '&') {
                replacement = "&amp;";
            } else if (c == '<') {
                replacement = "&lt;";
            } else if (c == '>') {
                replacement = "&gt;";
            } else if (c == '"') {
                replacement = "&quot;";
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                // not allowed in XML 1.0: written as Excel does, _xHHHH_
                replacement = String.format("_x%04X_", (int) c);
            } else if (c == '_' && looksEscaped(text, i)) {
                // a literal "_xHHHH_" would be read back as an escape: Excel escapes its underscore
                replacement = "_x005F_";
            } else {
                continue;
            }
            out.write(text, start, i - start);
            out.write(replacement);
            start = i + 1;
        }
        out.write(text, start, text.length() - start);
    }

    /** Whether the text at {@code i} reads as an Excel escape, {@code _xHHHH_}. */
    private static boolean looksEscaped(String text, int i) {
        if (i + 6 >= text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int h = i + 2; h < i + 6; h++) {
            if (Character.digit(text.charAt(h), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether Excel needs {@code xml:space="preserve"} to keep the text's edges. */
    private static boolean needsPreserve(String text) {
        return !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)));
    }

    /** The shared strings table: each distinct text once, in the order added, with its index. */
    static final class SharedStrings {

        private final Map<String, Integer> indexes = new HashMap<>();
        private final List<String> texts = new ArrayList<>();
        /** Cells written that refer to the table; the header of the table says how many there are. */
        private long references;

        void add(String text) {
            if (!indexes.containsKey(text)) {
                indexes.put(text, texts.size());
                texts.add(text);
            }
        }

        /** The index of a text in the table, counted as one reference, or -1 when it is not there. */
        int reference(String text) {
            Integer index = indexes.get(text);
            if (index == null) {
                return -1;
            }
            references++;
            return index;
        }

        int size() {
            return texts.size();
        }

        void write(Writer out) throws IOException {
            out.write(XML_DECLARATION);
            // count is the number of references, unknown until the sheets are written, and optional: left out
            out.write("<sst xmlns=\"" + MAIN_NS + "\" uniqueCount=\"" + texts.size() + "\">");
            for (String text : texts) {
                out.write(needsPreserve(text) ? "<si><t xml:space=\"preserve\">" : "<si><t>");
                escape(out, text);
                out.write("</t></si>");
            }
            out.write("</sst>");
        }
    }

    /** Writes one worksheet's XML row by row: nothing of a row is kept once it is written. */
    static final class SheetWriter {

        private static final String[] COLUMNS = new String[64];

        static {
            for (int i = 0; i < COLUMNS.length; i++) {
                COLUMNS[i] = columnName(i);
            }
        }

        private final Writer out;
        private final SharedStrings shared;
        private int row;
        private int column;
        private String rowNumber;

        SheetWriter(Writer out, SharedStrings shared, String dimension) throws IOException {
            this.out = out;
            this.shared = shared;
            out.write(XML_DECLARATION);
            out.write("<worksheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">");
            out.write("<dimension ref=\"" + dimension + "\"/>");
            out.write("<sheetData>");
        }

        /** The letters of a 0-based column: 0 is A, 25 is Z, 26 is AA. */
        static String column(int index) {
            return index < COLUMNS.length ? COLUMNS[index] : columnName(index);
        }

        private static String columnName(int index) {
            StringBuilder name = new StringBuilder();
            for (int n = index + 1; n > 0; n = (n - 1) / 26) {
                name.insert(0, (char) ('A' + (n - 1) % 26));
            }
            return name.toString();
        }

        void startRow() throws IOException {
            row++;
            column = 0;
            rowNumber = Integer.toString(row);
            out.write("<row r=\"");
            out.write(rowNumber);
            out.write("\">");
        }

        void endRow() throws IOException {
            out.write("</row>");
        }

        /** Skips a cell: a blank cell is not written. */
        void blank() {
            column++;
        }

        /** Text: an index into the shared strings when the table has it, else inline. */
        void text(String text) throws IOException {
            int index = shared.reference(text);
            if (index >= 0) {
                startCell(null, "s");
                out.write("<v>");
                out.write(Integer.toString(index));
                out.write("</v></c>");
            } else {
                startCell(null, "inlineStr");
                out.write(needsPreserve(text) ? "<is><t xml:space=\"preserve\">" : "<is><t>");
                escape(out, text);
                out.write("</t></is></c>");
            }
        }

        /** Money: the number, with the money style. */
        void money(double amount) throws IOException {
            startCell(MONEY_STYLE, null);
            out.write("<v>");
            out.write(number(amount));
            out.write("</v></c>");
        }

        /** A date: its Excel serial number (1900 date system), with the date style. */
        void date(LocalDate day) throws IOException {
            startCell(DATE_STYLE, null);
            out.write("<v>");
            out.write(Long.toString(day.toEpochDay() + EPOCH_SERIAL));
            out.write("</v></c>");
        }

        void finish() throws IOException {
            out.write("</sheetData></worksheet>");
        }

        private void startCell(Integer style, String type) throws IOException {
            out.write("<c r=\"");
            out.write(column(column++));
            out.write(rowNumber);
            if (style != null) {
                out.write("\" s=\"");
                out.write(Integer.toString(style));
            }
            if (type != null) {
                out.write("\" t=\"");
                out.write(type);
            }
            out.write("\">");
        }

        /** A double as xsd:double text, without an exponent for the amounts a return holds. */
        private static String number(double value) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("not a number a cell can hold: " + value);
            }
            String text = Double.toString(value);
            if (text.indexOf('E') >= 0) {
                text = java.math.BigDecimal.valueOf(value).toPlainString();
            }
            return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        }
    }

    /** Writes each part as one zip entry through the shared writer. */
    private static final class Part {

        private final ZipOutputStream zip;
        private final Writer writer;

        Part(ZipOutputStream zip, Writer writer) {
            this.zip = zip;
            this.writer = writer;
        }

        void write(String name, String content) throws IOException {
            begin(name);
            writer.write(content);
            end();
        }

        void begin(String name) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
        }

        void end() throws IOException {
            writer.flush();
            zip.closeEntry();
        }
    }

    /** The zip stream under the writer, which the writer's flushes reach but which only the try closes. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
