package uk.gov.bestvalue.returns.bench;

import java.nio.file.Path;

import uk.gov.bestvalue.returns.returntypes.ReturnReader;
import uk.gov.bestvalue.returns.spec.FieldTyping;
import uk.gov.bestvalue.returns.spec.HeaderMatch;
import uk.gov.bestvalue.returns.spec.ReturnSpec;
import uk.gov.bestvalue.returns.workbook.RowCursor;
import uk.gov.bestvalue.returns.workbook.SheetRow;
import uk.gov.bestvalue.returns.workbook.WorkbookFile;
import uk.gov.bestvalue.returns.workbook.Workbooks;

/** Our own stages without the database: the reader typing every cell, and the whole check. */
public final class OurReaders {

    /** Keeps the values typed alive, so the typing cannot be optimised away. */
    static volatile Object blackhole;

    private OurReaders() {
    }

    /** Reads the sheet with our reader and types every cell as its field says, as the checks do; returns the data rows. */
    public static long readAndType(Path file, ReturnSpec spec, String sheetName) throws Exception {
        try (WorkbookFile workbook = Workbooks.open(file); RowCursor cursor = workbook.openSheet(sheetName)) {
            HeaderMatch header = HeaderMatch.of(spec, cursor.next());
            int[] columns = header.columns();
            FieldTyping typing = new FieldTyping(spec.fields());
            long rows = 0;
            long filled = 0;
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                rows++;
                for (int f = 0; f < columns.length; f++) {
                    filled += typing.parse(f, row.cell(columns[f])).value() != null ? 1 : 0;
                }
            }
            // one volatile write a run, as the floors and peers make: one a cell would be a memory fence a cell
            blackhole = filled;
            return rows;
        }
    }

    /** Recognises the file and checks every row against every rule, storing nothing; returns the data rows. */
    public static long check(Path file, ReturnReader.Opener opener) throws Exception {
        try (ReturnReader reader = opener.open(file)) {
            long findings = 0;
            while (true) {
                var row = reader.next();
                if (row == null) {
                    break;
                }
                findings += row.findings().size();
            }
            blackhole = findings;
            return reader.rowsRead();
        }
    }
}
