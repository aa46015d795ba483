package vn.donghanh.client.model;

import org.json.JSONObject;

/** A reminder the server sent for an occurrence; its id is what acknowledgeReminder takes. */
public final class Reminder {
    public final String id;
    public final String occurrenceId;
    public final String caseId;
    /** ISO-8601 duration, e.g. PT30M, PT1H, P1D. */
    public final String offsetBefore;

    public final long dueAtMillis;
    public final String acknowledgement;

    public Reminder(
            String id,
            String occurrenceId,
            String caseId,
            String offsetBefore,
            long dueAtMillis,
            String acknowledgement) {
        this.id = id;
        this.occurrenceId = occurrenceId;
        this.caseId = caseId;
        this.offsetBefore = offsetBefore;
        this.dueAtMillis = dueAtMillis;
        this.acknowledgement = acknowledgement;
    }

    public static Reminder from(JSONObject o) {
        Long due = Json.instant(o, "dueAt");
        return new Reminder(
                Json.string(o, "id"),
                Json.string(o, "occurrenceId"),
                Json.string(o, "caseId"),
                Json.string(o, "offsetBefore"),
                due == null ? 0 : due,
                Json.string(o, "acknowledgement"));
    }
}
