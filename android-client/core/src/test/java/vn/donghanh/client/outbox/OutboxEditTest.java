package vn.donghanh.client.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import org.json.JSONObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.support.Fixtures;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;

/** Bad input from the phone: kept with the server's reason, editable or discardable, never blocking. */
class OutboxEditTest {
    private static final String CASE = "/api/v1/cases/" + Fixtures.CASE_ID;
    private static final String REFUSAL = "{\"type\":\"https://donghanh.vn/problems/invalid-request\","
            + "\"title\":\"Bad Request\",\"status\":400,\"detail\":\"summary: must not be blank\","
            + "\"errors\":[{\"field\":\"summary\",\"message\":\"must not be blank\"}]}";

    private final ManualClock clock = new ManualClock(1_795_480_200_000L);
    private ScriptedServer server;
    private DongHanhClient client;

    @BeforeEach
    void setUp() {
        server = new ScriptedServer();
        client = Fixtures.personClient(server, clock);
    }

    @Test
    void aRefusedItemNeverBlocksTheRestOfTheOutbox() {
        String message = client.outbox().queueMessage(Fixtures.CASE_ID, "acc-mentor", "Chiều nay anh rảnh không?");
        String contact = client.outbox()
                .queueContact(
                        Fixtures.CASE_ID, "HOME_VISIT", clock.nowMillis(), " ", Collections.<String>emptyList(), false);
        String help = client.outbox().queueHelpRequest(Fixtures.CASE_ID, "CRAVING", null);
        String checkin = client.outbox().queueCheckin(Fixtures.CASE_ID, 4, 2, null);
        server.on("POST " + CASE + "/messages", 201, "{}")
                .on("POST " + CASE + "/contacts", 400, REFUSAL)
                .on("POST " + CASE + "/help-requests", 201, "{}")
                .on("POST " + CASE + "/checkins", 201, "{}");

        FlushResult first = client.flusher().flush(false);

        assertEquals(3, first.sent, "the items before and after the refused one are all sent");
        assertEquals(1, first.failedPermanently);
        assertFalse(first.interrupted);
        assertEquals(4, server.requests.size());
        assertEquals(1, client.outbox().unsent().size());
        assertEquals(contact, client.outbox().unsent().get(0).id);

        // Later items queued behind the refused one go out too, on every later flush.
        String later = client.outbox().queueCheckin(Fixtures.CASE_ID, 5, 0, "tối nay");
        server.on("POST " + CASE + "/checkins", 201, "{}");
        FlushResult second = client.flusher().flush(false);
        assertEquals(1, second.sent);
        assertEquals(5, server.requests.size(), "the refused item is not sent again by itself");
        assertTrue(server.requests.get(4).body.contains(later));
        assertEquals(1, client.outbox().failedCount());
        assertEquals(0, client.outbox().pendingCount());
        assertFalse(client.outbox().isUnsent(message));
        assertFalse(client.outbox().isUnsent(help));
        assertFalse(client.outbox().isUnsent(checkin));
    }

    @Test
    void theServersDetailIsKeptAsTheReasonInPlainWords() {
        client.outbox()
                .queueContact(
                        Fixtures.CASE_ID, "HOME_VISIT", clock.nowMillis(), " ", Collections.<String>emptyList(), false);
        server.on("POST " + CASE + "/contacts", 400, REFUSAL);

        client.flusher().flush(false);

        OutboxOperation failed = client.outbox().unsent().get(0);
        assertEquals(OutboxOperation.State.FAILED, failed.state);
        assertEquals("summary: must not be blank", failed.lastError);
        assertEquals(400, failed.lastStatus);
    }

    @Test
    void withoutADetailTheTitleAndStatusAreKeptNeverTheTypeUri() {
        client.outbox().queueCheckin(Fixtures.CASE_ID, null, null, null);
        server.on(
                "POST " + CASE + "/checkins",
                409,
                "{\"type\":\"https://donghanh.vn/problems/conflict\",\"title\":\"Conflict\"}");

        client.flusher().flush(false);

        assertEquals("Conflict (409)", client.outbox().unsent().get(0).lastError);
    }

    @Test
    void editingARefusedItemQueuesItAgainInItsPlaceWithTheSameClientId() {
        String contact = client.outbox()
                .queueContact(Fixtures.CASE_ID, "HOME_VISIT", clock.nowMillis(), " ", Arrays.asList("HEALTH"), true);
        server.on("POST " + CASE + "/contacts", 400, REFUSAL);
        client.flusher().flush(false);
        String after = client.outbox().queueCheckin(Fixtures.CASE_ID, 3, null, null);
        clock.advance(60_000);

        assertTrue(client.outbox().editText(contact, "  Thăm nhà, anh An khỏe  "));

        OutboxOperation edited = client.outbox().unsent().get(0);
        assertEquals(contact, edited.id, "kept its place in the queue");
        assertEquals(OutboxOperation.State.PENDING, edited.state);
        assertEquals(0, edited.attempts);
        assertNull(edited.lastError);
        JSONObject body = edited.bodyJson();
        assertEquals("Thăm nhà, anh An khỏe", body.getString("summary"));
        assertEquals(contact, body.getString("id"), "the server still sees one record");
        assertEquals("HEALTH", body.getJSONArray("concerns").getString(0), "the rest of the body is untouched");
        assertTrue(body.getBoolean("followUpNeeded"));
        assertEquals(after, client.outbox().unsent().get(1).id);

        server.on("POST " + CASE + "/contacts", 201, "{}").on("POST " + CASE + "/checkins", 201, "{}");
        assertEquals(2, client.flusher().flush(false).sent);
        assertEquals(0, client.outbox().unsent().size());
    }

    @Test
    void editWithAWholeBodyKeepsTheItemsId() {
        String id = client.outbox().queueMessage(Fixtures.CASE_ID, "acc-mentor", "x");
        JSONObject body = new JSONObject()
                .put("recipientId", "acc-mentor")
                .put("body", "Xin chào")
                .put("id", "other");

        assertTrue(client.outbox().edit(id, body));

        assertEquals(id, client.outbox().find(id).bodyJson().getString("id"));
        assertEquals("Xin chào", client.outbox().find(id).bodyJson().getString("body"));
    }

    @Test
    void eachKindEditsItsOwnTextAndABlankNoteIsDropped() {
        String message = client.outbox().queueMessage(Fixtures.CASE_ID, "acc-mentor", "a");
        String help = client.outbox().queueHelpRequest(Fixtures.CASE_ID, "OTHER", "cũ");
        String checkin = client.outbox().queueCheckin(Fixtures.CASE_ID, 4, null, null);
        String ack = client.outbox().queueReminderAcknowledgement(Fixtures.CASE_ID, "rem-1", "COMING");

        assertTrue(client.outbox().editText(message, "Em đến muộn 10 phút"));
        assertTrue(client.outbox().editText(help, " "));
        assertTrue(client.outbox().editText(checkin, "Ngủ ngon"));
        assertFalse(client.outbox().editText(ack, "x"), "an acknowledgement has no text to edit");

        assertEquals(
                "Em đến muộn 10 phút", client.outbox().find(message).bodyJson().getString("body"));
        assertFalse(client.outbox().find(help).bodyJson().has("note"));
        assertEquals("Ngủ ngon", client.outbox().find(checkin).bodyJson().getString("note"));
        assertEquals("", OutboxTexts.text(client.outbox().find(help)));
        assertNull(OutboxTexts.text(client.outbox().find(ack)));
    }

    @Test
    void anotherAccountsItemCannotBeEdited() {
        OutboxOperation foreign = OutboxOperation.create(
                "foreign-1",
                OutboxKind.MESSAGE,
                Fixtures.CASE_ID,
                CASE + "/messages",
                new JSONObject().put("body", "của người khác"),
                clock.nowMillis(),
                "acc-someone-else");
        client.outbox().store().add(foreign);

        assertFalse(client.outbox().editText("foreign-1", "sửa"));
        assertNull(client.outbox().find("foreign-1"));
        assertEquals(
                "của người khác",
                client.outbox().store().list().get(0).bodyJson().getString("body"));
    }
}
