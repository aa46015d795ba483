package vn.donghanh.common;

import java.util.UUID;

public final class Ids {
    private Ids() {
    }

    /** A client-supplied id (for idempotent retries) or a fresh one. */
    public static String orNew(UUID clientId) {
        return clientId != null ? clientId.toString() : UUID.randomUUID().toString();
    }

    public static String parse(String field, String value) {
        try {
            return UUID.fromString(value).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.badField(field, "must be a UUID");
        }
    }
}
