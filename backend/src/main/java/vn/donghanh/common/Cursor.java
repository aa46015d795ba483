package vn.donghanh.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursor: the sort key values of the last row seen, base64url-encoded. Clients
 * pass it back unchanged; a tampered cursor is a 400 on the {@code cursor} parameter.
 */
public final class Cursor {
    private static final char SEP = '\u001f';

    private Cursor() {}

    public static String encode(String... keys) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join(String.valueOf(SEP), keys).getBytes(StandardCharsets.UTF_8));
    }

    public static List<String> decode(String cursor, int expectedParts) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(raw.split(String.valueOf(SEP), -1));
            if (parts.size() != expectedParts) {
                throw ApiException.badField("cursor", "is not a cursor this list issued");
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("cursor", "is not a cursor this list issued");
        }
    }

    /** An instant this list put into its cursor; anything else is the same 400 as a malformed cursor. */
    public static Instant instant(String part) {
        try {
            return Instant.parse(part);
        } catch (DateTimeParseException e) {
            throw ApiException.badField("cursor", "is not a cursor this list issued");
        }
    }

    /** A date this list put into its cursor; anything else is the same 400 as a malformed cursor. */
    public static LocalDate date(String part) {
        try {
            return LocalDate.parse(part);
        } catch (DateTimeParseException e) {
            throw ApiException.badField("cursor", "is not a cursor this list issued");
        }
    }

    public static int limit(Integer requested) {
        return limit(requested, 200);
    }

    /** A page size up to {@code max}: a computed list whose every page costs a pass over its scope takes bigger pages. */
    public static int limit(Integer requested, int max) {
        if (requested == null) {
            return 50;
        }
        if (requested < 1 || requested > max) {
            throw ApiException.badField("limit", "must be between 1 and " + max);
        }
        return requested;
    }
}
