package uk.gov.bestvalue.returns.notify;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.bestvalue.returns.audit.AuditAction;
import uk.gov.bestvalue.returns.audit.AuditTrail;

import uk.gov.bestvalue.returns.html.Html;

/**
 * Where every email starts: {@link #queue} writes one {@code outbox_email} row per recipient in the caller's
 * transaction (with its audit event), so an email exists exactly when the work that caused it was committed;
 * {@link OutboxDispatcher}
 * delivers the rows. An email already queued for a recipient under the same key is not queued again.
 */
@Component
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboxRepository repository;
    private final OutboxSettings settings;
    private final String messageIdDomain;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;

    Outbox(OutboxRepository repository, OutboxSettings settings, MailTransport transport, ObjectProvider<Clock> clock,
           TransactionTemplate transaction, AuditTrail audit) {
        this.repository = repository;
        this.transaction = transaction;
        this.audit = audit;
        this.settings = settings;
        this.messageIdDomain = transport.fromDomain();
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** Queues the email for each of its recipients; the number of messages queued now. */
    public int queue(OwnerEmail email) {
        OwnerEmail checked = withinAttachmentLimit(email);
        int queued = 0;
        for (String recipient : checked.to()) {
            if (repository.queued(checked.key(), recipient)) {
                log.info("Email '{}' was queued for a recipient before; not again", checked.subject());
                continue;
            }
            String messageId = "<" + UUID.randomUUID() + ".returns@" + messageIdDomain + ">";
            transaction.executeWithoutResult(status -> {
                repository.queue(checked, recipient, messageId, clock.instant());
                EmailEvents.record(audit, AuditAction.EMAIL_QUEUED, checked.key(), recipient, null, "PENDING",
                        checked.subject());
            });
            queued++;
        }
        return queued;
    }

    /** What the outbox holds for each recipient: messages by kind (return, chase, reconciliation). */
    public Map<String, Map<String, Integer>> byRecipient() {
        return repository.countsByRecipient(0);
    }

    /** How many messages are in each status (PENDING, SENDING, SENT, FAILED). */
    public Map<String, Integer> byStatus() {
        return repository.countsByStatus(0);
    }

    /** A mark to count from: the messages queued after it are those of {@link #byRecipientSince} and {@link #byStatusSince}. */
    public long mark() {
        return repository.lastId();
    }

    /** What was queued after the mark, for each recipient: messages by kind (return, chase, reconciliation). */
    public Map<String, Map<String, Integer>> byRecipientSince(long mark) {
        return repository.countsByRecipient(mark);
    }

    /** How many of the messages queued after the mark are in each status. */
    public Map<String, Integer> byStatusSince(long mark) {
        return repository.countsByStatus(mark);
    }

    /** Leaves out an attachment too large to email, saying in the body where the file is instead. */
    private OwnerEmail withinAttachmentLimit(OwnerEmail email) {
        EmailAttachment file = email.attachment();
        long bytes = file == null ? 0 : size(file);
        if (bytes <= settings.maxAttachmentBytes()) {
            return email;
        }
        String note = "The checked workbook (" + bytes / (1024 * 1024) + " MB) is too large to email; the "
                + "programme office can send it to you from " + file.file().toAbsolutePath() + ".";
        return new OwnerEmail(email.to(), email.subject(), email.text() + "\n" + note + "\n",
                email.html().replace("</body>", "<p>" + Html.escape(note) + "</p></body>"), email.key(), null);
    }

    private static long size(EmailAttachment file) {
        try {
            return Files.size(file.file());
        } catch (IOException e) {
            throw new IllegalStateException("The attachment " + file.file() + " cannot be read: " + e.getMessage(), e);
        }
    }
}
