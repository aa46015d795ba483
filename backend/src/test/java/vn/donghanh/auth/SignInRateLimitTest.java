package vn.donghanh.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.Api;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * The sign-in rate limits, on two service instances of their own (small limits, loopback trusted
 * as a proxy so each test can speak from addresses of its choosing) sharing the test database:
 * a limit holds across instances because its counters live in the database.
 */
class SignInRateLimitTest extends IntegrationTest {
    private static final List<ApplicationContext> INSTANCES = new ArrayList<>();
    private static Api first;
    private static Api second;
    private static World w;

    @BeforeAll
    static void startLimitedInstances() {
        w = World.create(api);
        first = start();
        second = start();
    }

    private static Api start() {
        Map<String, Object> props = serviceProperties();
        props.put("micronaut.server.port", -1);
        props.put("donghanh.auth.bcrypt-cost", 4);
        props.put("donghanh.http.trusted-proxies", "127.0.0.1/32, ::1");
        props.put("donghanh.auth.rate-limit.per-address", "6/PT1M");
        props.put("donghanh.auth.rate-limit.per-address-long", "50/PT1H");
        props.put("donghanh.auth.rate-limit.refresh-per-address", "3/PT1M");
        props.put("donghanh.auth.rate-limit.failures-per-target", "3/PT15M");
        props.put("donghanh.auth.rate-limit.failures-per-target-long", "10/P1D");
        props.put("donghanh.auth.rate-limit.sweep-initial-delay", "3650d");
        ApplicationContext context =
                ApplicationContext.builder().properties(props).build();
        context.registerSingleton(Clock.class, CLOCK);
        context.start();
        INSTANCES.add(context);
        return new Api(context.getBean(EmbeddedServer.class).start().getURI());
    }

    @AfterAll
    static void stopInstances() {
        INSTANCES.forEach(ApplicationContext::close);
    }

    /** A documentation-range address (RFC 5737) no other test uses. */
    private static String freshAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.51." + r.nextInt(100, 200) + "." + r.nextInt(1, 255);
    }

    private static ApiResponse login(Api via, String from, String username, String password) {
        return via.send(
                "POST",
                null,
                "/api/v1/auth/login",
                Api.write(Map.of("username", username, "password", password)),
                "application/json",
                Map.of("X-Forwarded-For", from));
    }

    private static void assertTooMany(ApiResponse r) {
        assertEquals(429, r.status(), r::toString);
        assertTrue(r.contentType().startsWith("application/problem+json"));
        assertTrue(r.json().get("type").asText().endsWith("/too-many-attempts"), r::toString);
        assertTrue(Long.parseLong(r.header("Retry-After")) >= 1, "Retry-After in whole seconds");
    }

    @Test
    void oneAddressGetsItsAttemptsWhicheverInstanceItReachesThenWaits() {
        String spray = freshAddress();
        for (int i = 0; i < 6; i++) {
            Api via = i % 2 == 0 ? first : second;
            assertEquals(
                    401,
                    login(via, spray, "sprayed-" + i + "-" + w.tag, "123456").status(),
                    "attempt " + (i + 1));
        }
        assertTooMany(login(first, spray, "sprayed-7-" + w.tag, "123456"));
        assertTooMany(login(second, spray, w.username("officerA"), World.PASSWORD));
        assertEquals(
                200,
                login(second, freshAddress(), w.username("officerA"), World.PASSWORD)
                        .status(),
                "another address is not held back");

        CLOCK.advance(Duration.ofMinutes(1));
        assertEquals(
                200, login(first, spray, w.username("officerA"), World.PASSWORD).status(), "refilled after the period");
    }

    @Test
    void aGuesserIsSlowedWithoutLockingTheOwnerOutAndUnknownNamesAreSlowedAlike() {
        w.account("target", "OFFICER", w.communeA, w.policeA, "Bị Đoán Mật Khẩu");
        String guesser = freshAddress();
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    401,
                    login(first, guesser, w.username("target"), "guess " + i).status());
        }
        ApiResponse held = login(second, guesser, w.username("target"), World.PASSWORD);
        assertTooMany(held);
        assertEquals(
                200,
                login(first, freshAddress(), w.username("target"), World.PASSWORD)
                        .status(),
                "the owner, from their own phone, signs in");

        String otherGuesser = freshAddress();
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    401,
                    login(first, otherGuesser, "made-up-" + w.tag, "guess " + i).status());
        }
        ApiResponse heldUnknown = login(first, otherGuesser, "made-up-" + w.tag, "guess 4");
        assertTooMany(heldUnknown);
        assertEquals(
                held.json().get("type"),
                heldUnknown.json().get("type"),
                "a made-up name is slowed exactly like a real one");

        CLOCK.advance(Duration.ofMinutes(5));
        assertEquals(
                200,
                login(first, guesser, w.username("target"), World.PASSWORD).status(),
                "one more try after the wait");
    }

    @Test
    void personSignInAndActivationShareTheLimitsAndRefreshHasItsOwn() {
        String from = freshAddress();
        for (int i = 0; i < 3; i++) {
            ApiResponse r = first.send(
                    "POST",
                    null,
                    "/api/v1/auth/person-login",
                    Api.write(Map.of("phone", "0912000001", "pin", "00000" + i)),
                    "application/json",
                    Map.of("X-Forwarded-For", from));
            assertEquals(401, r.status(), r::toString);
        }
        assertTooMany(second.send(
                "POST",
                null,
                "/api/v1/auth/activate",
                Api.write(Map.of("phone", "+84 912 000 001", "code", "ABCD-EFGH", "pin", "111111")),
                "application/json",
                Map.of("X-Forwarded-For", from)));

        String phone = freshAddress();
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    401,
                    first.send(
                                    "POST",
                                    null,
                                    "/api/v1/auth/refresh",
                                    Api.write(Map.of("refreshToken", "bogus-" + i)),
                                    "application/json",
                                    Map.of("X-Forwarded-For", phone))
                            .status());
        }
        assertTooMany(second.send(
                "POST",
                null,
                "/api/v1/auth/refresh",
                Api.write(Map.of("refreshToken", "bogus-4")),
                "application/json",
                Map.of("X-Forwarded-For", phone)));
    }
}
