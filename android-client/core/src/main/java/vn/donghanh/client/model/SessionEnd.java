package vn.donghanh.client.model;

import org.json.JSONObject;

/**
 * Why the phone signed the user out by itself, kept for the sign-in screen to say (the user did
 * not sign out; without a word they would not know why their data is gone).
 */
public final class SessionEnd {
    public enum Reason {
        /** The server says the account is no longer active: everything of it was deleted here. */
        ACCOUNT_DEACTIVATED,
        /**
         * The server revoked the session (deactivated, password reset, signed out everywhere: it
         * does not say which): the synced case data was deleted here, queued items were kept.
         */
        SESSION_REVOKED
    }

    public final Reason reason;
    public final long atMillis;
    /** Items queued on this phone by the account that could not be sent and were deleted. */
    public final int droppedUnsent;

    public SessionEnd(Reason reason, long atMillis, int droppedUnsent) {
        this.reason = reason;
        this.atMillis = atMillis;
        this.droppedUnsent = droppedUnsent;
    }

    public String toJson() {
        JSONObject o = new JSONObject();
        Json.put(o, "reason", reason.name());
        Json.put(o, "at", atMillis);
        Json.put(o, "droppedUnsent", droppedUnsent);
        return o.toString();
    }

    /** Null for text this version cannot read (a newer reason): the sign-in screen then says nothing. */
    public static SessionEnd fromJson(String text) {
        try {
            JSONObject o = Json.parse(text);
            return new SessionEnd(Reason.valueOf(Json.string(o, "reason")), Json.longValue(o, "at", 0L), (int)
                    Json.longValue(o, "droppedUnsent", 0L));
        } catch (IllegalArgumentException | NullPointerException unreadable) {
            return null;
        }
    }
}
