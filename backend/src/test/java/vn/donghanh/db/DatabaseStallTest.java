package vn.donghanh.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.Api;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.TestDatabaseAccess;
import vn.donghanh.support.World;

/**
 * The database stops answering (its server frozen by SIGSTOP: connections stay open, nothing
 * comes back, as with a hung disk or a network black hole). API calls then get 503 with
 * Retry-After instead of hanging, /health says DOWN, and once the server runs again (SIGCONT) the
 * service answers normally with no restart. A database and a service of its own: the shared test
 * database is never frozen. The short socket timeout also shows that migrations are exempt from it
 * (a Flyway callback sleeping longer than it runs at start-up).
 */
class DatabaseStallTest {
    private static final Path DIR = Path.of("target", "database-stall").toAbsolutePath();

    @Test
    void aStalledDatabaseAnswers503AndHealthDownAndTheServiceRecoversWhenItReturns() throws Exception {
        TestDatabaseAccess.delete(DIR);
        EmbeddedDatabase db = EmbeddedDatabase.start(DIR.resolve("db"), 0);
        long server = Long.parseLong(
                Files.readString(EmbeddedDatabase.pidFile(DIR.resolve("db"))).trim());
        ApplicationContext context = null;
        try {
            context = ApplicationContext.builder().properties(properties(db)).start();
            EmbeddedServer service = context.getBean(EmbeddedServer.class).start();
            Api api = new Api(service.getURI());
            String admin = World.login(api, "admin", IntegrationTest.ADMIN_PASSWORD);
            assertEquals(200, api.get(admin, "/api/v1/accounts").status());
            assertEquals(200, api.get(null, "/health").status());
            Map<?, ?> driver = driverProperties(context);
            assertEquals(
                    "2000",
                    String.valueOf(driver.get("socketTimeout")),
                    "the driver got its socket timeout from the configuration");
            assertEquals("3000", String.valueOf(driver.get("connectTimeout")), "and application.yml's connect timeout");

            signal("STOP", server);
            try {
                long started = System.nanoTime();
                ApiResponse stalled = api.get(admin, "/api/v1/accounts");
                System.out.printf(
                        "[database-stall] GET /api/v1/accounts answered %d after %d ms%n",
                        stalled.status(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                assertUnavailable(stalled);
                // Signing in reads the account: the same answer, also for an anonymous caller.
                assertUnavailable(api.post(
                        null,
                        "/api/v1/auth/login",
                        Map.of("username", "admin", "password", IntegrationTest.ADMIN_PASSWORD)));

                ApiResponse health = api.get(null, "/health");
                assertEquals(503, health.status(), health::toString);
                assertEquals("DOWN", health.json().get("status").asText());
                assertFalse(health.json().has("details"), "no details for anonymous callers");
            } finally {
                signal("CONT", server);
            }

            ApiResponse recovered = awaitAnswer(() -> api.get(admin, "/api/v1/accounts"), r -> r.status() == 200);
            assertEquals(200, recovered.status(), recovered::toString);
            ApiResponse health = awaitAnswer(() -> api.get(null, "/health"), r -> r.status() == 200);
            assertEquals("UP", health.json().get("status").asText());
        } finally {
            signal("CONT", server);
            if (context != null) {
                context.close();
            }
            db.stop();
        }
    }

    private static void assertUnavailable(ApiResponse r) {
        assertEquals(503, r.status(), r::toString);
        assertEquals(
                "https://donghanh.vn/problems/service-unavailable",
                r.json().get("type").asText());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r::toString);
        int retryAfter = Integer.parseInt(r.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0, "Retry-After in seconds: " + retryAfter);
        String detail = r.json().get("detail").asText();
        assertFalse(detail.matches(".*(Exception|java\\.|jdbc|Hikari|SQL).*"), "plain words: " + detail);
    }

    /** The service's own settings, as the shared test service has them, on this database with short timeouts. */
    private static Map<String, Object> properties(EmbeddedDatabase db) {
        Map<String, Object> props = new HashMap<>();
        props.put("micronaut.server.port", -1);
        props.put("datasources.default.url", db.jdbcUrl());
        props.put("datasources.default.username", db.username());
        props.put("datasources.default.password", db.password());
        props.put("datasources.default.data-source-properties.socketTimeout", "2000");
        props.put("datasources.default.connection-timeout", "2000");
        props.put("datasources.default.validation-timeout", "1000");
        props.put("donghanh.health.database-timeout", "2s");
        // A migration step longer than the socket timeout: migrations must not be cut off by it.
        props.put("flyway.datasources.default.locations", "classpath:db/migration,classpath:db/slow-callback");
        props.put("donghanh.data-dir", DIR.resolve("data").toString());
        props.put("donghanh.admin-password", IntegrationTest.ADMIN_PASSWORD);
        props.put("donghanh.auth.bcrypt-cost", 4);
        props.put("donghanh.supervision.scan-initial-delay", "3650d");
        props.put("donghanh.delivery.initial-delay", "3650d");
        props.put("donghanh.appointments.extend-initial-delay", "3650d");
        props.put("donghanh.reminders.initial-delay", "3650d");
        return props;
    }

    private static Map<?, ?> driverProperties(ApplicationContext context) {
        DataSource ds = context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
        return ((HikariDataSource) ds).getDataSourceProperties();
    }

    private static ApiResponse awaitAnswer(Supplier<ApiResponse> call, Predicate<ApiResponse> done)
            throws InterruptedException {
        ApiResponse last = null;
        for (int i = 0; i < 120; i++) {
            last = call.get();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(500);
        }
        return last;
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                .inheritIO()
                .start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            fail("kill -" + signal + " " + pid + " failed");
        }
    }
}
