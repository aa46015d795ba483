package vn.donghanh.client.model;

import org.json.JSONObject;
import vn.donghanh.client.time.Rfc3339;

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

    /** The API's shape again (for the last known copy kept on the phone); {@link #from} reads it back. */
    public JSONObject toJson() {
        JSONObject o = new JSONObject();
        Json.put(o, "caseId", caseId);
        Json.put(o, "fullName", fullName);
        Json.put(o, "kind", kind);
        Json.put(o, "overdueSince", Rfc3339.formatUtc(overdueSinceMillis));
        Json.put(o, "overdueHours", overdueHours);
        return o;
    }

    public static OverdueItem from(JSONObject o) {
        return new OverdueItem(
                Json.string(o, "caseId"),
                Json.string(o, "fullName"),
                Json.string(o, "kind"),
                instantOrZero(o, "overdueSince"),
                Json.longValue(o, "overdueHours", 0));
    }

    private static long instantOrZero(JSONObject o, String key) {
        Long at = Json.instant(o, key);
        return at == null ? 0L : at;
    }
}
