package vn.donghanh.client.model;

import org.json.JSONObject;

/** A case as listed (and as the sync feed carries it). */
public final class CaseSummary {
    public final String id;
    public final String fullName;
    public final String status;
    public final String adminUnitId;
    public final String plannedEndDate;
    public final String mentorId;
    public final String mentorName;

    public CaseSummary(
            String id,
            String fullName,
            String status,
            String adminUnitId,
            String plannedEndDate,
            String mentorId,
            String mentorName) {
        this.id = id;
        this.fullName = fullName;
        this.status = status;
        this.adminUnitId = adminUnitId;
        this.plannedEndDate = plannedEndDate;
        this.mentorId = mentorId;
        this.mentorName = mentorName;
    }

    public static CaseSummary from(JSONObject o) {
        return new CaseSummary(
                Json.string(o, "id"),
                Json.string(o, "fullName"),
                Json.string(o, "status"),
                Json.string(o, "adminUnitId"),
                Json.string(o, "plannedEndDate"),
                Json.string(o, "mentorId"),
                Json.string(o, "mentorName"));
    }
}
