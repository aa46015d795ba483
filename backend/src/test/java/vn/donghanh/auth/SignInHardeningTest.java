package vn.donghanh.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.security.JwtKeySet;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;
import vn.donghanh.support.World;

/**
 * What a stranger can learn from the sign-in endpoints (nothing about who exists), what a forged
 * client address does (nothing), which headers protect responses, and that ending an account's
 * access takes effect on its next request. Rate limits: {@link SignInRateLimitTest}.
 */
class SignInHardeningTest extends IntegrationTest {
    static World w;

    @BeforeAll
    static void world() {
        w = World.create(api);
    }

    /** What a refusal shows a caller: status, type and detail. */
    private static List<Object> face(ApiResponse r) {
        return List.of(
                r.status(),
                r.contentType(),
                r.json().get("type").asText(),
                r.json().get("detail").asText());
    }

    private ApiResponse staffLogin(String user, String password) {
        return api.post(null, "/api/v1/auth/login", Map.of("username", user, "password", password));
    }

    private ApiResponse personLogin(String phone, String pin) {
        return api.post(null, "/api/v1/auth/person-login", Map.of("phone", phone, "pin", pin));
    }

    private ApiResponse activate(String phone, String code) {
        return api.post(null, "/api/v1/auth/activate", Map.of("phone", phone, "code", code, "pin", "112233"));
    }

    @Test
    void everyFailedStaffSignInLooksTheSame() {
        w.account("inactive", "MENTOR", w.communeA, w.youthUnionA, "Ngừng Hoạt Động");
        w.account("locked", "MENTOR", w.communeA, w.youthUnionA, "Bị Khóa");
        assertEquals(
                200,
                api.post(w.admin, "/api/v1/accounts/" + w.id("inactive") + "/deactivate", null)
                        .status());
        for (int i = 0; i < 10; i++) {
            staffLogin(w.username("locked"), "wrong " + i);
        }

        List<Object> unknown = face(staffLogin("nobody-" + w.tag, "whatever-password"));
        assertEquals(401, unknown.get(0));
        assertTrue(unknown.get(2).toString().endsWith("/sign-in-failed"), unknown::toString);
        assertEquals(unknown, face(staffLogin(w.username("officerA"), "wrong password!")), "wrong password");
        assertEquals(unknown, face(staffLogin(w.username("inactive"), World.PASSWORD)), "deactivated");
        assertEquals(unknown, face(staffLogin(w.username("locked"), World.PASSWORD)), "locked, right password");
    }

    @Test
    void nothingTellsWhetherAPhoneBelongsToAManagedPerson() {
        World.Person person = w.activatedPerson("Đặng Văn Điện", null);
        Map<String, Object> body = World.caseBody(w.communeA, "Chưa Kích Hoạt");
        String notActivatedPhone = "0988" + String.format("%06d", Math.floorMod(w.tag.hashCode(), 1_000_000));
        body.put("phone", notActivatedPhone);
        String caseId = w.registerCase("officerA", body).get("id").asText();
        String code = api.post(w.token("officerA"), "/api/v1/cases/" + caseId + "/activation-code", null)
                .json()
                .get("code")
                .asText();
        String unknownPhone = "0966" + String.format("%06d", Math.floorMod((w.tag + "x").hashCode(), 1_000_000));

        List<Object> unknown = face(personLogin(unknownPhone, "135790"));
        assertEquals(401, unknown.get(0));
        assertEquals(unknown, face(personLogin(person.phone(), "000000")), "a managed person's phone, wrong PIN");
        assertEquals(unknown, face(personLogin(notActivatedPhone, "135790")), "a managed person, not activated yet");

        List<Object> activationUnknown = face(activate(unknownPhone, "ABCD-EFGH"));
        assertEquals(unknown, activationUnknown, "activation fails like sign-in");
        assertEquals(unknown, face(activate(notActivatedPhone, "WRONG-CODE")), "a managed person's phone, wrong code");
        CLOCK.advance(Duration.ofDays(8));
        assertEquals(unknown, face(activate(notActivatedPhone, code)), "the right code, expired");
    }

    @Test
    void aForgedForwardedForNeitherReachesTheAuditLogNorBreaksAnything() {
        String user = w.username("officerB");
        ApiResponse forged = api.send(
                "POST",
                null,
                "/api/v1/auth/login",
                "{\"username\":\"" + user + "\",\"password\":\"" + World.PASSWORD + "\"}",
                "application/json",
                Map.of("X-Forwarded-For", "203.0.113.66"));
        assertEquals(200, forged.status(), forged::toString);
        String accountId = forged.json().get("account").get("id").asText();
        List<String> ips = Sql.query(
                "SELECT client_ip FROM audit_event WHERE actor_id = ? AND action = 'LOGIN' ORDER BY seq DESC LIMIT 1",
                rs -> rs.getString(1),
                accountId);
        assertEquals(
                List.of("127.0.0.1"), ips, "the direct peer is not a trusted proxy: its X-Forwarded-For is ignored");

        ApiResponse oversized = api.send(
                "POST",
                null,
                "/api/v1/auth/login",
                "{\"username\":\"" + user + "\",\"password\":\"" + World.PASSWORD + "\"}",
                "application/json",
                Map.of("X-Forwarded-For", "1".repeat(100) + ", not-an-address, " + "f".repeat(80)));
        assertEquals(200, oversized.status(), oversized::toString);
    }

    @Test
    void responsesCarryTheProtectiveHeaders() {
        ApiResponse token = staffLogin(w.username("officerA"), World.PASSWORD);
        ApiResponse me = api.get(w.token("officerA"), "/api/v1/me");
        ApiResponse refused = api.get(null, "/api/v1/me");
        for (ApiResponse r : List.of(token, me, refused)) {
            assertEquals("no-store", r.header("Cache-Control"), r::toString);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), r::toString);
        }
        ApiResponse docs = api.outsideContract(null, "/api/docs");
        assertEquals(200, docs.status());
        assertEquals("DENY", docs.header("X-Frame-Options"));
        assertTrue(
                docs.header("Content-Security-Policy").contains("frame-ancestors 'none'"),
                docs.header("Content-Security-Policy"));
        ApiResponse spec = api.outsideContract(null, "/api/v1/openapi.yaml");
        assertFalse(spec.header("Cache-Control").contains("no-store"), "the public contract may be cached");
        assertEquals("nosniff", spec.header("X-Content-Type-Options"));
    }

    @Test
    void aSignedTokenWithoutExpiryIssueTimeOrIssuerIsRefused() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(w.token("officerA")).getJWTClaimsSet();
        assertEquals(
                200, api.get(sign(claims), "/api/v1/me").status(), "control: our own signature on the real claims");
        assertEquals(
                401,
                api.get(
                                sign(new JWTClaimsSet.Builder(claims)
                                        .expirationTime(null)
                                        .build()),
                                "/api/v1/me")
                        .status(),
                "no exp");
        assertEquals(
                401,
                api.get(sign(new JWTClaimsSet.Builder(claims).issueTime(null).build()), "/api/v1/me")
                        .status(),
                "no iat");
        assertEquals(
                401,
                api.get(sign(new JWTClaimsSet.Builder(claims).issuer(null).build()), "/api/v1/me")
                        .status(),
                "no iss");
        Date farFuture =
                new Date(System.currentTimeMillis() + Duration.ofDays(365).toMillis());
        assertEquals(
                401,
                api.get(
                                sign(new JWTClaimsSet.Builder(claims)
                                        .expirationTime(farFuture)
                                        .build()),
                                "/api/v1/me")
                        .status(),
                "a lifetime no token of ours has");
    }

    private static String sign(JWTClaimsSet claims) throws Exception {
        ECKey key = bean(JwtKeySet.class).signingKey();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    @Test
    void deactivatingAnAccountEndsItsTokensOnTheNextRequest() {
        w.account("leaving", "OFFICER", w.communeA, w.policeA, "Sắp Nghỉ Việc");
        ApiResponse session = staffLogin(w.username("leaving"), World.PASSWORD);
        String access = session.json().get("accessToken").asText();
        String refresh = session.json().get("refreshToken").asText();
        assertEquals(200, api.get(access, "/api/v1/cases").status());

        assertEquals(
                403,
                api.post(w.token("officerA"), "/api/v1/accounts/" + w.id("leaving") + "/deactivate", null)
                        .status(),
                "only admins deactivate");
        ApiResponse deactivated = api.post(w.admin, "/api/v1/accounts/" + w.id("leaving") + "/deactivate", null);
        assertEquals(200, deactivated.status(), deactivated::toString);
        assertFalse(deactivated.json().get("active").asBoolean());

        ApiResponse refused = api.get(access, "/api/v1/cases");
        assertEquals(401, refused.status(), "the token issued before is refused at once");
        // Its own type: the phone wipes what it holds of the account's cases (a reset password would not).
        assertTrue(refused.json().get("type").asText().endsWith("/account-inactive"), refused::toString);
        ApiResponse refresh401 = api.post(null, "/api/v1/auth/refresh", Map.of("refreshToken", refresh));
        assertEquals(401, refresh401.status());
        assertTrue(refresh401.json().get("type").asText().endsWith("/account-inactive"), refresh401::toString);
        assertEquals(401, staffLogin(w.username("leaving"), World.PASSWORD).status());
        assertEquals(
                1,
                Sql.query(
                                "SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_DEACTIVATE' AND target = ?",
                                rs -> rs.getInt(1),
                                "account:" + w.id("leaving"))
                        .get(0));

        ApiResponse back = api.post(w.admin, "/api/v1/accounts/" + w.id("leaving") + "/reactivate", null);
        assertEquals(200, back.status(), back::toString);
        assertEquals(401, api.get(access, "/api/v1/cases").status(), "sessions from before stay ended");
        ApiResponse again = staffLogin(w.username("leaving"), World.PASSWORD);
        assertEquals(200, again.status(), again::toString);
        assertEquals(
                200,
                api.get(again.json().get("accessToken").asText(), "/api/v1/cases")
                        .status());
    }

    @Test
    void anAdminCannotDeactivateThemselvesAndPersonAccountsAreNotStaffAccounts() {
        String adminId = api.get(w.admin, "/api/v1/me").json().get("id").asText();
        ApiResponse self = api.post(w.admin, "/api/v1/accounts/" + adminId + "/deactivate", null);
        assertEquals(422, self.status(), self::toString);
        assertTrue(self.json().get("type").asText().endsWith("/own-account"));
        World.Person person = w.activatedPerson("Người Được Quản Lý", null);
        assertEquals(
                404,
                api.post(w.admin, "/api/v1/accounts/" + person.accountId() + "/deactivate", null)
                        .status());
        assertEquals(200, api.get(person.token(), "/api/v1/me/case").status());
    }

    @Test
    void anEndedMentorAssignmentEndsTheMentorsAccessOnTheNextRequest() {
        World.Person person = w.activatedPerson("Phan Thị Gặp", "mentorA3");
        assertEquals(
                200,
                api.get(w.token("mentorA3"), "/api/v1/cases/" + person.caseId()).status());
        JsonNode assignment = api.get(w.token("officerA"), "/api/v1/cases/" + person.caseId() + "/assignments")
                .json()
                .get(0);
        ApiResponse ended = api.post(
                w.token("officerA"),
                "/api/v1/assignments/" + assignment.get("id").asText() + "/end",
                Map.of("reason", "Chuyển công tác", "endDate", "2025-06-01"));
        assertEquals(200, ended.status(), ended::toString);
        assertEquals(
                404,
                api.get(w.token("mentorA3"), "/api/v1/cases/" + person.caseId()).status());
    }
}
