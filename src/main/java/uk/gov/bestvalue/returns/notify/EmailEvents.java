package uk.gov.bestvalue.returns.notify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.bestvalue.returns.audit.AuditAction;
import uk.gov.bestvalue.returns.audit.AuditTrail;

/**
 * The audit events of the outbox, each written by its caller in the transaction that changes the email's row: what an
 * email is about is read from its key (a load batch's email is keyed {@code <batch id>-<file>}; a chase or a
 * reconciliation email names its month).
 */
final class EmailEvents {

    private static final Pattern BATCH = Pattern.compile("^(\\d+)-");
    private static final Pattern MONTH = Pattern.compile("(?<!\\d)(\\d{4}-\\d{2})(?!\\d)");

    private EmailEvents() {
    }

    /** Records an email's change of status for one recipient. */
    static void record(AuditTrail audit, AuditAction action, String key, String recipient, String before, String after,
                       String detail) {
        Matcher batch = BATCH.matcher(key);
        Matcher month = MONTH.matcher(key);
        audit.other(action, batch.find() ? Long.valueOf(batch.group(1)) : null, month.find() ? month.group(1) : null,
                before, after, key + " to " + recipient + (detail == null ? "" : ": " + detail));
    }
}
