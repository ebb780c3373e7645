package uk.gov.bestvalue.returns.spec;

/** A file that is a readable spreadsheet but not a return we know, or whose directorate or period is unknown. */
public class UnrecognisedReturnException extends Exception {

    private final String directorateId;

    public UnrecognisedReturnException(String message, String directorateId) {
        super(message);
        this.directorateId = directorateId;
    }

    /** The directorate the file seems to come from (to tell its owners), or null. */
    public String directorateId() {
        return directorateId;
    }
}
