package uk.gov.bestvalue.returns.warehouse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.bestvalue.returns.spec.ColumnMapping;
import uk.gov.bestvalue.returns.spec.HeaderMatch;
import uk.gov.bestvalue.returns.workbook.CellRef;

/** The column lineage of each load: every header cell it read and the field it was read as ({@code load_batch_column}). */
@Repository
public class LoadBatchColumns {

    private static final int MAX_TITLE = 500;

    private final JdbcClient jdbc;

    public LoadBatchColumns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the header cells of the tables a load reads (again, when a restarted load records them twice). */
    public void record(long loadBatchId, List<HeaderMatch> headers) {
        jdbc.sql("DELETE FROM load_batch_column WHERE load_batch_id = ?").param(loadBatchId).update();
        for (HeaderMatch header : headers) {
            for (int c = 0; c < header.titles().size(); c++) {
                ColumnMapping mapping = mappingOf(header, c);
                String title = header.titles().get(c);
                jdbc.sql("""
                                INSERT INTO load_batch_column (load_batch_id, source_sheet, column_index, source_column,
                                                               header_row, title, field_name, mapped_how)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(loadBatchId, header.sheet(), c, CellRef.columnLetters(c), header.headerRowNumber(),
                                title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title,
                                mapping == null ? null : mapping.field(),
                                mapping == null ? null : mapping.how().label())
                        .update();
            }
        }
    }

    /**
     * The 0-based column a field was read from in a batch's sheet; a sheet not recorded (a further sheet of a ledger
     * with one sheet per month, laid out as its first) is taken to be laid out as the first sheet recorded.
     */
    public OptionalInt columnOf(long loadBatchId, String sheet, String field) {
        List<Integer> columns = new ArrayList<>(jdbc.sql("""
                        SELECT column_index FROM load_batch_column
                        WHERE load_batch_id = ? AND field_name = ?
                        ORDER BY CASE WHEN source_sheet = ? THEN 0 ELSE 1 END, header_row, source_sheet""")
                .params(loadBatchId, field, sheet).query(Integer.class).list());
        return columns.isEmpty() ? OptionalInt.empty() : OptionalInt.of(columns.get(0));
    }

    /**
     * The title of the column each field was read from, by field; the batch's {@code sheet} first, then any other sheet
     * recorded (where the same field has a column in more than one).
     */
    public Map<String, String> titlesByField(long loadBatchId, String sheet) {
        Map<String, String> titles = new HashMap<>();
        jdbc.sql("""
                        SELECT field_name, title FROM load_batch_column
                        WHERE load_batch_id = ? AND field_name IS NOT NULL
                        ORDER BY CASE WHEN source_sheet = ? THEN 0 ELSE 1 END, header_row, source_sheet""")
                .params(loadBatchId, sheet)
                .query((rs, n) -> Map.entry(rs.getString("field_name"), rs.getString("title"))).list()
                .forEach(title -> titles.putIfAbsent(title.getKey(), title.getValue()));
        return titles;
    }

    private static ColumnMapping mappingOf(HeaderMatch header, int column) {
        for (ColumnMapping mapping : header.mappings()) {
            if (mapping.column() == column) {
                return mapping;
            }
        }
        return null;
    }
}
