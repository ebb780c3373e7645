package uk.gov.bestvalue.returns.workbook;

import java.io.Closeable;
import java.io.IOException;

/** Pull-style streaming access to the rows of one sheet; next() returns null at the end. */
public interface RowCursor extends Closeable {

    /**
     * The next row in file order, or null at the end. Rows that exist in the file but are empty may be
     * returned as blank rows or skipped. A file that turns out to be damaged part way through fails with
     * {@link UnreadableWorkbookException} ({@code CORRUPT}).
     */
    SheetRow next() throws IOException;
}
