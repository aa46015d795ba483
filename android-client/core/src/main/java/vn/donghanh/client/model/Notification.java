package vn.donghanh.client.model;

import org.json.JSONObject;

/** An inbox notification (discreet title and body, safe for a lock screen). */
public final class Notification {
    public final String id;
    public final String kind;
    public final String priority;
    public final String caseId;
    public final String subjectId;
    public final String title;
    public final String body;
    public final long createdAtMillis;
    public final Long readAtMillis;

    public Notification(
            String id,
            String kind,
            String priority,
            String caseId,
            String subjectId,
            String title,
            String body,
            long createdAtMillis,
            Long readAtMillis) {
        this.id = id;
        this.kind = kind;
        this.priority = priority;
        this.caseId = caseId;
        this.subjectId = subjectId;
        this.title = title;
        this.body = body;
        this.createdAtMillis = createdAtMillis;
        this.readAtMillis = readAtMillis;
    }

    public static Notification from(JSONObject o) {
        return new Notification(
                Json.string(o, "id"),
                Json.string(o, "kind"),
                Json.string(o, "priority"),
                Json.string(o, "caseId"),
                Json.string(o, "subjectId"),
                Json.string(o, "title"),
                Json.string(o, "body"),
                Json.instant(o, "createdAt"),
                Json.instant(o, "readAt"));
    }
}
