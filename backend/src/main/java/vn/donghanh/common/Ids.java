package vn.donghanh.common;

import java.util.UUID;
import java.util.regex.Pattern;

public final class Ids {
    private Ids() {}

    /** A client-supplied id (for idempotent retries) or a fresh one. */
    public static String orNew(UUID clientId) {
        return clientId != null ? clientId.toString() : UUID.randomUUID().toString();
    }

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** A path or query id in canonical UUID form (UUID.fromString alone would accept "1-1-1-1-1"). */
    public static String parse(String field, String value) {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            throw ApiException.badField(field, "must be a UUID");
        }
        return UUID.fromString(value).toString();
    }
}
