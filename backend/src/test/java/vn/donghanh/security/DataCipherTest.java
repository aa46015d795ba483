package vn.donghanh.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCipherTest {
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private static DataCipher cipher(String key, Path dir) {
        SecuritySettings settings = new SecuritySettings();
        settings.setDataDir(dir.toString());
        settings.getCrypto().setDataKey(key);
        return new DataCipher(settings, new DataDirectory(settings));
    }

    @Test
    void roundTripsWithAFreshNonceAndRejectsTampering(@TempDir Path dir) {
        DataCipher cipher = cipher(KEY, dir);
        byte[] a = cipher.encrypt("001090012345");
        byte[] b = cipher.encrypt("001090012345");
        assertFalse(Arrays.equals(a, b), "same plaintext, different ciphertext");
        assertEquals("001090012345", cipher.decrypt(a));
        a[a.length - 1] ^= 1;
        byte[] tampered = a;
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered));
    }

    @Test
    void phoneLookupHashIgnoresFormattingAndDependsOnTheKey(@TempDir Path dir) {
        DataCipher cipher = cipher(KEY, dir);
        assertEquals(cipher.phoneLookupHash("0912 345 678"), cipher.phoneLookupHash("+84912345678"));
        String otherKey = Base64.getEncoder().encodeToString(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
            30, 31, 32
        });
        assertNotEquals(
                cipher.phoneLookupHash("0912345678"), cipher(otherKey, dir).phoneLookupHash("0912345678"));
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceAndKeptOwnerOnly(@TempDir Path dir) throws Exception {
        DataCipher first = cipher("", dir);
        Path keyFile = dir.resolve("keys").resolve("data.key");
        byte[] stored = Files.readAllBytes(keyFile);
        DataCipher second = cipher("", dir);
        assertEquals("Nguyễn", second.decrypt(first.encrypt("Nguyễn")));
        assertArrayEquals(stored, Files.readAllBytes(keyFile));
        assertEquals(
                "rw-------",
                java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
    }
}
