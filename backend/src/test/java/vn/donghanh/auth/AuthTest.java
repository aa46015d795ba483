package vn.donghanh.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

class AuthTest extends IntegrationTest {
    static World w;

    @BeforeAll
    static void world() {
        w = World.create(api);
    }

    private ApiResponse login(String user, String password) {
        return api.post(null, "/api/v1/auth/login", Map.of("username", user, "password", password));
    }

    @Test
    void staffLogInAndTheTokenIdentifiesThem() {
        ApiResponse r = login(w.username("officerA"), World.PASSWORD);
        assertEquals(200, r.status());
        assertEquals("Bearer", r.json().get("tokenType").asText());
        assertEquals(600, r.json().get("expiresIn").asInt());
        ApiResponse me = api.get(r.json().get("accessToken").asText(), "/api/v1/me");
        assertEquals("OFFICER", me.json().get("role").asText());
        assertEquals(w.communeA, me.json().get("adminUnitId").asText());
        assertEquals(401, login(w.username("officerA"), "wrong password!").status());
        assertEquals(401, login("nobody-" + w.tag, "whatever-password").status());
        assertEquals(401, api.get(null, "/api/v1/me").status());
    }

    @Test
    void repeatedFailuresLockTheAccountTellTheOwnerAndAnswerLikeAnyWrongPassword() {
        w.account("lockme", "MENTOR", w.communeA, w.youthUnionA, "Khóa Tài Khoản");
        String user = w.username("lockme");
        String ownerToken = w.token("lockme");
        ApiResponse wrong = login(user, "not the password");
        for (int i = 1; i < 10; i++) {
            assertEquals(401, login(user, "not the password " + i).status());
        }
        ApiResponse locked = login(user, World.PASSWORD);
        assertEquals(401, locked.status(), "even the right password is refused while locked");
        assertEquals(wrong.json().get("type"), locked.json().get("type"), "a lock looks like a wrong password");
        assertEquals(wrong.json().get("detail"), locked.json().get("detail"));

        ApiResponse inbox = api.get(ownerToken, "/api/v1/inbox");
        assertEquals(200, inbox.status(), inbox::toString);
        List<String> kinds = new java.util.ArrayList<>();
        inbox.json().get("items").forEach(n -> kinds.add(n.get("kind").asText()));
        assertEquals(1, kinds.stream().filter("ACCOUNT_LOCKED"::equals).count(), "the owner is told once: " + kinds);

        CLOCK.advance(Duration.ofMinutes(16));
        assertEquals(200, login(user, World.PASSWORD).status());
    }

    @Test
    void refreshTokensRotateAndReusingAnOldOneRevokesTheFamily() {
        ApiResponse first = login(w.username("officerB"), World.PASSWORD);
        String r1 = first.json().get("refreshToken").asText();
        ApiResponse second = api.post(null, "/api/v1/auth/refresh", Map.of("refreshToken", r1));
        assertEquals(200, second.status(), second::toString);
        String r2 = second.json().get("refreshToken").asText();
        assertNotEquals(r1, r2);
        assertEquals(
                200,
                api.get(second.json().get("accessToken").asText(), "/api/v1/me").status());

        ApiResponse replay = api.post(null, "/api/v1/auth/refresh", Map.of("refreshToken", r1));
        assertEquals(401, replay.status());
        ApiResponse afterTheft = api.post(null, "/api/v1/auth/refresh", Map.of("refreshToken", r2));
        assertEquals(401, afterTheft.status(), "reuse of r1 revoked the whole family, r2 included");
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        String r = login(w.username("officerB"), World.PASSWORD)
                .json()
                .get("refreshToken")
                .asText();
        assertEquals(
                204,
                api.post(null, "/api/v1/auth/logout", Map.of("refreshToken", r)).status());
        assertEquals(
                401,
                api.post(null, "/api/v1/auth/refresh", Map.of("refreshToken", r))
                        .status());
    }

    // Forged, tampered and incomplete tokens: api/AttackSuiteTest (every forgery, on every kind of read).
}
