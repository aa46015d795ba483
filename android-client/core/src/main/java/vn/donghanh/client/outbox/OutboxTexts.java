package vn.donghanh.client.outbox;

import org.json.JSONObject;
import vn.donghanh.client.model.Json;

/**
 * Which part of a queued item the user wrote and may correct after the server refused it: a
 * message's body, a contact's summary, the note of a help request or a check-in. Kinds not named
 * here (acknowledgements, office presence taps) have nothing to edit: they can only be discarded.
 */
public final class OutboxTexts {
    private OutboxTexts() {}

    /** The body field holding the user's text, or null when the kind has none. */
    public static String field(OutboxKind kind) {
        if (kind == null) {
            return null;
        }
        switch (kind.name()) {
            case "MESSAGE":
                return "body";
            case "CONTACT":
                return "summary";
            case "HELP_REQUEST":
            case "CHECKIN":
                return "note";
            default:
                return null;
        }
    }

    /** True when the text may be left out (a note); a message body and a contact summary may not. */
    public static boolean optional(OutboxKind kind) {
        return "note".equals(field(kind));
    }

    /** The item's current text ("" when an optional note is absent), or null when it has none. */
    public static String text(OutboxOperation op) {
        String field = field(op.kind);
        if (field == null) {
            return null;
        }
        JSONObject body = op.bodyJson();
        String text = Json.string(body, field);
        return text == null ? "" : text;
    }
}
