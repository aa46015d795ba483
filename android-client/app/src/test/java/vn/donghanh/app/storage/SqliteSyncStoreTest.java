package vn.donghanh.app.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.List;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import vn.donghanh.client.store.StoredRecord;
import vn.donghanh.client.store.SyncStore;

@RunWith(RobolectricTestRunner.class)
public class SqliteSyncStoreTest {
    private final LocalDatabase database = new LocalDatabase(RuntimeEnvironment.getApplication());

    @After
    public void close() {
        database.close();
    }

    @Test
    public void aPageUpsertsByTypeAndIdAndMovesTheCursor() {
        SqliteSyncStore store = new SqliteSyncStore(database);
        assertNull(store.cursor());

        store.applyPage(
                List.of(
                        new StoredRecord("APPOINTMENT", "a1", "c1", "{\"v\":1}"),
                        new StoredRecord("CASE", "a1", "c1", "{\"case\":true}")),
                "cursor-1");
        store.applyPage(List.of(new StoredRecord("APPOINTMENT", "a1", "c1", "{\"v\":2}")), "cursor-2");

        assertEquals("cursor-2", store.cursor());
        assertEquals(1, store.records("APPOINTMENT").size());
        assertEquals("{\"v\":2}", store.record("APPOINTMENT", "a1").json);
        assertEquals("{\"case\":true}", store.record("CASE", "a1").json);
        assertNull(store.record("APPOINTMENT", "missing"));
    }

    @Test
    public void aRemovedCaseTakesAllItsRecordsWithItInPageOrderAndOnlyThose() {
        SqliteSyncStore store = new SqliteSyncStore(database);
        store.applyPage(
                List.of(
                        new StoredRecord("CASE", "c1", "c1", "{}"),
                        new StoredRecord("CHECKIN", "k1", "c1", "{}"),
                        new StoredRecord("SNAPSHOT_TIMELINE", "c1", "c1", "{}"),
                        new StoredRecord("CASE", "c2", "c2", "{}")),
                "cursor-1");

        store.applyPage(
                List.of(
                        new StoredRecord("CHECKIN", "k2", "c1", "{\"before\":true}"),
                        new StoredRecord(SyncStore.REMOVED, "c1", "c1", "{}"),
                        new StoredRecord("CASE", "c1", "c1", "{\"back\":true}")),
                "cursor-2");

        assertEquals("cursor-2", store.cursor());
        assertNull("removed with its case", store.record("CHECKIN", "k1"));
        assertNull("even when it came earlier in the same page", store.record("CHECKIN", "k2"));
        assertNull(store.record("SNAPSHOT_TIMELINE", "c1"));
        assertNull("the removal itself is not kept", store.record(SyncStore.REMOVED, "c1"));
        assertEquals("what came after it is kept", "{\"back\":true}", store.record("CASE", "c1").json);
        assertEquals(
                "another case is untouched",
                1,
                store.records("CASE").stream().filter(r -> r.id.equals("c2")).count());
    }

    @Test
    public void clearForgetsRecordsAndCursor() {
        SqliteSyncStore store = new SqliteSyncStore(database);
        store.applyPage(List.of(new StoredRecord("CASE", "c1", "c1", "{}")), "cursor-1");

        store.clear();

        assertNull(store.cursor());
        assertEquals(0, store.records("CASE").size());
    }
}
