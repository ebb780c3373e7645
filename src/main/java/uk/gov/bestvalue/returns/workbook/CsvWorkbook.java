package uk.gov.bestvalue.returns.workbook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A CSV file seen as a workbook with one sheet named after the file. */
final class CsvWorkbook implements WorkbookFile {

    private static final int BUFFER = 64 * 1024;
    private static final int SEPARATOR_SAMPLE_LINES = 20;
    // the warehouse keeps a row's sheet in VARCHAR(100) columns; a very long file name would not fit
    private static final int MAX_SHEET_NAME = 100;

    private final Path path;
    private final CsvEncoding encoding;
    private final char separator;
    private final SheetInfo sheet;

    private CsvWorkbook(Path path, CsvEncoding encoding, char separator) {
        this.path = path;
        this.encoding = encoding;
        this.separator = separator;
        this.sheet = new SheetInfo(baseName(path), false);
    }

    static CsvWorkbook open(Path file) throws UnreadableWorkbookException {
        try {
            CsvEncoding encoding = CsvEncoding.detect(file);
            try (BufferedReader reader = reader(file, encoding)) {
                return new CsvWorkbook(file, encoding, separator(reader));
            }
        } catch (IOException e) {
            throw UnreadableWorkbookException.unopenable(PlainReasons.clean(e.getMessage()), e);
        }
    }

    private static BufferedReader reader(Path file, CsvEncoding encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(encoding.bomLength());
            return new BufferedReader(new InputStreamReader(in, encoding.charset()), BUFFER);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** A comma unless the first non-empty line has more semicolons or tabs (outside quotes) than commas. */
    static char separator(BufferedReader reader) throws IOException {
        String line = reader.readLine();
        for (int i = 0; line != null && line.isBlank() && i < SEPARATOR_SAMPLE_LINES; i++) {
            line = reader.readLine();
        }
        if (line == null) {
            return ',';
        }
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The file's name without its extension, at most {@value #MAX_SHEET_NAME} characters: sheet columns' width. */
    private static String baseName(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base.length() > MAX_SHEET_NAME ? base.substring(0, MAX_SHEET_NAME) : base;
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public WorkbookFormat format() {
        return WorkbookFormat.CSV;
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.of(sheet);
    }

    @Override
    public RowCursor openSheet(String sheetName) throws IOException {
        String name = Workbooks.sheetNamed(List.of(sheet), sheetName).name();
        try {
            return new CsvSheetCursor(name, reader(path, encoding), separator);
        } catch (IOException e) {
            throw UnreadableWorkbookException.unopenable(PlainReasons.clean(e.getMessage()), e);
        }
    }

    @Override
    public void close() {
        // every cursor owns and closes its own reader
    }
}
