package vn.donghanh.client.model;

import org.json.JSONObject;

/** A check-in: SELF, OFFICE_PRESENCE or RESIDENCE_VERIFICATION. */
public final class Checkin {
    public final String id;
    public final String caseId;
    public final String kind;
    public final long occurredAtMillis;
    public final Integer wellbeing;
    public final Integer craving;
    public final String note;

    public Checkin(
            String id,
            String caseId,
            String kind,
            long occurredAtMillis,
            Integer wellbeing,
            Integer craving,
            String note) {
        this.id = id;
        this.caseId = caseId;
        this.kind = kind;
        this.occurredAtMillis = occurredAtMillis;
        this.wellbeing = wellbeing;
        this.craving = craving;
        this.note = note;
    }

    public static Checkin from(JSONObject o) {
        return new Checkin(
                Json.string(o, "id"),
                Json.string(o, "caseId"),
                Json.string(o, "kind"),
                Json.instant(o, "occurredAt"),
                Json.integer(o, "wellbeing"),
                Json.integer(o, "craving"),
                Json.string(o, "note"));
    }
}
