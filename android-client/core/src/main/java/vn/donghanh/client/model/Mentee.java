package vn.donghanh.client.model;

import org.json.JSONObject;

/** One of a mentor's active mentees (listMentees). */
public final class Mentee {
    public final String caseId;
    public final String fullName;
    public final String status;
    public final String phone;
    public final String plannedEndDate;
    /** The person's login, the recipient of the mentor's messages; null before activation. */
    public final String personAccountId;

    public Mentee(
            String caseId,
            String fullName,
            String status,
            String phone,
            String plannedEndDate,
            String personAccountId) {
        this.caseId = caseId;
        this.fullName = fullName;
        this.status = status;
        this.phone = phone;
        this.plannedEndDate = plannedEndDate;
        this.personAccountId = personAccountId;
    }

    public static Mentee from(JSONObject o) {
        return new Mentee(
                Json.string(o, "caseId"),
                Json.string(o, "fullName"),
                Json.string(o, "status"),
                Json.string(o, "phone"),
                Json.string(o, "plannedEndDate"),
                Json.string(o, "personAccountId"));
    }
}
