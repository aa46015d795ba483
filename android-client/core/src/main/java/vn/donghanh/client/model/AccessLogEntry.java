package vn.donghanh.client.model;

import org.json.JSONObject;

/** Who read or changed the person's record, and when (GET /api/v1/me/access-log items). */
public final class AccessLogEntry {
    public final long occurredAtMillis;
    /** "?" when the server does not know. */
    public final String actorName;
    /** A Role name (OFFICER, MENTOR, SUPERVISOR, ADMIN...). */
    public final String actorRole;
    /** An AuditAction name (CASE_READ, CHECKINS_READ...). */
    public final String action;

    public AccessLogEntry(long occurredAtMillis, String actorName, String actorRole, String action) {
        this.occurredAtMillis = occurredAtMillis;
        this.actorName = actorName;
        this.actorRole = actorRole;
        this.action = action;
    }

    public static AccessLogEntry from(JSONObject o) {
        Long at = Json.instant(o, "occurredAt");
        return new AccessLogEntry(
                at == null ? 0L : at,
                Json.string(o, "actorName"),
                Json.string(o, "actorRole"),
                Json.string(o, "action"));
    }
}
