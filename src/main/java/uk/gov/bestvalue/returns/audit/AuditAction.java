package uk.gov.bestvalue.returns.audit;

/** What an {@code audit_event} row records: a change to a received file's batch, an email or a monthly run. */
public enum AuditAction {
    /** A file was received and hashed: a load batch was made for it. */
    RECEIVED,
    /** The file's content had been received before: not loaded again. */
    DUPLICATE,
    /** The file was refused (unreadable, unrecognised, nobody to place it for, or nothing of it loadable). */
    REJECTED,
    /** The file was recognised as a return of a directorate and month, and its rows began to be loaded. */
    LOAD_STARTED,
    /** A run of the file's load job began: its first, or a restart of a failed or interrupted one. */
    LOAD_RUN,
    /** A run of the load failed; it is retried later, or not. */
    LOAD_FAILED,
    /** The loaded file became the current snapshot of its return, directorate and month. */
    PUBLISHED,
    /** The current snapshot was replaced by a later file. */
    SUPERSEDED,
    /** The load was given up after its last attempt failed. */
    ABANDONED,
    /** The file was moved to where it is kept (the archive, or the rejected folder). */
    STORED,
    /** An email was queued for one recipient. */
    EMAIL_QUEUED,
    /** An email was delivered. */
    EMAIL_SENT,
    /** An email could not be delivered (the mail server away): it waits for its next attempt. */
    EMAIL_DEFERRED,
    /** An email was given up. */
    EMAIL_FAILED,
    /** A monthly run of a period began (a first run, or a re-run). */
    MONTHLY_STARTED,
    /** A monthly run of a period ended. */
    MONTHLY_ENDED
}
