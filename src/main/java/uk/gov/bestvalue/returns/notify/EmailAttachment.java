package uk.gov.bestvalue.returns.notify;

import java.nio.file.Path;

/**
 * A file sent with an email: where it lies (it must outlast the queue, as delivery may be retried for hours), the
 * name the recipient sees and its MIME type.
 */
public record EmailAttachment(Path file, String name, String contentType) {
}
