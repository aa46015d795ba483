package vn.donghanh.app.testing;

import java.util.Arrays;
import java.util.List;
import org.robolectric.RuntimeEnvironment;
import vn.donghanh.app.DongHanhApp;
import vn.donghanh.app.storage.LocalDatabase;
import vn.donghanh.app.storage.PrivatePrefsSessionStore;
import vn.donghanh.app.storage.SqliteOutboxStore;
import vn.donghanh.app.storage.SqliteSyncStore;
import vn.donghanh.client.model.Account;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.model.Session;
import vn.donghanh.client.outbox.OutboxOperation;
import vn.donghanh.client.store.StoredRecord;
import vn.donghanh.client.time.Rfc3339;

/**
 * The phone under test: the real app object graph on Robolectric's real SQLite and preferences,
 * with the network replaced by a {@link FakeBackend}, everything run in order on the test thread,
 * and the clock fixed at {@link #NOW} (Monday 2026-11-23, 08:00 in Vietnam).
 */
public final class TestPhone {
    public static final long NOW = Rfc3339.parse("2026-11-23T08:00:00+07:00");
    public static final String CASE_ID = "11111111-1111-1111-1111-111111111111";
    public static final String OTHER_CASE_ID = "22222222-2222-2222-2222-222222222222";
    public static final String MENTOR_ACCOUNT_ID = "33333333-3333-3333-3333-333333333333";
    public static final String PERSON_ACCOUNT_ID = "44444444-4444-4444-4444-444444444444";

    public final DongHanhApp app = (DongHanhApp) RuntimeEnvironment.getApplication();
    public final FakeBackend backend = new FakeBackend();

    public TestPhone() {
        app.replaceForTests(backend, Runnable::run, Runnable::run, () -> NOW);
    }

    public TestPhone signedInAs(Role role, String displayName, String caseId) {
        String accountId = role == Role.PERSON ? PERSON_ACCOUNT_ID : MENTOR_ACCOUNT_ID;
        new PrivatePrefsSessionStore(app)
                .save(new Session(
                        "access-token",
                        "refresh-token",
                        NOW + 3_600_000L,
                        new Account(accountId, role, displayName, "unit-tan-thinh", caseId, null)));
        return this;
    }

    /** As if an earlier sync had stored these records. */
    public TestPhone synced(StoredRecord... records) {
        new SqliteSyncStore(app.database()).applyPage(Arrays.asList(records), "cursor-before");
        return this;
    }

    public Session session() {
        return new PrivatePrefsSessionStore(app).load();
    }

    /** The outbox read through a second, fresh SQLiteOpenHelper: what is really on disk. */
    public List<OutboxOperation> outboxOnDisk() {
        LocalDatabase second = new LocalDatabase(app);
        try {
            return new SqliteOutboxStore(second).list();
        } finally {
            second.close();
        }
    }
}
