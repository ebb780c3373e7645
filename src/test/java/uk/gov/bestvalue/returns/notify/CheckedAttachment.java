package uk.gov.bestvalue.returns.notify;

import java.io.IOException;
import java.io.InputStream;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** The workbook attached to an owner's email, as the recipient's mail client saves it. */
record CheckedAttachment(String fileName, String contentType, byte[] bytes) {

    /** The message's attachment, or null when it has none. */
    static CheckedAttachment of(MimeMessage message) throws MessagingException, IOException {
        return find(message);
    }

    private static CheckedAttachment find(Part part) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream()) {
                return new CheckedAttachment(part.getFileName(), part.getContentType(), in.readAllBytes());
            }
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                CheckedAttachment found = find(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
