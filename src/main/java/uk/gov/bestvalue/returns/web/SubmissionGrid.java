package uk.gov.bestvalue.returns.web;

import java.util.List;

/**
 * A month's submission grid as the page shows it: a row per directorate the viewer may see, a cell per return.
 *
 * @param period     the month shown, {@code yyyy-MM}
 * @param periods    every month with a file, newest first, for the picker
 * @param returns    the returns' titles, the columns
 * @param rows       one per directorate owing or sending a return that month
 * @param unplaced   files rejected before anyone could tell whose they were (programme office only)
 */
record SubmissionGrid(String period, List<String> periods, List<String> returns, List<Row> rows,
                      List<Unplaced> unplaced) {

    /** A directorate's returns that month. */
    record Row(String directorateId, String directorate, List<Cell> cells) {
    }

    /**
     * What became of one return: {@code state} is received, loaded with findings, rejected, missing, not due yet or
     * not owed; {@code batchId} the file behind it (null when none came).
     */
    record Cell(String state, Long batchId, int findings) {

        /** The CSS class of the state: its words joined. */
        public String css() {
            return state.replace(' ', '-');
        }
    }

    /** A file nobody could place, and why it was rejected. */
    record Unplaced(long batchId, String fileName, String reason) {
    }
}
