package uk.gov.bestvalue.returns.notify;

import java.util.List;

/**
 * An email about one thing (a file, a chase, a month's reconciliation): its recipients (each gets a message of
 * their own), subject, the same message as plain text and HTML, and an attachment or null.
 *
 * @param key what the email is about, e.g. {@code 12-place-procurement.xlsx}: an email is queued once per key and
 *            recipient, however often the work that queues it is repeated
 */
public record OwnerEmail(List<String> to, String subject, String text, String html, String key,
                         EmailAttachment attachment) {

    public OwnerEmail {
        to = List.copyOf(to);
    }

    /** An email without attachment. */
    public OwnerEmail(List<String> to, String subject, String text, String html, String key) {
        this(to, subject, text, html, key, null);
    }

    /** The same email with a file attached. */
    public OwnerEmail withAttachment(EmailAttachment file) {
        return new OwnerEmail(to, subject, text, html, key, file);
    }
}
