package vn.donghanh.client.model;

import org.json.JSONObject;

/** The signed-in account (from TokenResponse.account). */
public final class Account {
    public final String id;
    public final Role role;
    public final String displayName;
    public final String adminUnitId;
    /** The person's own case; null for staff. */
    public final String caseId;

    public final String username;

    public Account(String id, Role role, String displayName, String adminUnitId, String caseId, String username) {
        this.id = id;
        this.role = role;
        this.displayName = displayName;
        this.adminUnitId = adminUnitId;
        this.caseId = caseId;
        this.username = username;
    }

    public static Account from(JSONObject o) {
        return new Account(
                Json.string(o, "id"),
                Role.parse(Json.string(o, "role")),
                Json.string(o, "displayName"),
                Json.string(o, "adminUnitId"),
                Json.string(o, "caseId"),
                Json.string(o, "username"));
    }

    public JSONObject toJson() {
        JSONObject o = new JSONObject();
        Json.put(o, "id", id);
        Json.put(o, "role", role == null ? null : role.name());
        Json.put(o, "displayName", displayName);
        Json.put(o, "adminUnitId", adminUnitId);
        Json.put(o, "caseId", caseId);
        Json.put(o, "username", username);
        return o;
    }
}
