package vn.donghanh.client.model;

import org.json.JSONObject;

/** One overdue plan (or retention check) on the officer's list. */
public final class OverdueItem {
    public final String caseId;
    public final String fullName;
    public final String kind;
    public final long overdueSinceMillis;
    public final long overdueHours;

    public OverdueItem(String caseId, String fullName, String kind, long overdueSinceMillis, long overdueHours) {
        this.caseId = caseId;
        this.fullName = fullName;
        this.kind = kind;
        this.overdueSinceMillis = overdueSinceMillis;
        this.overdueHours = overdueHours;
    }

    public static OverdueItem from(JSONObject o) {
        return new OverdueItem(
                Json.string(o, "caseId"),
                Json.string(o, "fullName"),
                Json.string(o, "kind"),
                Json.instant(o, "overdueSince"),
                Json.longValue(o, "overdueHours", 0));
    }
}
