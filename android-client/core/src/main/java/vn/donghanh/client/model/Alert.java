package vn.donghanh.client.model;

import org.json.JSONObject;

/** An open overdue alert (listAlerts). */
public final class Alert {
    public final String id;
    public final String caseId;
    public final String fullName;
    public final String kind;
    public final long overdueSinceMillis;
    public final Long firstActionAtMillis;

    public Alert(
            String id, String caseId, String fullName, String kind, long overdueSinceMillis, Long firstActionAtMillis) {
        this.id = id;
        this.caseId = caseId;
        this.fullName = fullName;
        this.kind = kind;
        this.overdueSinceMillis = overdueSinceMillis;
        this.firstActionAtMillis = firstActionAtMillis;
    }

    public static Alert from(JSONObject o) {
        return new Alert(
                Json.string(o, "id"),
                Json.string(o, "caseId"),
                Json.string(o, "fullName"),
                Json.string(o, "kind"),
                Json.instant(o, "overdueSince"),
                Json.instant(o, "firstActionAt"));
    }
}
