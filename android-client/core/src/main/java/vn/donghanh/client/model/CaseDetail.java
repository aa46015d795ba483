package vn.donghanh.client.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.json.JSONObject;

/** The part of CaseDetail the phone shows (getMyCase / getCase). */
public final class CaseDetail {
    public final String id;
    public final String fullName;
    public final String status;
    public final String plannedEndDate;
    public final String timeZone;
    public final String phone;
    /** Null when no mentor is assigned. */
    public final MentorContact mentor;
    /**
     * The commune officers responsible for the case (phone may be null); empty when none or when
     * the server predates the field.
     */
    public final List<MentorContact> officers;
    /** The commune the case is registered in; null from a server that predates it. */
    public final String adminUnitId;
    /** That commune's name ("Xã Tân Thịnh"), shown to the person; null when the server did not send it. */
    public final String adminUnitName;

    public CaseDetail(
            String id,
            String fullName,
            String status,
            String plannedEndDate,
            String timeZone,
            String phone,
            MentorContact mentor) {
        this(id, fullName, status, plannedEndDate, timeZone, phone, mentor, Collections.<MentorContact>emptyList());
    }

    public CaseDetail(
            String id,
            String fullName,
            String status,
            String plannedEndDate,
            String timeZone,
            String phone,
            MentorContact mentor,
            List<MentorContact> officers) {
        this(id, fullName, status, plannedEndDate, timeZone, phone, mentor, officers, null, null);
    }

    public CaseDetail(
            String id,
            String fullName,
            String status,
            String plannedEndDate,
            String timeZone,
            String phone,
            MentorContact mentor,
            List<MentorContact> officers,
            String adminUnitId,
            String adminUnitName) {
        this.adminUnitId = adminUnitId;
        this.adminUnitName = adminUnitName == null || adminUnitName.trim().isEmpty() ? null : adminUnitName.trim();
        this.id = id;
        this.fullName = fullName;
        this.status = status;
        this.plannedEndDate = plannedEndDate;
        this.timeZone = timeZone;
        this.phone = phone;
        this.mentor = mentor;
        this.officers = officers == null
                ? Collections.<MentorContact>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(officers));
    }

    public static CaseDetail from(JSONObject o) {
        return new CaseDetail(
                Json.string(o, "id"),
                Json.string(o, "fullName"),
                Json.string(o, "status"),
                Json.string(o, "plannedEndDate"),
                Json.string(o, "timeZone"),
                Json.string(o, "phone"),
                MentorContact.from(Json.object(o, "mentor")),
                Json.list(o.optJSONArray("officers"), MentorContact::from),
                Json.string(o, "adminUnitId"),
                Json.string(o, "adminUnitName"));
    }
}
