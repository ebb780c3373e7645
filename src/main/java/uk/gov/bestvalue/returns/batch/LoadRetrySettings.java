package uk.gov.bestvalue.returns.batch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a failed load is retried ({@code pipeline.retry.*}): at most {@code maxAttempts} runs of its job, the second
 * {@code firstDelay} after the first failed, each next one after twice as long up to {@code maxDelay}; then its file
 * is rejected with the reason.
 */
@ConfigurationProperties("pipeline.retry")
public record LoadRetrySettings(@DefaultValue("3") int maxAttempts, @DefaultValue("PT1M") Duration firstDelay,
                                @DefaultValue("PT30M") Duration maxDelay) {

    /** The wait before the next attempt after {@code attempts} failed ones. */
    public Duration backOff(int attempts) {
        Duration wait = firstDelay;
        for (int i = 1; i < attempts && wait.compareTo(maxDelay) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
    }
}
