package vn.donghanh.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.donghanh.auth.AuthSettings;

/**
 * The configured JWK set for access tokens: the first EC P-256 key signs (ES256); every key in
 * the set verifies, so a new key can be put first while tokens signed with the old one expire.
 */
@Singleton
public class JwtKeySet {
    private static final Logger LOG = LoggerFactory.getLogger(JwtKeySet.class);
    private final List<ECKey> keys;

    public JwtKeySet(AuthSettings settings, DataDirectory dataDirectory) {
        String keySetFile = settings.getKeySetFile();
        String json;
        try {
            if (keySetFile != null && !keySetFile.isBlank()) {
                json = Files.readString(Path.of(keySetFile));
            } else {
                json = dataDirectory.readOrCreate(dataDirectory.keysDir().resolve("jwt-signing.jwks.json"), () -> {
                    LOG.warn(
                            "No DONGHANH_JWT_KEY_SET_FILE configured: generated a development signing key in {}",
                            dataDirectory.keysDir());
                    return new JWKSet(generate()).toString(false);
                });
            }
            this.keys = JWKSet.parse(json).getKeys().stream()
                    .filter(k -> k instanceof ECKey)
                    .map(k -> (ECKey) k)
                    .toList();
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("Cannot load the JWT key set: " + e.getMessage(), e);
        }
        if (keys.isEmpty() || !keys.get(0).isPrivate()) {
            throw new IllegalStateException("The JWT key set needs an EC P-256 private key first");
        }
    }

    static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public ECKey signingKey() {
        return keys.get(0);
    }

    public List<ECKey> verificationKeys() {
        return keys;
    }

    public JWK find(String kid) {
        return keys.stream()
                .filter(k -> k.getKeyID() != null && k.getKeyID().equals(kid))
                .findFirst()
                .orElse(null);
    }
}
