package vn.donghanh.app.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import android.content.ContentValues;
import android.content.Context;
import android.database.sqlite.SQLiteDatabase;
import java.io.File;
import java.util.List;
import org.json.JSONObject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import vn.donghanh.client.outbox.OutboxKind;
import vn.donghanh.client.outbox.OutboxOperation;

/**
 * A phone updated from an app with schema version 1 (no outbox owner): what was waiting to be sent
 * is still there after the upgrade, owner-less, and the new column works.
 */
@RunWith(RobolectricTestRunner.class)
public class LocalDatabaseUpgradeTest {
    private static final String NAME = "upgrade-from-v1.db";
    private final Context context = RuntimeEnvironment.getApplication();

    @After
    public void deleteTheFile() {
        context.deleteDatabase(NAME);
    }

    @Test
    public void upgradingFromVersion1KeepsTheQueuedRowsAndAddsTheOwnerColumn() throws Exception {
        createVersion1WithOneQueuedCheckin();

        LocalDatabase upgraded = new LocalDatabase(context, NAME);
        try {
            assertEquals(LocalDatabase.VERSION, upgraded.getReadableDatabase().getVersion());
            SqliteOutboxStore store = new SqliteOutboxStore(upgraded);
            List<OutboxOperation> kept = store.list();
            assertEquals(1, kept.size());
            OutboxOperation old = kept.get(0);
            assertEquals("op-v1", old.id);
            assertEquals(OutboxKind.CHECKIN, old.kind);
            assertEquals("case-1", old.caseId);
            assertEquals("Tôi ổn", old.bodyJson().getString("note"));
            assertEquals(2, old.attempts);
            assertNull("stored before owners were recorded", old.accountId);

            store.add(OutboxOperation.create(
                    "op-v2",
                    OutboxKind.MESSAGE,
                    "case-1",
                    "/api/v1/cases/case-1/messages",
                    new JSONObject(),
                    2_000L,
                    "account-a"));
            assertEquals("account-a", store.list().get(1).accountId);
            assertEquals("op-v1", store.list().get(0).id);
        } finally {
            upgraded.close();
        }
    }

    /** The schema as the version-1 app created it, written by hand. */
    private void createVersion1WithOneQueuedCheckin() {
        File file = context.getDatabasePath(NAME);
        file.getParentFile().mkdirs();
        SQLiteDatabase db = SQLiteDatabase.openOrCreateDatabase(file, null);
        try {
            db.execSQL("CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,"
                    + " kind TEXT NOT NULL, case_id TEXT, path TEXT NOT NULL, body TEXT NOT NULL,"
                    + " created_at INTEGER NOT NULL, attempts INTEGER NOT NULL, next_attempt_at INTEGER NOT NULL,"
                    + " last_error TEXT, state TEXT NOT NULL, last_status INTEGER NOT NULL)");
            db.execSQL("CREATE TABLE synced_record (type TEXT NOT NULL, id TEXT NOT NULL, case_id TEXT,"
                    + " json TEXT NOT NULL, PRIMARY KEY (type, id))");
            db.execSQL("CREATE TABLE sync_cursor (singleton INTEGER PRIMARY KEY CHECK (singleton = 1), cursor TEXT)");
            AlarmTable.create(db, AlarmTable.SCHEDULED);
            AlarmTable.create(db, AlarmTable.PENDING_ACKNOWLEDGEMENT);
            ContentValues row = new ContentValues();
            row.put("id", "op-v1");
            row.put("kind", "CHECKIN");
            row.put("case_id", "case-1");
            row.put("path", "/api/v1/cases/case-1/checkins");
            row.put("body", "{\"id\":\"op-v1\",\"kind\":\"SELF\",\"note\":\"Tôi ổn\"}");
            row.put("created_at", 1_000L);
            row.put("attempts", 2);
            row.put("next_attempt_at", 5_000L);
            row.put("state", "PENDING");
            row.put("last_status", 0);
            db.insertOrThrow("outbox", null, row);
            db.setVersion(1);
        } finally {
            db.close();
        }
    }
}
