package vn.donghanh.client.model;

import org.json.JSONObject;

/** A person's request for help, as the sync feed and {@code listHelpRequests} show it. */
public final class HelpRequest {
    public final String id;
    public final String caseId;
    /** CRAVING, CRISIS, CONFLICT or OTHER. */
    public final String category;

    public final String note;
    public final long createdAtMillis;
    public final Long escalatedAtMillis;
    public final Long acknowledgedAtMillis;
    public final String acknowledgedBy;
    public final Long resolvedAtMillis;

    public HelpRequest(
            String id,
            String caseId,
            String category,
            String note,
            long createdAtMillis,
            Long escalatedAtMillis,
            Long acknowledgedAtMillis,
            String acknowledgedBy,
            Long resolvedAtMillis) {
        this.id = id;
        this.caseId = caseId;
        this.category = category;
        this.note = note;
        this.createdAtMillis = createdAtMillis;
        this.escalatedAtMillis = escalatedAtMillis;
        this.acknowledgedAtMillis = acknowledgedAtMillis;
        this.acknowledgedBy = acknowledgedBy;
        this.resolvedAtMillis = resolvedAtMillis;
    }

    /** Nobody has answered yet: the mentor's phone shows it as an alert. */
    public boolean isWaitingForAnswer() {
        return acknowledgedAtMillis == null && resolvedAtMillis == null;
    }

    public static HelpRequest from(JSONObject o) {
        Long created = Json.instant(o, "createdAt");
        return new HelpRequest(
                Json.string(o, "id"),
                Json.string(o, "caseId"),
                Json.string(o, "category"),
                Json.string(o, "note"),
                created == null ? 0L : created,
                Json.instant(o, "escalatedAt"),
                Json.instant(o, "acknowledgedAt"),
                Json.string(o, "acknowledgedBy"),
                Json.instant(o, "resolvedAt"));
    }
}
