package vn.donghanh.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.donghanh.auth.AuthSettings;

/**
 * Hashes passwords and PINs with bcrypt (at.favre.lib), and high-entropy tokens (refresh
 * tokens, activation codes) with SHA-256, where a slow hash adds nothing but latency.
 */
@Singleton
public class SecretHasher {
    private final int cost;
    private final String decoyHash;

    @Inject
    public SecretHasher(AuthSettings settings) {
        this(settings.getBcryptCost());
    }

    /** With a cost of its own: the demo data hashes its PIN faster than an installation would. */
    public SecretHasher(int cost) {
        this.cost = cost;
        this.decoyHash = hashPassword("decoy-" + System.nanoTime());
    }

    /** Spends the time of one real check, so that unknown accounts are not cheaper to probe. */
    public void burn(String secret) {
        matches(secret, decoyHash);
    }

    public String hashPassword(String secret) {
        return BCrypt.withDefaults().hashToString(cost, secret.toCharArray());
    }

    public boolean matches(String secret, String hash) {
        if (secret == null || hash == null) {
            return false;
        }
        return BCrypt.verifyer()
                .verify(secret.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))
                .verified;
    }

    public static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
