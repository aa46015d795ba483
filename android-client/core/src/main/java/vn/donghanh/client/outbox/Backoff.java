package vn.donghanh.client.outbox;

import java.util.Random;

/**
 * Exponential backoff with jitter: the n-th failure waits between half and all of
 * {@code base * 2^(n-1)}, capped. The jitter keeps a commune's phones from all retrying in
 * the same second when the network comes back.
 */
public final class Backoff {
    private final long baseMillis;
    private final long capMillis;
    private final Random random;

    public Backoff(long baseMillis, long capMillis, Random random) {
        this.baseMillis = baseMillis;
        this.capMillis = capMillis;
        this.random = random;
    }

    /** 5 s, 10 s, 20 s ... up to 1 h. */
    public static Backoff standard() {
        return new Backoff(5_000, 3_600_000, new Random());
    }

    /** Delay before the next attempt after {@code failures} failed ones (1 = the first failure). */
    public long delayMillis(int failures) {
        int exponent = Math.max(0, Math.min(failures - 1, 30));
        long full = Math.min(capMillis, baseMillis << exponent);
        long half = full / 2;
        return half + (long) (random.nextDouble() * (full - half));
    }

    /** As {@link #delayMillis(int)}, but never sooner than the server's Retry-After. */
    public long delayMillis(int failures, long retryAfterMillis) {
        return Math.max(delayMillis(failures), retryAfterMillis);
    }
}
