package uk.gov.bestvalue.returns.notify;

import java.nio.file.Path;

/** One row of the outbox: a message to one recipient, as the dispatcher delivers it. */
record QueuedEmail(long id, String key, String recipient, String messageId, String subject, String text, String html,
                   Path attachmentPath, String attachmentName, String attachmentType, int attempts) {

    /** The attachment, or null when the email has none. */
    EmailAttachment attachment() {
        return attachmentPath == null ? null : new EmailAttachment(attachmentPath, attachmentName, attachmentType);
    }
}
