package uk.gov.bestvalue.returns.notify;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.config.PipelineProperties;

/**
 * Hands one queued message over: by SMTP when {@code spring.mail.host} is set, else as an {@code .eml} file in the
 * outbox folder (which any mail client opens), so the embedded default needs no mail server. The message keeps the
 * Message-ID it was queued with, so a copy delivered twice after a crash is recognisable as the same message.
 */
@Component
class MailTransport {

    private final JavaMailSender smtp;
    private final Path outboxFolder;
    private final String from;

    MailTransport(ObjectProvider<JavaMailSender> smtp, PipelineProperties properties,
                  @Value("${pipeline.mail-from:bestvalue.returns@council.example.gov.uk}") String from) {
        this.smtp = smtp.getIfAvailable();
        this.outboxFolder = properties.folders().outbox();
        this.from = from;
    }

    /** The domain of the sender's address, used for Message-IDs. */
    String fromDomain() {
        return from.substring(from.indexOf('@') + 1);
    }

    /** Delivers the message; says where it went (the SMTP host, or the file written). */
    String deliver(QueuedEmail email) throws MessagingException {
        MimeMessage message = build(email);
        if (smtp != null) {
            smtp.send(message);
            return "smtp " + (smtp instanceof JavaMailSenderImpl impl ? impl.getHost() + ":" + impl.getPort() : "");
        }
        return writeToFolder(message, email).toString();
    }

    private MimeMessage build(QueuedEmail email) throws MessagingException {
        Session session = smtp instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", email.messageId());
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(email.recipient());
        helper.setSubject(email.subject());
        helper.setText(email.text(), email.html());
        EmailAttachment file = email.attachment();
        if (file != null) {
            if (!Files.isReadable(file.file())) {
                throw new AttachmentMissingException(file.file());
            }
            helper.addAttachment(file.name(), new FileSystemResource(file.file()), file.contentType());
        }
        return message;
    }

    private Path writeToFolder(MimeMessage message, QueuedEmail email) throws MessagingException {
        try {
            Files.createDirectories(outboxFolder);
            message.saveChanges();
            String stem = (email.key() + "-" + email.recipient()).replaceAll("[^A-Za-z0-9.@-]+", "_");
            Path file = outboxFolder.resolve(String.format("%06d-%s.eml", email.id(),
                    stem.substring(0, Math.min(stem.length(), 150))));
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                message.writeTo(out);
            }
            // a reader of the folder never sees half a message
            return Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the outbox folder " + outboxFolder, e);
        }
    }

    /** The file to attach is gone: retrying will not bring it back. */
    static final class AttachmentMissingException extends MessagingException {
        AttachmentMissingException(Path file) {
            super("The attachment " + file + " no longer exists");
        }
    }
}
