package uk.gov.bestvalue.returns.notify;

import java.util.List;

/** An email to a return's owners: recipients, subject, and the same message as plain text and HTML. */
public record OwnerEmail(List<String> to, String subject, String text, String html, String fileStem) {
}
