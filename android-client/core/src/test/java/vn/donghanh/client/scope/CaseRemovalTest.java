package vn.donghanh.client.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.donghanh.client.scope.ScopeFixtures.KEPT;
import static vn.donghanh.client.scope.ScopeFixtures.LEAVING;
import static vn.donghanh.client.scope.ScopeFixtures.appointment;
import static vn.donghanh.client.scope.ScopeFixtures.caseRecord;
import static vn.donghanh.client.scope.ScopeFixtures.page;
import static vn.donghanh.client.scope.ScopeFixtures.removed;

import java.io.IOException;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.outbox.OutboxOperation;
import vn.donghanh.client.presenter.unsent.UnsentPresenter;
import vn.donghanh.client.presenter.unsent.UnsentRow;
import vn.donghanh.client.presenter.unsent.UnsentView;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;
import vn.donghanh.client.sync.SyncResult;

/** A case that leaves the user's scope leaves the phone: records, alarms, list copies; its queue stays, unsendable. */
class CaseRemovalTest {
    private final ManualClock clock = new ManualClock(1_795_480_200_000L); // 2026-11-23 08:30 Vietnam
    private final ScriptedServer server = new ScriptedServer();
    private final ScopeFixtures phone = new ScopeFixtures();

    {
        // A person's sync also reads their reminder settings; this server has none (an older one).
        for (int i = 0; i < 10; i++) {
            server.on("GET /api/v1/cases/", 404, "{\"status\":404}");
        }
    }

    @Test
    void theRemovedCasesAlarmsAreCancelledAtOnceEvenWhenALaterPageFails() throws Exception {
        DongHanhClient client = phone.client(server, clock, "acc-person", Role.PERSON, KEPT);
        server.on(
                "GET /api/v1/sync",
                200,
                page(
                        "c1",
                        false,
                        appointment("a1", KEPT, "2026-11-26T07:30:00+07:00"),
                        appointment("a2", LEAVING, "2026-11-26T09:30:00+07:00")));
        client.syncNow(false);
        assertTrue(phone.alarms.of(LEAVING) > 0, "planned before the removal");
        int keptAlarms = phone.alarms.of(KEPT);
        assertTrue(keptAlarms > 0);

        server.on("GET /api/v1/sync", 200, page("c2", true, removed(LEAVING)))
                .on("GET /api/v1/sync", new IOException("lost after the removal page"));
        assertThrows(IOException.class, () -> client.syncNow(false));

        assertEquals(0, phone.alarms.of(LEAVING), "no re-plan ran, the removal itself cancelled them");
        assertEquals(keptAlarms, phone.alarms.of(KEPT));
        assertTrue(client.records().appointments(LEAVING).isEmpty());
    }

    @Test
    void queuedItemsOfTheRemovedCaseAreKeptMarkedNeverSentAndCanOnlyBeDiscarded() throws Exception {
        DongHanhClient client = phone.client(server, clock, "acc-mentor", Role.MENTOR, null);
        // Offline: a contact and a message for the leaving mentee, a contact for the other one.
        String contact = client.outbox()
                .queueContact(
                        LEAVING,
                        "PHONE_CALL",
                        clock.nowMillis(),
                        "Gọi điện hỏi thăm",
                        java.util.Collections.<String>emptyList(),
                        false);
        String message = client.outbox().queueMessage(LEAVING, "acc-person", "Mai anh qua nhé");
        String other = client.outbox()
                .queueContact(
                        KEPT,
                        "PHONE_CALL",
                        clock.nowMillis(),
                        "Hỏi thăm",
                        java.util.Collections.<String>emptyList(),
                        false);
        // Another account's item for the same case (a shared phone) is not this account's to mark.
        String othersItem = "someone-else";
        phone.outbox.add(OutboxOperation.create(
                othersItem,
                vn.donghanh.client.outbox.OutboxKind.CONTACT,
                LEAVING,
                "/api/v1/cases/" + LEAVING + "/contacts",
                new JSONObject(),
                clock.nowMillis(),
                "acc-other"));
        // The network is back but the flush fails before the pull, then the feed removes the case.
        server.on("POST /api/v1/cases/", new IOException("flaky"))
                .on(
                        "GET /api/v1/sync",
                        200,
                        page("c1", false, caseRecord(LEAVING, "Phạm Văn Cường"), removed(LEAVING)));

        SyncResult result = client.syncNow(true);

        assertEquals(java.util.Collections.singletonList(LEAVING), result.removedCaseIds);
        assertEquals(OutboxOperation.State.OUT_OF_SCOPE, client.outbox().find(contact).state);
        assertEquals(OutboxOperation.State.OUT_OF_SCOPE, client.outbox().find(message).state);
        assertEquals(OutboxOperation.State.PENDING, client.outbox().find(other).state);
        assertEquals(OutboxOperation.State.PENDING, stored(othersItem).state);
        assertEquals(1, client.outbox().pendingCount());
        assertEquals(2, client.outbox().failedCount(), "counted with what needs the user");
        assertEquals(2, client.outbox().outOfScopeCount());

        // Never sent again: neither by the next flushes nor by retry or edit.
        int before = server.requests.size();
        server.on("POST /api/v1/cases/" + KEPT, 201, "{}");
        client.flusher().flush(true);
        client.outbox().retry(contact);
        assertFalse(client.outbox().editText(message, "Sửa lại"));
        client.flusher().flush(true);
        List<vn.donghanh.client.http.HttpRequest> sent = server.requests.subList(before, server.requests.size());
        assertEquals(1, sent.size(), "only the kept case's contact");
        assertTrue(sent.get(0).url.contains(KEPT), sent.get(0).url);
        assertEquals(OutboxOperation.State.OUT_OF_SCOPE, client.outbox().find(contact).state);
        assertEquals("Mai anh qua nhé", client.outbox().find(message).bodyJson().getString("body"));

        client.outbox().discard(contact);
        client.outbox().discard(message);
        assertEquals(0, client.outbox().failedCount());
        assertNull(client.outbox().find(contact));
    }

    private OutboxOperation stored(String id) {
        for (OutboxOperation op : phone.outbox.list()) {
            if (op.id.equals(id)) {
                return op;
            }
        }
        return null;
    }

    @Test
    void listCopiesReadBeforeTheRemovalLeaveTheCaseOutUntilItComesBack() throws Exception {
        DongHanhClient client = phone.client(server, clock, "acc-mentor", Role.MENTOR, null);
        server.on(
                "GET /api/v1/sync",
                200,
                page("c1", false, caseRecord(KEPT, "Trần Văn Bình"), caseRecord(LEAVING, "Phạm Văn Cường")));
        client.syncNow(false);
        String mentees = "[{\"caseId\":\"" + KEPT + "\",\"fullName\":\"Trần Văn Bình\"},{\"caseId\":\"" + LEAVING
                + "\",\"fullName\":\"Phạm Văn Cường\"}]";
        client.snapshots().save("MENTOR_MENTEES", "all", null, mentees, clock.nowMillis());

        server.on("GET /api/v1/sync", 200, page("c2", false, removed(LEAVING)));
        client.syncNow(false);

        String kept = client.snapshots().load("MENTOR_MENTEES", "all").json;
        assertTrue(kept.contains(KEPT), kept);
        assertFalse(kept.contains(LEAVING), kept);
        String raw = phone.sync.records("SNAPSHOT_MENTOR_MENTEES").get(0).json;
        assertFalse(raw.contains("Phạm Văn Cường"), "the old copy itself no longer holds the person: " + raw);
        assertEquals(1, client.records().cases().size());
        assertEquals("Phạm Văn Cường", client.removedCaseName(LEAVING), "kept for the unsent list");

        // Assigned again later: the case is in the feed again, no longer marked as removed.
        server.on("GET /api/v1/sync", 200, page("c3", false, caseRecord(LEAVING, "Phạm Văn Cường")));
        client.syncNow(false);
        assertNull(client.removedCaseName(LEAVING));
        assertEquals(2, client.records().cases().size());
    }

    @Test
    void theUnsentScreenShowsSuchAnItemAsNoLongerSendableWithDiscardOnly() throws Exception {
        DongHanhClient client = phone.client(server, clock, "acc-mentor", Role.MENTOR, null);
        client.outbox().queueMessage(LEAVING, "acc-person", "Mai anh qua nhé");
        client.outbox().markOutOfScope(LEAVING);
        final List<List<UnsentRow>> shown = new java.util.ArrayList<>();
        UnsentPresenter presenter = new UnsentPresenter(
                new UnsentView() {
                    @Override
                    public void showItems(List<UnsentRow> items) {
                        shown.add(items);
                    }

                    @Override
                    public void showTextRequired() {}

                    @Override
                    public void showLoading(boolean loading) {}

                    @Override
                    public void showError(vn.donghanh.client.presenter.ErrorKind error) {}
                },
                client);

        presenter.start();

        UnsentRow row = shown.get(0).get(0);
        assertTrue(row.outOfScope);
        assertFalse(row.refused);
        assertFalse(row.canEdit(), "editing cannot make it sendable");
        assertTrue(row.canDiscard());
        assertEquals("Mai anh qua nhé", row.text);
        presenter.discard(row.id);
        assertTrue(shown.get(1).isEmpty());
    }

    @Test
    void aRemovalWithNothingOnThePhoneIsHarmless() throws Exception {
        DongHanhClient client = phone.client(server, clock, "acc-mentor", Role.MENTOR, null);
        server.on("GET /api/v1/sync", 200, page("c1", false, removed(LEAVING)));
        SyncResult result = client.syncNow(false);
        assertEquals(1, result.removedCaseIds.size());
        List<OutboxOperation> none = client.outbox().unsent();
        assertTrue(none.isEmpty());
    }
}
