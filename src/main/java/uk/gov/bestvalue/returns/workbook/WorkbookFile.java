package uk.gov.bestvalue.returns.workbook;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** An open spreadsheet file of any supported format. */
public interface WorkbookFile extends Closeable {

    /** The file this workbook was read from. */
    Path path();

    /** The file's real format, whatever its extension says. */
    WorkbookFormat format();

    /** The sheets in workbook order; a CSV file has one sheet named after the file without its extension. */
    List<SheetInfo> sheets();

    /**
     * Streams the rows of a sheet from the top; may be called several times for the same sheet.
     *
     * @throws IllegalArgumentException when the workbook has no sheet of that name
     */
    RowCursor openSheet(String sheetName) throws IOException;
}
