package vn.donghanh.app.storage;

import android.content.Context;
import android.database.sqlite.SQLiteDatabase;
import android.database.sqlite.SQLiteOpenHelper;

/**
 * The app's one SQLite database: the outbox (what was created on the phone and not yet accepted
 * by the server), the local copy of the sync feed and the reminder alarms that are set. Everything the user creates is written here
 * before anything else happens, so killing the app loses nothing.
 */
public final class LocalDatabase extends SQLiteOpenHelper {
    public static final String NAME = "dong_hanh.db";
    /** 2: outbox.account_id, the author of each queued item (a phone may be shared). */
    static final int VERSION = 2;

    public LocalDatabase(Context context) {
        this(context, NAME);
    }

    /** A null name gives an in-memory database (tests of one store in isolation). */
    public LocalDatabase(Context context, String name) {
        super(context.getApplicationContext(), name, null, VERSION);
    }

    @Override
    public void onCreate(SQLiteDatabase db) {
        // seq keeps the order operations were added in; "replace in place" updates the row, not seq.
        db.execSQL("CREATE TABLE outbox ("
                + "seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                + "id TEXT NOT NULL UNIQUE,"
                + "kind TEXT NOT NULL,"
                + "case_id TEXT,"
                + "path TEXT NOT NULL,"
                + "body TEXT NOT NULL,"
                + "created_at INTEGER NOT NULL,"
                + "attempts INTEGER NOT NULL,"
                + "next_attempt_at INTEGER NOT NULL,"
                + "last_error TEXT,"
                + "state TEXT NOT NULL,"
                + "last_status INTEGER NOT NULL,"
                + "account_id TEXT)");
        db.execSQL("CREATE TABLE synced_record ("
                + "type TEXT NOT NULL,"
                + "id TEXT NOT NULL,"
                + "case_id TEXT,"
                + "json TEXT NOT NULL,"
                + "PRIMARY KEY (type, id))");
        // One row at most (singleton = 1): the sync feed's cursor.
        db.execSQL(
                "CREATE TABLE sync_cursor (" + "singleton INTEGER PRIMARY KEY CHECK (singleton = 1)," + "cursor TEXT)");
        AlarmTable.create(db, AlarmTable.SCHEDULED);
        AlarmTable.create(db, AlarmTable.PENDING_ACKNOWLEDGEMENT);
    }

    @Override
    public void onUpgrade(SQLiteDatabase db, int oldVersion, int newVersion) {
        // Migrations only add: the outbox holds what the user created and the server does not have yet.
        if (oldVersion < 2) {
            // Rows from version 1 keep a NULL owner: core sends them with whoever is signed in, as before.
            db.execSQL("ALTER TABLE outbox ADD COLUMN account_id TEXT");
        }
    }
}
