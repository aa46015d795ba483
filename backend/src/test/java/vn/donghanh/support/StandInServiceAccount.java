package vn.donghanh.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A Firebase service-account file made at test time (a fresh RSA key, never a real one) whose
 * token_uri is the FCM stand-in: a service started with it as DONGHANH_FIREBASE_CREDENTIALS signs
 * its OAuth assertion with this key and gets its bearer token from the stand-in, as it would from
 * Google.
 */
public final class StandInServiceAccount {
    private StandInServiceAccount() {}

    /** Writes the JSON to {@code file} and returns it. */
    public static Path write(Path file, String tokenUri) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pkcs8)
                    + "\n-----END PRIVATE KEY-----\n";
            Map<String, String> json = new LinkedHashMap<>();
            json.put("type", "service_account");
            json.put("project_id", "donghanh-test");
            json.put("private_key_id", UUID.randomUUID().toString().replace("-", ""));
            json.put("private_key", pem);
            json.put("client_email", "stand-in@donghanh-test.iam.gserviceaccount.com");
            json.put("client_id", "100000000000000000000");
            json.put("token_uri", tokenUri);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(
                    file, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
            return file;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
