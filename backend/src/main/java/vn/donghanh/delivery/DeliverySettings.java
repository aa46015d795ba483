package vn.donghanh.delivery;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * How the outbox is sent ({@code donghanh.delivery.*}); how often it runs (interval, initial-delay)
 * is read by {@link OutboxDispatcher}'s schedule itself.
 */
@ConfigurationProperties("donghanh.delivery")
public class DeliverySettings {
    /** Attempts per notification before it is given up as FAILED. */
    private int maxAttempts = 8;
    /** The wait before a retry, doubled with each attempt made (plus jitter). */
    private Duration baseBackoff = Duration.ofSeconds(10);
    /** Rows claimed per transaction. */
    private int batchSize = 500;
    /** How long a dispatcher holds the rows it claimed; rows of an instance that died are sent again after it. */
    private Duration lease = Duration.ofMinutes(2);

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Duration getBaseBackoff() {
        return baseBackoff;
    }

    public void setBaseBackoff(Duration baseBackoff) {
        this.baseBackoff = baseBackoff;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public Duration getLease() {
        return lease;
    }

    public void setLease(Duration lease) {
        this.lease = lease;
    }
}
