package vn.donghanh.client.sync;

import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.store.StoredRecord;
import vn.donghanh.client.store.SyncStore;

/**
 * Cases the sync feed removed from this phone (they left the user's scope). The feed's removal
 * deletes every record of the case, but lists read online across cases (the mentor's mentees, the
 * open alerts, the officer's overdue list) are kept whole as snapshots: a mark per removed case
 * (its own record type, tied to no case so the removal does not delete it) lets those copies leave
 * the case out offline. The mark is lifted when the case comes back in the feed.
 */
public final class RemovedCases {
    /** Record type of the marks; never a sync feed type. */
    static final String TYPE = "LOCAL_REMOVED_CASE";

    private RemovedCases() {}

    /**
     * The mark for a case removed now, stored in the same page (same transaction) as the removal.
     * It keeps the person's name (null when the phone never had it) and nothing else: what this
     * user still had queued for the case is shown with whose case it was.
     */
    static StoredRecord mark(String caseId, String fullName) {
        JSONObject o = new JSONObject();
        Json.put(o, "removed", true);
        Json.put(o, "fullName", fullName);
        return new StoredRecord(TYPE, caseId, null, o.toString());
    }

    /** The name of a case removed from the phone, as it was known; null when unknown or not removed. */
    public static String nameOf(SyncStore store, String caseId) {
        if (!isRemoved(store, caseId)) {
            return null;
        }
        return Json.string(Json.parse(store.record(TYPE, caseId).json), "fullName");
    }

    /** A case back in the feed (assigned again): its mark no longer hides it. */
    static StoredRecord lift(String caseId) {
        return new StoredRecord(TYPE, caseId, null, "{\"removed\":false}");
    }

    static boolean isRemoved(SyncStore store, String caseId) {
        if (caseId == null) {
            return false;
        }
        StoredRecord r = store.record(TYPE, caseId);
        return r != null && Json.bool(Json.parse(r.json), "removed");
    }

    /**
     * {@code json} without the elements that name a removed case in {@code caseId}: a list copy
     * as it would have been read after the removal. Anything that is not such a list is unchanged.
     */
    static String withoutRemoved(SyncStore store, String json) {
        if (json == null || !json.trim().startsWith("[")) {
            return json;
        }
        JSONArray all;
        try {
            all = Json.parseArray(json);
        } catch (IllegalArgumentException notAList) {
            return json;
        }
        JSONArray kept = new JSONArray();
        boolean changed = false;
        for (int i = 0; i < all.length(); i++) {
            Object element = all.opt(i);
            String caseId = element instanceof JSONObject ? Json.string((JSONObject) element, "caseId") : null;
            if (isRemoved(store, caseId)) {
                changed = true;
            } else {
                kept.put(element);
            }
        }
        return changed ? kept.toString() : json;
    }

    /** The case ids of the removal entries of one page, in order. */
    static List<String> of(List<StoredRecord> page) {
        List<String> out = new ArrayList<>();
        for (StoredRecord r : page) {
            if (SyncStore.REMOVED.equals(r.type) && r.caseId != null) {
                out.add(r.caseId);
            }
        }
        return out;
    }
}
