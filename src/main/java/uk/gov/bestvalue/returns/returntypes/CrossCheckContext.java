package uk.gov.bestvalue.returns.returntypes;

import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.bestvalue.returns.spec.HeaderMatch;
import uk.gov.bestvalue.returns.spec.Recognition;
import uk.gov.bestvalue.returns.workbook.CellRef;

/**
 * What a rule that looks beyond one file may use when the file is published: the load's rows already in
 * its fact table (by {@code loadBatchId}), the other current snapshots through the {@code v_*_current}
 * views, and the file's headers to point findings at cells. The load itself is not yet current.
 */
public record CrossCheckContext(long loadBatchId, String directorateId, YearMonth period, Recognition recognition,
                                JdbcClient jdbc) {

    /** The cell of a field on a row of a sheet of this file (the key column when the file lacks the field's column). */
    public CellRef cell(String sheet, int row, String field) {
        HeaderMatch header = recognition.header(sheet);
        int column = header.columnOf(field);
        if (column < 0 && header.spec().keyField() != null) {
            column = header.columnOf(header.spec().keyField().name());
        }
        return new CellRef(sheet, row, Math.max(column, 0));
    }
}
