package uk.gov.bestvalue.returns.report.opendata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

/** Where a published row came from: the load, the file and its sha-256, the sheet and row (for the lineage files). */
record SourceRow(String directorate, long loadBatchId, String file, String sha256, String sheet, int row) {

    static final List<String> HEADER = List.of("Directorate", "Load Batch", "File", "SHA-256", "Sheet", "Row");

    /** From a row of a {@code v_*_current} view. */
    static SourceRow of(ResultSet rs) throws SQLException {
        return new SourceRow(rs.getString("directorate_id"), rs.getLong("load_batch_id"), rs.getString("file_name"),
                rs.getString("sha256"), rs.getString("source_sheet"), rs.getInt("source_row"));
    }

    /** A lineage line: the published file's line and key, then the source. */
    String[] line(int publishedLine, String key) {
        return new String[] {String.valueOf(publishedLine), key, directorate, String.valueOf(loadBatchId), file, sha256,
                sheet, String.valueOf(row)};
    }

    /** The lineage file's header, the published file's key column named. */
    static String[] header(String key) {
        return Stream.concat(Stream.of("Published Row", key), HEADER.stream())
                .toArray(String[]::new);
    }
}
