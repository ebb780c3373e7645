package uk.gov.bestvalue.returns.notify;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.PipelineProperties;

/**
 * Delivers an email: by SMTP when {@code spring.mail.host} is set, else as an {@code .eml} file in the
 * outbox folder (which any mail client opens), so the embedded default needs no mail server.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final JavaMailSender smtp;
    private final Path outbox;
    private final String from;
    private final AtomicInteger sequence = new AtomicInteger();

    public MailDelivery(ObjectProvider<JavaMailSender> smtp, PipelineProperties properties,
                        @org.springframework.beans.factory.annotation.Value("${pipeline.mail-from:bestvalue.returns@council.example.gov.uk}") String from) {
        this.smtp = smtp.getIfAvailable();
        this.outbox = properties.folders().outbox();
        this.from = from;
    }

    /** Sends one email with an HTML body and its plain-text alternative. */
    public void send(OwnerEmail email) {
        try {
            MimeMessage message = (smtp != null ? smtp : new JavaMailSenderImpl()).createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(email.to().toArray(String[]::new));
            helper.setSubject(email.subject());
            helper.setText(email.text(), email.html());
            if (smtp != null) {
                smtp.send(message);
                log.info("Emailed {} recipient(s): {}", email.to().size(), email.subject());
            } else {
                Path file = writeToOutbox(message, email.fileStem());
                log.info("Wrote email to {}: {}", file, email.subject());
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot build the email '" + email.subject() + "'", e);
        }
    }

    private Path writeToOutbox(MimeMessage message, String stem) throws MessagingException {
        try {
            Files.createDirectories(outbox);
            message.saveChanges();
            Path file = outbox.resolve(STAMP.format(LocalDateTime.now()) + "-" + sequence.incrementAndGet() + "-"
                    + stem.replaceAll("[^A-Za-z0-9._-]", "_") + ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the outbox " + outbox, e);
        }
    }
}
