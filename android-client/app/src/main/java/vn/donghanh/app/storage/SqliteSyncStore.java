package vn.donghanh.app.storage;

import android.content.ContentValues;
import android.database.Cursor;
import android.database.sqlite.SQLiteDatabase;
import android.database.sqlite.SQLiteOpenHelper;
import java.util.ArrayList;
import java.util.List;
import vn.donghanh.client.store.StoredRecord;
import vn.donghanh.client.store.SyncStore;

/** Core's local copy of the sync feed in {@code synced_record}, its cursor in {@code sync_cursor}. */
public final class SqliteSyncStore implements SyncStore {
    private final SQLiteOpenHelper database;

    public SqliteSyncStore(SQLiteOpenHelper database) {
        this.database = database;
    }

    @Override
    public synchronized String cursor() {
        try (Cursor c = database.getReadableDatabase()
                .query("sync_cursor", new String[] {"cursor"}, null, null, null, null, null)) {
            return c.moveToFirst() ? c.getString(0) : null;
        }
    }

    @Override
    public synchronized void applyPage(List<StoredRecord> records, String cursor) {
        SQLiteDatabase db = database.getWritableDatabase();
        db.beginTransaction();
        try {
            for (StoredRecord r : records) {
                if (REMOVED.equals(r.type)) {
                    if (r.caseId != null) {
                        db.delete("synced_record", "case_id = ?", new String[] {r.caseId});
                    }
                    continue;
                }
                ContentValues v = new ContentValues();
                v.put("type", r.type);
                v.put("id", r.id);
                v.put("case_id", r.caseId);
                v.put("json", r.json);
                db.insertWithOnConflict("synced_record", null, v, SQLiteDatabase.CONFLICT_REPLACE);
            }
            ContentValues c = new ContentValues();
            c.put("singleton", 1);
            c.put("cursor", cursor);
            db.insertWithOnConflict("sync_cursor", null, c, SQLiteDatabase.CONFLICT_REPLACE);
            db.setTransactionSuccessful();
        } finally {
            db.endTransaction();
        }
    }

    @Override
    public synchronized List<StoredRecord> records(String type) {
        return query("type = ?", new String[] {type});
    }

    @Override
    public synchronized StoredRecord record(String type, String id) {
        List<StoredRecord> found = query("type = ? AND id = ?", new String[] {type, id});
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public synchronized void clear() {
        SQLiteDatabase db = database.getWritableDatabase();
        db.beginTransaction();
        try {
            db.delete("synced_record", null, null);
            db.delete("sync_cursor", null, null);
            db.setTransactionSuccessful();
        } finally {
            db.endTransaction();
        }
    }

    private List<StoredRecord> query(String where, String[] args) {
        List<StoredRecord> out = new ArrayList<>();
        try (Cursor c = database.getReadableDatabase()
                .query(
                        "synced_record",
                        new String[] {"type", "id", "case_id", "json"},
                        where,
                        args,
                        null,
                        null,
                        null)) {
            while (c.moveToNext()) {
                out.add(new StoredRecord(c.getString(0), c.getString(1), c.getString(2), c.getString(3)));
            }
        }
        return out;
    }
}
