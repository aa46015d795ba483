package vn.donghanh.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.security.JwtKeySet;
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
        assertEquals(200, api.get(second.json().get("accessToken").asText(), "/api/v1/me").status());

        ApiResponse replay = api.post(null, "/api/v1/auth/refresh", Map.of("refreshToken", r1));
        assertEquals(401, replay.status());
        ApiResponse afterTheft = api.post(null, "/api/v1/auth/refresh", Map.of("refreshToken", r2));
        assertEquals(401, afterTheft.status(), "reuse of r1 revoked the whole family, r2 included");
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        String r = login(w.username("officerB"), World.PASSWORD).json().get("refreshToken").asText();
        assertEquals(204, api.post(null, "/api/v1/auth/logout", Map.of("refreshToken", r)).status());
        assertEquals(401, api.post(null, "/api/v1/auth/refresh", Map.of("refreshToken", r)).status());
    }

    @Test
    void forgedTokensAreRejected() throws Exception {
        String good = w.token("officerA");
        SignedJWT parsed = SignedJWT.parse(good);
        JWTClaimsSet claims = parsed.getJWTClaimsSet();

        String none = new PlainJWT(claims).serialize();
        assertEquals(401, api.get(none, "/api/v1/me").status(), "alg none");

        byte[] secret = new byte[32];
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        hmac.sign(new MACSigner(secret));
        assertEquals(401, api.get(hmac.serialize(), "/api/v1/me").status(), "HS256");

        // HMAC keyed with the public key (the classic algorithm-confusion attack).
        ECKey publicKey = bean(JwtKeySet.class).signingKey().toPublicJWK();
        byte[] pub = publicKey.toECPublicKey().getEncoded();
        SignedJWT confused = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(publicKey.getKeyID()).build(), claims);
        confused.sign(new MACSigner(java.util.Arrays.copyOf(pub, Math.max(32, pub.length))));
        assertEquals(401, api.get(confused.serialize(), "/api/v1/me").status(), "HS256 keyed with the public key");

        ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID(publicKey.getKeyID()).generate();
        SignedJWT foreign = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(publicKey.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        foreign.sign(new ECDSASigner(stranger));
        assertEquals(401, api.get(foreign.serialize(), "/api/v1/me").status(), "signed by another key");

        String[] parts = good.split("\\.");
        JWTClaimsSet elevated = new JWTClaimsSet.Builder(claims).claim("roles", List.of("ADMIN")).build();
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(elevated.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        assertEquals(401, api.get(tampered, "/api/v1/me").status(), "payload changed after signing");

        ECKey ours = bean(JwtKeySet.class).signingKey();
        JWTClaimsSet expiredClaims = new JWTClaimsSet.Builder(claims)
                .issueTime(new Date(System.currentTimeMillis() - 3_600_000))
                .notBeforeTime(new Date(System.currentTimeMillis() - 3_600_000))
                .expirationTime(new Date(System.currentTimeMillis() - 60_000)).build();
        SignedJWT expired = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(ours.getKeyID()).build(), expiredClaims);
        expired.sign(new ECDSASigner(ours));
        assertEquals(401, api.get(expired.serialize(), "/api/v1/me").status(), "expired");

        SignedJWT valid = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(ours.getKeyID()).build(), claims);
        valid.sign(new ECDSASigner(ours));
        assertEquals(200, api.get(valid.serialize(), "/api/v1/me").status(), "control: a token we sign ourselves works");
    }
}
