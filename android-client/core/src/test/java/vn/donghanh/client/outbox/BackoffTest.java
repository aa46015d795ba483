package vn.donghanh.client.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void doublesWithJitterBetweenHalfAndFullAndStopsAtTheCap() {
        Backoff backoff = new Backoff(1_000, 16_000, new Random(42));
        for (int failures = 1; failures <= 8; failures++) {
            long full = Math.min(16_000, 1_000L << (failures - 1));
            for (int i = 0; i < 50; i++) {
                long d = backoff.delayMillis(failures);
                assertTrue(d >= full / 2 && d <= full, failures + ": " + d);
            }
        }
    }

    @Test
    void jitterSpreadsRetries() {
        Backoff backoff = new Backoff(1_000, 60_000, new Random(7));
        long a = backoff.delayMillis(5);
        long b = backoff.delayMillis(5);
        assertTrue(a != b, "two phones should not retry in the same millisecond");
    }

    @Test
    void retryAfterIsALowerBound() {
        Backoff backoff = new Backoff(1_000, 60_000, new Random(1));
        assertEquals(120_000, backoff.delayMillis(1, 120_000));
        assertTrue(backoff.delayMillis(1, -1) <= 1_000);
    }
}
