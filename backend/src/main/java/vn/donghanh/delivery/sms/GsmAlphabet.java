package vn.donghanh.delivery.sms;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The GSM 03.38 default alphabet and its extension table. SMPP's data_coding 0 carries text as
 * unpacked septets, one per octet; the SMSC packs them for the air. A character from the extension
 * table costs two septets (escape + code), which matters when counting what fits in one SMS.
 */
public final class GsmAlphabet {
    private static final int ESCAPE = 0x1B;
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅå"
            + "Δ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ"
            + " !\"#¤%&'()*+,-./"
            + "0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNO"
            + "PQRSTUVWXYZÄÖÑÜ§"
            + "¿abcdefghijklmno"
            + "pqrstuvwxyzäöñüà";
    private static final Map<Character, Integer> BASIC_CODES = new HashMap<>();
    private static final Map<Character, Integer> EXTENSION_CODES = Map.of(
            '\f', 0x0A, '^', 0x14, '{', 0x28, '}', 0x29, '\\', 0x2F, '[', 0x3C, '~', 0x3D, ']', 0x3E, '|', 0x40, '€',
            0x65);
    private static final Map<Integer, Character> EXTENSION_CHARS = new HashMap<>();

    static {
        if (BASIC.length() != 128) {
            throw new IllegalStateException("GSM basic table must have 128 entries, has " + BASIC.length());
        }
        for (int code = 0; code < BASIC.length(); code++) {
            if (code != ESCAPE) { // a literal U+001B in a text is not the escape septet
                BASIC_CODES.put(BASIC.charAt(code), code);
            }
        }
        EXTENSION_CODES.forEach((c, code) -> EXTENSION_CHARS.put(code, c));
    }

    private GsmAlphabet() {}

    /** True when every character has a GSM 7-bit code, so the text need not go as UCS-2. */
    public static boolean canEncode(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (septets(text.charAt(i)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** How many septets the character takes: 1, 2 (extension table) or 0 (not in the alphabet). */
    static int septets(char c) {
        if (BASIC_CODES.containsKey(c)) {
            return 1;
        }
        return EXTENSION_CODES.containsKey(c) ? 2 : 0;
    }

    /** Unpacked septets, one per octet; the text must pass {@link #canEncode}. */
    public static byte[] encode(CharSequence text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Integer code = BASIC_CODES.get(c);
            if (code == null) {
                Integer extension = EXTENSION_CODES.get(c);
                if (extension == null) {
                    throw new IllegalArgumentException("Not in the GSM 7-bit alphabet: U+%04X".formatted((int) c));
                }
                out.write(ESCAPE);
                code = extension;
            }
            out.write(code);
        }
        return out.toByteArray();
    }

    /** The reverse of {@link #encode}; an unknown escape code reads as a space, as handsets do. */
    public static String decode(byte[] septets, int offset, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = offset; i < offset + length; i++) {
            int code = septets[i] & 0x7F;
            if (code == ESCAPE && i + 1 < offset + length) {
                text.append(EXTENSION_CHARS.getOrDefault(septets[++i] & 0x7F, ' '));
            } else {
                text.append(BASIC.charAt(code));
            }
        }
        return text.toString();
    }
}
