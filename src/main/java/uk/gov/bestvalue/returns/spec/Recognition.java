package uk.gov.bestvalue.returns.spec;

import java.time.YearMonth;
import java.util.List;

import uk.gov.bestvalue.returns.directory.Directorate;

/**
 * What a file was recognised as: which return, where its tables are, whose it is and for which month.
 *
 * @param headers one header per sheet holding a table of the return, in workbook order (a return may
 *                spread over several sheets, e.g. one per plan area); never empty
 * @param period  the month the return is for; null for a ledger export that does not name one
 * @param cover   what the file says about itself (contact, submitter)
 * @param placementProblem why the file cannot be placed (no directorate, or no month for a return), for its
 *                sender; null when it is placed. An unplaced file is checked but never loaded.
 */
public record Recognition(List<HeaderMatch> headers, Directorate directorate, YearMonth period, Cover cover,
                          String placementProblem) {

    public Recognition {
        headers = List.copyOf(headers);
    }

    /** A placed file: the directorate, and the month for a return, are known. */
    public Recognition(List<HeaderMatch> headers, Directorate directorate, YearMonth period, Cover cover) {
        this(headers, directorate, period, cover, null);
    }

    /** Whether the file says whose it is and, for a return, which month: whether it can be loaded. */
    public boolean placed() {
        return placementProblem == null;
    }

    /** The directorate's id, or null when the file does not say. */
    public String directorateId() {
        return directorate == null ? null : directorate.id();
    }

    public ReturnSpec spec() {
        return header().spec();
    }

    /** The period as {@code yyyy-MM}, or null. */
    public String periodText() {
        return period == null ? null : period.toString();
    }

    /** The first (or only) table of the return. */
    public HeaderMatch header() {
        return headers.get(0);
    }

    /** The header of a sheet's table. */
    public HeaderMatch header(String sheet) {
        return headers.stream().filter(h -> h.sheet().equals(sheet)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No table of this return on sheet " + sheet));
    }
}
