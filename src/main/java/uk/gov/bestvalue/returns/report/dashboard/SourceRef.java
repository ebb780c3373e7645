package uk.gov.bestvalue.returns.report.dashboard;

/**
 * A warehouse row behind a dashboard figure: its load batch, the file it came from, and the sheet and 1-based
 * spreadsheet row it was read from (a CSV's sheet is named after the file).
 */
public record SourceRef(long loadBatchId, String file, String sheet, int row) {

    /** As people read it, e.g. {@code finance-spend-2016-01.csv, finance-spend-2016-01 row 6}. */
    public String where() {
        return file + ", " + sheet + " row " + row;
    }
}
