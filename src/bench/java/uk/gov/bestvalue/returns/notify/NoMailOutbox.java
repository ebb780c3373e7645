package uk.gov.bestvalue.returns.notify;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.bestvalue.returns.audit.AuditTrail;

/**
 * The benchmark's outbox: it queues nothing, so that no email a benchmark's load would cause is ever sent; it
 * counts what would have been queued.
 */
public class NoMailOutbox extends Outbox {

    private final AtomicInteger discarded = new AtomicInteger();

    public NoMailOutbox(OutboxRepository repository, OutboxSettings settings, MailTransport transport,
                 ObjectProvider<Clock> clock, TransactionTemplate transaction, AuditTrail audit) {
        super(repository, settings, transport, clock, transaction, audit);
    }

    @Override
    public int queue(OwnerEmail email) {
        discarded.addAndGet(email.to().size());
        return 0;
    }

    /** The messages that would have been queued. */
    public int discarded() {
        return discarded.get();
    }
}
