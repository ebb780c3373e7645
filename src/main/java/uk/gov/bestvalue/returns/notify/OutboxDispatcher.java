package uk.gov.bestvalue.returns.notify;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.bestvalue.returns.audit.AuditAction;
import uk.gov.bestvalue.returns.audit.AuditTrail;

/**
 * Delivers the outbox's due messages, oldest first. A message is claimed before it is sent and marked sent right
 * after, so it is delivered once; when the mail server cannot be reached the queue waits with back-off (1 min, 2,
 * 4 ... up to an hour, {@link OutboxSettings}: one message tried per round, the others held back with it) and goes
 * when the server is back. A message the server refuses for good (an
 * unknown address), or that failed {@code maxAttempts} times, is marked FAILED with the reason.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxRepository repository;
    private final MailTransport transport;
    private final OutboxSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;

    OutboxDispatcher(OutboxRepository repository, MailTransport transport, OutboxSettings settings,
                     ObjectProvider<Clock> clock, TransactionTemplate transaction, AuditTrail audit) {
        this.repository = repository;
        this.transaction = transaction;
        this.audit = audit;
        this.transport = transport;
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** Delivers what is due now. */
    public DispatchResult dispatchDue() {
        return dispatchDue(clock.instant());
    }

    /** Delivers what is due at {@code now}; stops at the first failure to reach the server (the rest wait). */
    public synchronized DispatchResult dispatchDue(Instant now) {
        int released = releaseStale(now.minus(settings.claimTimeout()));
        if (released > 0) {
            log.warn("{} email(s) claimed by a dispatcher that stopped were put back in the queue", released);
        }
        int sent = 0;
        int failed = 0;
        int gaveUp = 0;
        boolean serverReachable = true;
        List<QueuedEmail> due = repository.due(now, settings.batchSize());
        while (!due.isEmpty() && serverReachable) {
            for (QueuedEmail email : due) {
                if (!repository.claim(email.id(), now)) {
                    continue;
                }
                int attempts = email.attempts() + 1;
                try {
                    String deliveredAs = transport.deliver(email);
                    transaction.executeWithoutResult(status -> {
                        repository.sent(email.id(), attempts, clock.instant(), deliveredAs);
                        EmailEvents.record(audit, AuditAction.EMAIL_SENT, email.key(), email.recipient(), "SENDING",
                                "SENT", "delivered as " + deliveredAs + " (attempt " + attempts + ")");
                    });
                    sent++;
                } catch (MailException | MessagingException | UncheckedIOException e) {
                    if (permanent(e) || attempts >= settings.maxAttempts()) {
                        transaction.executeWithoutResult(status -> {
                            repository.gaveUp(email.id(), attempts, reason(e));
                            EmailEvents.record(audit, AuditAction.EMAIL_FAILED, email.key(), email.recipient(),
                                    "SENDING", "FAILED", "given up after " + attempts + " attempt(s): " + reason(e));
                        });
                        log.error("Email {} to a recipient given up after {} attempt(s): {}", email.id(), attempts, reason(e));
                        gaveUp++;
                    } else {
                        Instant next = now.plus(settings.backOff(attempts));
                        transaction.executeWithoutResult(status -> {
                            repository.retryLater(email.id(), attempts, next, reason(e));
                            EmailEvents.record(audit, AuditAction.EMAIL_DEFERRED, email.key(), email.recipient(),
                                    "SENDING", "PENDING", "attempt " + attempts + " failed, retried at " + next + ": "
                                            + reason(e));
                        });
                        int waiting = repository.postponeDue(now, next);
                        log.warn("Email {} not delivered (attempt {}); it and {} other(s) due wait until {}: {}",
                                email.id(), attempts, waiting, next, reason(e));
                        failed++;
                        serverReachable = false;
                        break;
                    }
                }
            }
            due = serverReachable && due.size() == settings.batchSize() ? repository.due(now, settings.batchSize()) : List.of();
        }
        int waiting = repository.countsByStatus().getOrDefault("PENDING", 0);
        if (sent + failed + gaveUp > 0) {
            log.info("Outbox: {} sent, {} to retry, {} given up, {} waiting", sent, failed, gaveUp, waiting);
        }
        return new DispatchResult(sent, failed, gaveUp, waiting);
    }

    /** Puts back the messages a dispatcher that stopped left claimed, recording those given up for it. */
    private int releaseStale(Instant claimedBefore) {
        return transaction.execute(status -> {
            List<OutboxRepository.EmailAddressed> givenUp =
                    repository.staleToGiveUp(claimedBefore, settings.maxAttempts());
            int released = repository.releaseStale(claimedBefore, settings.maxAttempts());
            for (OutboxRepository.EmailAddressed email : givenUp) {
                EmailEvents.record(audit, AuditAction.EMAIL_FAILED, email.emailKey(), email.recipient(),
                        "SENDING", "FAILED",
                        "the dispatcher sending it stopped before it finished, " + settings.maxAttempts() + " times");
            }
            return released;
        });
    }

    /** An error that the same attempt later would meet again. */
    private static boolean permanent(Exception e) {
        if (e instanceof MailTransport.AttachmentMissingException || e instanceof MailParseException
                || e instanceof MailPreparationException) {
            return true;
        }
        if (e instanceof MailAuthenticationException) {
            return false; // a configuration fixed meanwhile lets it through
        }
        if (e instanceof MailSendException send && send.getFailedMessages().values().stream()
                .anyMatch(OutboxDispatcher::addressRefused)) {
            return true;
        }
        // an address that cannot be written, or that the server refuses, is this email's problem, not the server's
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (addressRefused(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean addressRefused(Throwable cause) {
        return cause instanceof AddressException || cause instanceof SendFailedException refused
                && refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0;
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return e.getMessage() + (root != e ? " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")" : "");
    }
}
