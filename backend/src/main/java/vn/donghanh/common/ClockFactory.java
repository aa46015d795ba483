package vn.donghanh.common;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * One clock for the whole service, so tests can move time instead of waiting for it (the test
 * harness sets donghanh.clock.provided-by-test and registers its own).
 */
@Factory
public class ClockFactory {
    @Singleton
    @Requires(property = "donghanh.clock.provided-by-test", notEquals = "true")
    Clock clock() {
        return Clock.systemUTC();
    }
}
