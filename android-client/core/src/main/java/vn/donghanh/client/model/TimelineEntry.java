package vn.donghanh.client.model;

import org.json.JSONObject;
import vn.donghanh.client.time.Rfc3339;

/** One event in a case's history. */
public final class TimelineEntry {
    public final String id;
    public final String type;
    public final String fromStatus;
    public final String toStatus;
    public final String reason;
    public final String effectiveDate;
    public final String actorName;
    public final long occurredAtMillis;

    public TimelineEntry(
            String id,
            String type,
            String fromStatus,
            String toStatus,
            String reason,
            String effectiveDate,
            String actorName,
            long occurredAtMillis) {
        this.id = id;
        this.type = type;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.effectiveDate = effectiveDate;
        this.actorName = actorName;
        this.occurredAtMillis = occurredAtMillis;
    }

    /** The API's shape again (for the last known copy kept on the phone); {@link #from} reads it back. */
    public JSONObject toJson() {
        JSONObject o = new JSONObject();
        Json.put(o, "id", id);
        Json.put(o, "type", type);
        Json.put(o, "fromStatus", fromStatus);
        Json.put(o, "toStatus", toStatus);
        Json.put(o, "reason", reason);
        Json.put(o, "effectiveDate", effectiveDate);
        Json.put(o, "actorName", actorName);
        Json.put(o, "occurredAt", Rfc3339.formatUtc(occurredAtMillis));
        return o;
    }

    public static TimelineEntry from(JSONObject o) {
        return new TimelineEntry(
                Json.string(o, "id"),
                Json.string(o, "type"),
                Json.string(o, "fromStatus"),
                Json.string(o, "toStatus"),
                Json.string(o, "reason"),
                Json.string(o, "effectiveDate"),
                Json.string(o, "actorName"),
                Json.instant(o, "occurredAt"));
    }
}
