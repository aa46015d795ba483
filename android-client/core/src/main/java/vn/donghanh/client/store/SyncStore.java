package vn.donghanh.client.store;

import java.util.List;

/**
 * The local copy of what the sync feed delivered, keyed by (type, id), and the feed's cursor
 * (app: a SQLite table plus one row for the cursor). Implementations must be thread-safe.
 */
public interface SyncStore {
    /** The cursor of the last applied page, or null to start from the beginning. */
    String cursor();

    /** The type of a page entry that is not a record: forget every record of its {@code caseId}. */
    String REMOVED = "REMOVED";

    /**
     * Applies the records in order and stores the cursor in one transaction: after a crash either
     * the whole page and its cursor are there or neither is. A record is upserted by (type, id); an
     * entry of type {@link #REMOVED} instead deletes every stored record whose {@code caseId} is
     * its {@code caseId} (a case that left the user's scope), and is not stored itself.
     */
    void applyPage(List<StoredRecord> records, String cursor);

    /** Every record of a type, in no particular order. */
    List<StoredRecord> records(String type);

    /** The record, or null. */
    StoredRecord record(String type, String id);

    /** Forgets everything, cursor included (on sign-out). */
    void clear();
}
