package vn.donghanh.client.sync;

import java.util.Collections;
import org.json.JSONObject;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.store.StoredRecord;
import vn.donghanh.client.store.SyncStore;

/**
 * Last known copies of what a screen read online and the sync feed does not carry (the officer's
 * overdue list, the commune summary, a case's timeline, the person's own case with the helpers'
 * numbers...), each with the time it was read, so the screen can show it offline with its age
 * instead of an empty list. Kept in the {@link SyncStore} beside the synced records: cleared at
 * sign-out, and a snapshot tied to a case goes when that case leaves the user's scope.
 */
public final class Snapshots {
    /** Record types of snapshots start with this; never a sync feed type. */
    static final String PREFIX = "SNAPSHOT_";

    private final SyncStore store;

    public Snapshots(SyncStore store) {
        this.store = store;
    }

    /** One stored copy: the JSON text as the server sent it and when it was read. */
    public static final class Snapshot {
        public final String json;
        public final long savedAtMillis;

        Snapshot(String json, long savedAtMillis) {
            this.json = json;
            this.savedAtMillis = savedAtMillis;
        }
    }

    /**
     * Keeps {@code json} (an object or array, as text) under (kind, key). {@code caseId} ties it to
     * a case (removed with the case), null for lists across cases.
     */
    public void save(String kind, String key, String caseId, String json, long nowMillis) {
        JSONObject wrapper = new JSONObject();
        Json.put(wrapper, "savedAt", nowMillis);
        Json.put(wrapper, "body", json);
        store.applyPage(
                Collections.singletonList(new StoredRecord(PREFIX + kind, key, caseId, wrapper.toString())),
                store.cursor());
    }

    /**
     * Snapshot kinds that are lists across cases (elements name their {@code caseId}): the mentor's
     * mentees and open alerts, the officer's overdue list. A removed case is cut out of them.
     */
    static final String[] CASE_LISTS = {"MENTOR_MENTEES", "MENTOR_ALERTS", "OVERDUE"};

    /**
     * Rewrites the list copies without a case that left the phone (its removal is stored), keeping
     * when each was read: the person's name and number do not stay on the phone in an old list.
     */
    public void dropRemovedCaseFromLists() {
        for (String kind : CASE_LISTS) {
            for (StoredRecord r : store.records(PREFIX + kind)) {
                JSONObject wrapper = Json.parse(r.json);
                String body = Json.string(wrapper, "body");
                String kept = RemovedCases.withoutRemoved(store, body);
                if (kept != null && !kept.equals(body)) {
                    save(kind, r.id, r.caseId, kept, Json.longValue(wrapper, "savedAt", 0L));
                }
            }
        }
    }

    /** The last copy, or null when none was ever read on this phone (since sign-in). */
    public Snapshot load(String kind, String key) {
        StoredRecord r = store.record(PREFIX + kind, key);
        if (r == null) {
            return null;
        }
        JSONObject wrapper = Json.parse(r.json);
        // A list across cases read before one of them left the phone: as if read after.
        return new Snapshot(
                RemovedCases.withoutRemoved(store, Json.string(wrapper, "body")),
                Json.longValue(wrapper, "savedAt", 0L));
    }
}
