package vn.donghanh.client.presenter.person;

import org.json.JSONObject;
import vn.donghanh.client.model.Json;

/**
 * "You now belong to …": the person's case was registered in another commune since this phone
 * last read it. Shown on the home screen with the new commune's officers (their Call buttons)
 * until the person has seen it ("Đã hiểu"); worded without any word about why they are managed.
 */
public final class CommuneNotice {
    /** The new commune's id (a later move gives a new notice). */
    public final String toUnitId;
    /** The new commune's name; null when the server did not send it (the notice then names none). */
    public final String toUnitName;
    /** The commune the phone knew before; may be null. */
    public final String fromUnitName;

    public final boolean seen;

    CommuneNotice(String toUnitId, String toUnitName, String fromUnitName, boolean seen) {
        this.toUnitId = toUnitId;
        this.toUnitName = toUnitName;
        this.fromUnitName = fromUnitName;
        this.seen = seen;
    }

    String toJson() {
        JSONObject o = new JSONObject();
        Json.put(o, "toUnitId", toUnitId);
        Json.put(o, "toUnitName", toUnitName);
        Json.put(o, "fromUnitName", fromUnitName);
        Json.put(o, "seen", seen);
        return o.toString();
    }

    CommuneNotice markedSeen() {
        return new CommuneNotice(toUnitId, toUnitName, fromUnitName, true);
    }

    static CommuneNotice fromJson(String text) {
        JSONObject o = Json.parse(text);
        return new CommuneNotice(
                Json.string(o, "toUnitId"),
                Json.string(o, "toUnitName"),
                Json.string(o, "fromUnitName"),
                Json.bool(o, "seen"));
    }
}
