package vn.donghanh.client.model;

import org.json.JSONObject;

/** How to reach the case's mentor; phone may be null. */
public final class MentorContact {
    public final String id;
    public final String displayName;
    public final String phone;

    public MentorContact(String id, String displayName, String phone) {
        this.id = id;
        this.displayName = displayName;
        this.phone = phone;
    }

    public static MentorContact from(JSONObject o) {
        return o == null
                ? null
                : new MentorContact(Json.string(o, "id"), Json.string(o, "displayName"), Json.string(o, "phone"));
    }
}
