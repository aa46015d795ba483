package vn.donghanh.common;

import java.time.Duration;
import java.time.Instant;

/**
 * Rules for records made on a phone, possibly offline, and sent later: the phone's clock may run a
 * little ahead of ours, and a record held longer than a month is refused rather than back-filled.
 */
public final class OfflineRecords {
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    public static final Duration MAX_OFFLINE_AGE = Duration.ofDays(30);

    private OfflineRecords() {}

    public static void checkOccurredAt(Instant occurred, Instant now) {
        if (occurred.isAfter(now.plus(CLOCK_SKEW))) {
            throw ApiException.badField("occurredAt", "is in the future");
        }
        if (occurred.isBefore(now.minus(MAX_OFFLINE_AGE))) {
            throw ApiException.badField("occurredAt", "is more than 30 days ago");
        }
    }
}
