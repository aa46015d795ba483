package vn.donghanh.client.store;

import java.util.List;

/**
 * The local copy of what the sync feed delivered, keyed by (type, id), and the feed's cursor
 * (app: a SQLite table plus one row for the cursor). Implementations must be thread-safe.
 */
public interface SyncStore {
    /** The cursor of the last applied page, or null to start from the beginning. */
    String cursor();

    /**
     * Upserts the records by (type, id) and stores the cursor in one transaction: after a crash
     * either the whole page and its cursor are there or neither is.
     */
    void applyPage(List<StoredRecord> records, String cursor);

    /** Every record of a type, in no particular order. */
    List<StoredRecord> records(String type);

    /** The record, or null. */
    StoredRecord record(String type, String id);

    /** Forgets everything, cursor included (on sign-out). */
    void clear();
}
