package vn.donghanh.app.storage;

import android.content.ContentValues;
import android.database.Cursor;
import android.database.sqlite.SQLiteDatabase;
import android.database.sqlite.SQLiteOpenHelper;
import java.util.ArrayList;
import java.util.List;
import vn.donghanh.client.outbox.OutboxKind;
import vn.donghanh.client.outbox.OutboxOperation;
import vn.donghanh.client.store.OutboxStore;

/** Core's outbox in the {@code outbox} table; each call is committed when it returns. */
public final class SqliteOutboxStore implements OutboxStore {
    private final SQLiteOpenHelper database;

    public SqliteOutboxStore(SQLiteOpenHelper database) {
        this.database = database;
    }

    @Override
    public synchronized void add(OutboxOperation operation) {
        SQLiteDatabase db = database.getWritableDatabase();
        db.beginTransaction();
        try {
            if (db.update("outbox", values(operation), "id = ?", new String[] {operation.id}) == 0) {
                db.insertOrThrow("outbox", null, values(operation));
            }
            db.setTransactionSuccessful();
        } finally {
            db.endTransaction();
        }
    }

    @Override
    public synchronized List<OutboxOperation> list() {
        List<OutboxOperation> out = new ArrayList<>();
        try (Cursor c = database.getReadableDatabase().query("outbox", COLUMNS, null, null, null, null, "seq")) {
            while (c.moveToNext()) {
                out.add(read(c));
            }
        }
        return out;
    }

    @Override
    public synchronized void update(OutboxOperation operation) {
        database.getWritableDatabase().update("outbox", values(operation), "id = ?", new String[] {operation.id});
    }

    @Override
    public synchronized void remove(String id) {
        database.getWritableDatabase().delete("outbox", "id = ?", new String[] {id});
    }

    private static final String[] COLUMNS = {
        "id",
        "kind",
        "case_id",
        "path",
        "body",
        "created_at",
        "attempts",
        "next_attempt_at",
        "last_error",
        "state",
        "last_status",
        "account_id"
    };

    private static ContentValues values(OutboxOperation op) {
        ContentValues v = new ContentValues();
        v.put("id", op.id);
        v.put("kind", op.kind.name());
        v.put("case_id", op.caseId);
        v.put("path", op.path);
        v.put("body", op.body);
        v.put("created_at", op.createdAtMillis);
        v.put("attempts", op.attempts);
        v.put("next_attempt_at", op.nextAttemptAtMillis);
        v.put("last_error", op.lastError);
        v.put("state", op.state.name());
        v.put("last_status", op.lastStatus);
        v.put("account_id", op.accountId);
        return v;
    }

    private static OutboxOperation read(Cursor c) {
        return new OutboxOperation(
                c.getString(0),
                OutboxKind.valueOf(c.getString(1)),
                c.getString(2),
                c.getString(3),
                c.getString(4),
                c.getLong(5),
                c.getInt(6),
                c.getLong(7),
                c.getString(8),
                OutboxOperation.State.valueOf(c.getString(9)),
                c.getInt(10),
                c.getString(11));
    }
}
