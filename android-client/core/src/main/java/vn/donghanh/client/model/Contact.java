package vn.donghanh.client.model;

import java.util.List;
import org.json.JSONObject;

/** A mentor's (or officer's) logged contact or home visit. */
public final class Contact {
    public final String id;
    public final String caseId;
    public final String type;
    public final long occurredAtMillis;
    public final String summary;
    public final List<String> concerns;
    public final boolean followUpNeeded;

    public Contact(
            String id,
            String caseId,
            String type,
            long occurredAtMillis,
            String summary,
            List<String> concerns,
            boolean followUpNeeded) {
        this.id = id;
        this.caseId = caseId;
        this.type = type;
        this.occurredAtMillis = occurredAtMillis;
        this.summary = summary;
        this.concerns = concerns;
        this.followUpNeeded = followUpNeeded;
    }

    public static Contact from(JSONObject o) {
        return new Contact(
                Json.string(o, "id"),
                Json.string(o, "caseId"),
                Json.string(o, "type"),
                Json.instant(o, "occurredAt"),
                Json.string(o, "summary"),
                Json.strings(o, "concerns"),
                Json.bool(o, "followUpNeeded"));
    }
}
