package vn.donghanh.auth.ratelimit;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Removes rate-limit buckets that have refilled, so the table holds only recent attempts. */
@Singleton
public class RateLimitSweepJob {
    private static final int BATCH = 1_000;
    private final SignInLimiter limiter;

    public RateLimitSweepJob(SignInLimiter limiter) {
        this.limiter = limiter;
    }

    @Scheduled(
            fixedDelay = "${donghanh.auth.rate-limit.sweep-interval:10m}",
            initialDelay = "${donghanh.auth.rate-limit.sweep-initial-delay:5m}")
    public void sweep() {
        // Bounded batches until a batch comes back short: never one unbounded DELETE holding locks.
        int removed;
        do {
            removed = limiter.sweepExpired(BATCH);
        } while (removed == BATCH);
    }
}
