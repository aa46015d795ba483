package vn.donghanh.security;

import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts national IDs and phone numbers at rest (AES-256-GCM, random 96-bit nonce stored in
 * front of the ciphertext) and computes the keyed lookup hash that lets a person log in by phone
 * without the phone being readable in the database.
 */
@Singleton
public class DataCipher {
    private static final Logger LOG = LoggerFactory.getLogger(DataCipher.class);
    private static final int NONCE_BYTES = 12;
    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;
    private final SecureRandom random = new SecureRandom();

    public DataCipher(SecuritySettings settings, DataDirectory dataDirectory) {
        String keyB64 = settings.getCrypto().getDataKey();
        if (keyB64 == null || keyB64.isBlank()) {
            keyB64 = dataDirectory.readOrCreate(dataDirectory.keysDir().resolve("data.key"), () -> {
                LOG.warn(
                        "No DONGHANH_DATA_KEY configured: generated a development data key in {}",
                        dataDirectory.keysDir());
                byte[] k = new byte[32];
                new SecureRandom().nextBytes(k);
                return Base64.getEncoder().encodeToString(k);
            });
        }
        byte[] key = Base64.getDecoder().decode(keyB64.trim());
        if (key.length != 32) {
            throw new IllegalStateException("donghanh.crypto.data-key must be 32 bytes, base64-encoded");
        }
        this.encryptionKey = new SecretKeySpec(key, "AES");
        this.lookupKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "phone-lookup-v1"), "HmacSHA256");
    }

    public byte[] encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(byte[] stored) {
        if (stored == null) {
            return null;
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, stored, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong data key?", e);
        }
    }

    /** Keyed hash of a normalised phone number, for lookup at login. */
    public String phoneLookupHash(String phone) {
        return HexFormat.of().formatHex(hmac(lookupKey, PhoneNumbers.normalise(phone)));
    }

    /**
     * Keyed hash of any identifier (a username, a phone as typed) for keys that must not hold it in
     * clear, such as rate-limit counters: unguessable without the data key, unlike a plain SHA-256.
     */
    public String keyedHash(String purpose, String value) {
        return HexFormat.of().formatHex(hmac(lookupKey, purpose + '\u0000' + value));
    }

    private static byte[] hmac(SecretKeySpec key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
