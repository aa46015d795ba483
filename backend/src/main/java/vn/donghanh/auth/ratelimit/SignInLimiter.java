package vn.donghanh.auth.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.mysql.Bucket4jMySQL;
import io.github.bucket4j.mysql.MySQLSelectForUpdateBasedProxyManager;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Token buckets for the sign-in endpoints, kept in the {@code rate_limit_bucket} table through
 * Bucket4j (a row locked with SELECT ... FOR UPDATE per check), so all instances share each limit.
 * Buckets run on the service clock, so tests can move time instead of waiting.
 *
 * <p>A target is a keyed hash of what the caller typed (username or phone), whether or not an
 * account has it: a limit on it reveals nothing about who exists. Failure limits are per target
 * <em>and</em> address, so someone guessing from one place is slowed without the owner, signing in
 * from their own phone, being locked out by them.
 */
@Singleton
public class SignInLimiter {
    private static final String ADDRESS = "addr:";
    private static final String REFRESH = "refresh:";
    private static final String FAILURES = "fail:";

    private final MySQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Policy attempts;
    private final Policy refreshes;
    private final Policy failures;

    public SignInLimiter(DataSource dataSource, RateLimitSettings settings, Clock clock) {
        // Bucket4j commits its own short transactions: give it the plain pool, not the
        // transaction-aware wrapper, so a check never joins (or commits) the caller's transaction.
        this.buckets = Bucket4jMySQL.selectForUpdateBasedBuilder(DelegatingDataSource.unwrapDataSource(dataSource))
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(5)))
                .clientClock(new ClockTimeMeter(clock))
                .build();
        this.attempts = Policy.of(settings.perAddress(), settings.perAddressLong());
        this.refreshes = Policy.of(settings.refreshPerAddress());
        this.failures = Policy.of(settings.failuresPerTarget(), settings.failuresPerTargetLong());
    }

    /** Counts one sign-in or activation attempt from {@code address}: empty if allowed, else the wait. */
    public Optional<Duration> admitAttempt(String address) {
        return database(() -> consume(bucket(ADDRESS + key(address), attempts)));
    }

    /** Counts one token refresh from {@code address}. */
    public Optional<Duration> admitRefresh(String address) {
        return database(() -> consume(bucket(REFRESH + key(address), refreshes)));
    }

    /** How long {@code address} must wait before trying {@code target} again; empty: it may try now. */
    public Optional<Duration> targetWait(String target, String address) {
        EstimationProbe probe =
                database(() -> bucket(failureKey(target, address), failures).estimateAbilityToConsume(1));
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(waitOf(probe.getNanosToWaitForRefill()));
    }

    /** One failed attempt at {@code target} from {@code address}. */
    public void countFailure(String target, String address) {
        database(() -> bucket(failureKey(target, address), failures).tryConsume(1));
    }

    /** Deletes buckets that have refilled completely (they hold nothing a fresh bucket would not). */
    public int sweepExpired(int batchSize) {
        return buckets.removeExpired(batchSize);
    }

    /**
     * Bucket4j reports a failing database in its own exception type; it is a database failure like
     * any other (a stalled database is a 503, see common/DatabaseUnavailableHandler).
     */
    private static <T> T database(Supplier<T> call) {
        try {
            return call.get();
        } catch (BucketExceptions.BucketExecutionException e) {
            throw new DataAccessException(
                    "rate-limit bucket: " + e.getMessage(), e.getCause() == null ? e : e.getCause());
        }
    }

    private BucketProxy bucket(String id, Policy policy) {
        // A changed limit in the configuration replaces the stored one on the next check.
        return buckets.builder()
                .withImplicitConfigurationReplacement(policy.version(), TokensInheritanceStrategy.PROPORTIONALLY)
                .build(id, policy::configuration);
    }

    private static Optional<Duration> consume(BucketProxy bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(waitOf(probe.getNanosToWaitForRefill()));
    }

    private static String failureKey(String target, String address) {
        return FAILURES + target + ":" + key(address);
    }

    private static String key(String address) {
        return address == null ? "unknown" : address;
    }

    private static Duration waitOf(long nanos) {
        return Duration.ofSeconds(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L)));
    }

    /** A bucket's limits, and a version that changes when the configured limits do. */
    private record Policy(BucketConfiguration configuration, long version) {
        static Policy of(RateLimitSettings.Limit... limits) {
            var builder = BucketConfiguration.builder();
            for (RateLimitSettings.Limit limit : limits) {
                builder.addLimit(l -> l.capacity(limit.attempts()).refillGreedy(limit.attempts(), limit.period()));
            }
            return new Policy(
                    builder.build(), Math.abs((long) Arrays.toString(limits).hashCode()));
        }
    }

    /** The service clock as Bucket4j's time source. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            return TimeUnit.MILLISECONDS.toNanos(clock.millis());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
