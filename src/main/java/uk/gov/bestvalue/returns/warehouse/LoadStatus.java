package uk.gov.bestvalue.returns.warehouse;

/** What became of a received file. */
public enum LoadStatus {
    /** Received and hashed, not yet recognised. */
    RECEIVED,
    /** Recognised; its rows are being loaded by a job. */
    LOADING,
    /** Loaded and published: the snapshot reports read for its return, directorate and period. */
    CURRENT,
    /** Replaced by a later submission for the same return, directorate and period. */
    SUPERSEDED,
    /** Could not be read or recognised; the reason says why. */
    REJECTED,
    /** The same content was already loaded. */
    DUPLICATE,
    /** The load failed and is waiting to be restarted. */
    FAILED
}
