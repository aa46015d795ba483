package vn.donghanh.health;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.reactivestreams.Publisher;

/**
 * The database part of /health, in place of Micronaut's JDBC indicator: it answers DOWN within
 * {@code donghanh.health.database-timeout} however stuck the database is, and its details say
 * only whether the database answered (no URL, no version). While a check is still waiting on a
 * stalled database the next /health waits on the same check instead of starting another, so a
 * monitor polling every second does not pile up threads.
 */
@Singleton
public class DatabaseHealthIndicator implements HealthIndicator {
    private static final String NAME = "database";
    private final DataSource dataSource;
    private final Duration timeout;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "database-health");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<HealthResult> running;

    public DatabaseHealthIndicator(
            DataSource dataSource, @Nullable DataSourceResolver resolver, HealthSettings settings) {
        this.dataSource = (resolver == null ? DataSourceResolver.DEFAULT : resolver).resolve(dataSource);
        this.timeout = settings.getDatabaseTimeout();
    }

    @Override
    public Publisher<HealthResult> getResult() {
        CompletableFuture<HealthResult> check;
        synchronized (this) {
            check = running;
            if (check == null || check.isDone()) {
                check = CompletableFuture.supplyAsync(this::check, executor);
                running = check;
            }
        }
        return Publishers.fromCompletableFuture(check.copy()
                .completeOnTimeout(
                        down("the database did not answer within " + timeout.toSeconds() + " s"),
                        timeout.toMillis(),
                        TimeUnit.MILLISECONDS));
    }

    private HealthResult check() {
        try (Connection connection = dataSource.getConnection()) {
            int seconds = (int) Math.max(1, timeout.toSeconds());
            return connection.isValid(seconds)
                    ? HealthResult.builder(NAME, HealthStatus.UP)
                            .details(Map.of("database", "answering"))
                            .build()
                    : down("the database did not answer");
        } catch (Exception e) {
            return down("no connection to the database");
        }
    }

    private static HealthResult down(String why) {
        return HealthResult.builder(NAME, HealthStatus.DOWN)
                .details(Map.of("database", why))
                .build();
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
