package vn.donghanh.app.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import android.content.Context;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONObject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import vn.donghanh.client.outbox.OutboxKind;
import vn.donghanh.client.outbox.OutboxOperation;

/** The outbox on Robolectric's real SQLite. */
@RunWith(RobolectricTestRunner.class)
public class SqliteOutboxStoreTest {
    private final Context context = RuntimeEnvironment.getApplication();
    private final LocalDatabase inMemory = new LocalDatabase(context, null);

    @After
    public void close() {
        inMemory.close();
    }

    @Test
    public void queuedOperationsSurviveClosingAndReopeningTheDatabase() throws Exception {
        LocalDatabase first = new LocalDatabase(context);
        SqliteOutboxStore before = new SqliteOutboxStore(first);
        before.add(checkin("op-1", "{\"mood\":4}"));
        before.add(checkin("op-2", "{\"mood\":2}"));
        first.close();

        LocalDatabase second = new LocalDatabase(context);
        List<OutboxOperation> after = new SqliteOutboxStore(second).list();
        second.close();

        assertEquals(2, after.size());
        assertEquals("op-1", after.get(0).id);
        assertEquals(OutboxKind.CHECKIN, after.get(0).kind);
        assertEquals("case-1", after.get(0).caseId);
        assertEquals("/api/v1/cases/case-1/checkins", after.get(0).path);
        assertEquals(4, after.get(0).bodyJson().getInt("mood"));
        assertEquals("op-2", after.get(1).id);
    }

    @Test
    public void updateKeepsThePlaceInTheQueueAndStoresTheNewState() throws Exception {
        SqliteOutboxStore store = new SqliteOutboxStore(inMemory);
        store.add(checkin("op-1", "{}"));
        store.add(checkin("op-2", "{}"));

        store.update(store.list().get(0).failed("400 Bad Request", 400));

        List<OutboxOperation> ops = store.list();
        assertEquals(ids("op-1", "op-2"), idsOf(ops));
        assertEquals(OutboxOperation.State.FAILED, ops.get(0).state);
        assertEquals(400, ops.get(0).lastStatus);
        assertEquals(1, ops.get(0).attempts);
        assertEquals("400 Bad Request", ops.get(0).lastError);
    }

    @Test
    public void addingAnExistingIdReplacesItInPlaceAndRemoveDeletes() throws Exception {
        SqliteOutboxStore store = new SqliteOutboxStore(inMemory);
        store.add(checkin("op-1", "{\"mood\":1}"));
        store.add(checkin("op-2", "{}"));
        store.add(checkin("op-1", "{\"mood\":5}"));

        assertEquals(ids("op-1", "op-2"), idsOf(store.list()));
        assertEquals(5, store.list().get(0).bodyJson().getInt("mood"));

        store.remove("op-1");
        assertEquals(ids("op-2"), idsOf(store.list()));
    }

    @Test
    public void theOwnerRoundTripsAndOwnerlessStaysOwnerless() throws Exception {
        SqliteOutboxStore store = new SqliteOutboxStore(inMemory);
        store.add(checkin("op-1", "{}"));
        store.add(new OutboxOperation(
                "op-2",
                OutboxKind.CHECKIN,
                "case-1",
                "/api/v1/cases/case-1/checkins",
                "{}",
                1_000L,
                0,
                1_000L,
                null,
                OutboxOperation.State.PENDING,
                0,
                null));

        store.update(store.list().get(0).retryLater(9_000L, "network", 0));

        assertEquals("account-a", store.list().get(0).accountId);
        assertEquals(1, store.list().get(0).attempts);
        assertNull(store.list().get(1).accountId);
    }

    private static OutboxOperation checkin(String id, String body) throws Exception {
        return OutboxOperation.create(
                id,
                OutboxKind.CHECKIN,
                "case-1",
                "/api/v1/cases/case-1/checkins",
                new JSONObject(body),
                1_000L,
                "account-a");
    }

    private static List<String> ids(String... ids) {
        return List.of(ids);
    }

    private static List<String> idsOf(List<OutboxOperation> ops) {
        List<String> out = new ArrayList<>();
        for (OutboxOperation op : ops) {
            out.add(op.id);
        }
        return out;
    }
}
