package vn.donghanh.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of every integration test: one real database and one running service for the whole test
 * run (started on first use), an {@link Api} client that checks each exchange against the spec,
 * and a clock the tests control. Test classes isolate themselves by creating their own units.
 */
public abstract class IntegrationTest {
    public static final String ADMIN_PASSWORD = "test-admin-password";
    protected static final MutableClock CLOCK = new MutableClock(Instant.now());
    private static EmbeddedServer server;
    protected static Api api;

    @BeforeAll
    static void startService() {
        startOnce();
    }

    @BeforeEach
    void resetClock() {
        CLOCK.set(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    static synchronized void startOnce() {
        if (server != null) {
            return;
        }
        Map<String, Object> props = serviceProperties();
        props.put("micronaut.server.port", -1);
        props.put("donghanh.auth.bcrypt-cost", 4);
        ApplicationContext context =
                ApplicationContext.builder().properties(props).build();
        context.registerSingleton(Clock.class, CLOCK);
        context.start();
        server = context.getBean(EmbeddedServer.class).start();
        api = new Api(server.getURI());
        Runtime.getRuntime().addShutdownHook(new Thread(context::close));
    }

    /** Properties of the running test service, to start a second instance against the same database. */
    protected static Map<String, Object> serviceProperties() {
        TestDatabase.Connection db = TestDatabase.get();
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", db.url());
        props.put("datasources.default.username", db.username());
        props.put("datasources.default.password", db.password());
        props.put(
                "donghanh.data-dir",
                Path.of("target", "test-data").toAbsolutePath().toString());
        props.put("donghanh.admin-password", ADMIN_PASSWORD);
        props.put("donghanh.clock.provided-by-test", "true");
        // The scheduled jobs (escalation, delivery, horizons, reminders) are run by the tests themselves
        // (runOnce) at the moments they choose on the test clock, so their own schedules are pushed away.
        props.put("donghanh.supervision.scan-initial-delay", "3650d");
        props.put("donghanh.transfer.scan-initial-delay", "3650d");
        props.put("donghanh.report.scan-initial-delay", "3650d");
        props.put("donghanh.sync.retire-initial-delay", "3650d");
        props.put("donghanh.sync.publish-initial-delay", "3650d");
        props.put("donghanh.sync.prune-initial-delay", "3650d");
        props.put("donghanh.delivery.initial-delay", "3650d");
        props.put("donghanh.appointments.extend-initial-delay", "3650d");
        props.put("donghanh.reminders.initial-delay", "3650d");
        props.put("donghanh.retention.initial-delay", "3650d");
        // Every test signs in from 127.0.0.1: the sign-in limits are tested on a service of their own.
        props.put("donghanh.auth.rate-limit.per-address", "100000/PT1M");
        props.put("donghanh.auth.rate-limit.per-address-long", "1000000/PT1H");
        props.put("donghanh.auth.rate-limit.refresh-per-address", "100000/PT1M");
        props.put("donghanh.auth.rate-limit.failures-per-target", "100000/PT1M");
        props.put("donghanh.auth.rate-limit.failures-per-target-long", "1000000/PT1H");
        return props;
    }

    protected static ApplicationContext context() {
        startOnce();
        return server.getApplicationContext();
    }

    protected static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }
}
