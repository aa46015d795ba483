package vn.donghanh.client.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** For tests and tools; the app keeps synced records in SQLite. */
public final class InMemorySyncStore implements SyncStore {
    private final Map<String, StoredRecord> records = new LinkedHashMap<>();
    private String cursor;

    @Override
    public synchronized String cursor() {
        return cursor;
    }

    @Override
    public synchronized void applyPage(List<StoredRecord> page, String newCursor) {
        for (StoredRecord r : page) {
            if (REMOVED.equals(r.type)) {
                records.values().removeIf(kept -> r.caseId != null && r.caseId.equals(kept.caseId));
            } else {
                records.put(key(r.type, r.id), r);
            }
        }
        cursor = newCursor;
    }

    @Override
    public synchronized List<StoredRecord> records(String type) {
        List<StoredRecord> out = new ArrayList<>();
        for (StoredRecord r : records.values()) {
            if (r.type.equals(type)) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public synchronized StoredRecord record(String type, String id) {
        return records.get(key(type, id));
    }

    @Override
    public synchronized void clear() {
        records.clear();
        cursor = null;
    }

    private static String key(String type, String id) {
        return type + "/" + id;
    }
}
