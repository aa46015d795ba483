package vn.donghanh.account;

import java.security.SecureRandom;

/**
 * Temporary passwords an admin reads out or hands over: 12 random letters and digits (about 68
 * bits) in three groups of four, from an alphabet without look-alikes (0/O, 1/l/I), so they can be
 * copied by hand from a screen.
 */
final class TemporaryPasswords {
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {}

    static String next() {
        StringBuilder b = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return b.toString();
    }
}
