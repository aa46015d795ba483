package vn.donghanh.auth.ratelimit;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * The sign-in limits ({@code donghanh.auth.rate-limit.*}), each written {@code <attempts>/<ISO-8601
 * period>}. A limit of {@code n/P} is a token bucket: {@code n} attempts at once, then one more every
 * {@code P / n}.
 */
@ConfigurationProperties("donghanh.auth.rate-limit")
public class RateLimitSettings {
    /** Sign-in, person sign-in and activation attempts from one client address, any account. */
    private String perAddress = "20/PT1M";
    /** The same over a longer window, so a slow spray from one address still runs dry. */
    private String perAddressLong = "200/PT1H";
    /** Token refreshes from one address (many phones can share a carrier's address). */
    private String refreshPerAddress = "120/PT1M";
    /** Failed attempts at one account (a username or phone, known or not) from one address. */
    private String failuresPerTarget = "5/PT15M";
    /** The same over a day: the wait grows from minutes to an hour for a persistent guesser. */
    private String failuresPerTargetLong = "20/P1D";

    public record Limit(long attempts, Duration period) {
        static Limit parse(String name, String text) {
            String[] parts = text == null ? new String[0] : text.trim().split("/", 2);
            try {
                Limit limit = new Limit(Long.parseLong(parts[0].trim()), Duration.parse(parts[1].trim()));
                if (limit.attempts < 1 || limit.period.isNegative() || limit.period.isZero()) {
                    throw new IllegalArgumentException();
                }
                return limit;
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        "donghanh.auth.rate-limit." + name + " must look like 20/PT1M, not '" + text + "'",
                        e instanceof DateTimeParseException ? e : null);
            }
        }
    }

    Limit perAddress() {
        return Limit.parse("per-address", perAddress);
    }

    Limit perAddressLong() {
        return Limit.parse("per-address-long", perAddressLong);
    }

    Limit refreshPerAddress() {
        return Limit.parse("refresh-per-address", refreshPerAddress);
    }

    Limit failuresPerTarget() {
        return Limit.parse("failures-per-target", failuresPerTarget);
    }

    Limit failuresPerTargetLong() {
        return Limit.parse("failures-per-target-long", failuresPerTargetLong);
    }

    public String getPerAddress() {
        return perAddress;
    }

    public void setPerAddress(String perAddress) {
        this.perAddress = perAddress;
    }

    public String getPerAddressLong() {
        return perAddressLong;
    }

    public void setPerAddressLong(String perAddressLong) {
        this.perAddressLong = perAddressLong;
    }

    public String getRefreshPerAddress() {
        return refreshPerAddress;
    }

    public void setRefreshPerAddress(String refreshPerAddress) {
        this.refreshPerAddress = refreshPerAddress;
    }

    public String getFailuresPerTarget() {
        return failuresPerTarget;
    }

    public void setFailuresPerTarget(String failuresPerTarget) {
        this.failuresPerTarget = failuresPerTarget;
    }

    public String getFailuresPerTargetLong() {
        return failuresPerTargetLong;
    }

    public void setFailuresPerTargetLong(String failuresPerTargetLong) {
        this.failuresPerTargetLong = failuresPerTargetLong;
    }
}
