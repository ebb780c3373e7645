package uk.gov.bestvalue.returns.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox retries ({@code pipeline.outbox.*}): the first retry after {@code firstRetry}, each next one after
 * twice as long up to {@code maxRetry}, giving up after {@code maxAttempts}; a claimed email whose dispatcher died is
 * retried after {@code claimTimeout}; attachments larger than {@code maxAttachmentBytes} are left out of the email
 * (the body then says where the file is).
 */
@ConfigurationProperties("pipeline.outbox")
public record OutboxSettings(@DefaultValue("PT1M") Duration firstRetry, @DefaultValue("PT1H") Duration maxRetry,
                             @DefaultValue("24") int maxAttempts, @DefaultValue("PT10M") Duration claimTimeout,
                             @DefaultValue("10485760") long maxAttachmentBytes, @DefaultValue("100") int batchSize) {

    /** The wait before the next attempt after {@code attempts} failed ones. */
    public Duration backOff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
