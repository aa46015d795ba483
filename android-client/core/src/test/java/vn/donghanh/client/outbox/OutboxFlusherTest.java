package vn.donghanh.client.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.http.HttpRequest;
import vn.donghanh.client.support.Fixtures;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;

class OutboxFlusherTest {
    private static final String CHECKINS = "POST /api/v1/cases/" + Fixtures.CASE_ID + "/checkins";
    private static final String CONTACTS = "POST /api/v1/cases/" + Fixtures.CASE_ID + "/contacts";

    private final ManualClock clock = new ManualClock(1_795_480_200_000L);
    private ScriptedServer server;
    private DongHanhClient client;

    @BeforeEach
    void setUp() {
        server = new ScriptedServer();
        client = Fixtures.personClient(server, clock);
    }

    @Test
    void sendsInOrderWithTheClientIdInTheBodyAndEmptiesTheQueue() {
        String first = client.outbox().queueCheckin(Fixtures.CASE_ID, 4, 2, "Hôm nay tôi ổn, cảm ơn chị");
        String second = client.outbox()
                .queueContact(
                        Fixtures.CASE_ID, "HOME_VISIT", clock.nowMillis(), "Thăm nhà", Arrays.asList("HEALTH"), false);
        server.on(CHECKINS, 201, "{}").on(CONTACTS, 201, "{}");

        FlushResult result = client.flusher().flush(false);

        assertEquals(2, result.sent);
        assertEquals(0, client.outbox().pendingCount());
        assertEquals(2, server.requests.size());
        JSONObject body = new JSONObject(server.requests.get(0).body);
        assertEquals(first, body.getString("id"));
        assertEquals("SELF", body.getString("kind"));
        assertEquals("Hôm nay tôi ổn, cảm ơn chị", body.getString("note"));
        assertEquals("Bearer access-1", server.requests.get(0).headers.get("Authorization"));
        assertEquals(
                "application/json; charset=utf-8",
                server.requests.get(0).headers.get("Content-Type"));
        assertEquals(second, new JSONObject(server.requests.get(1).body).getString("id"));
    }

    @Test
    void aNetworkErrorStopsTheFlushAndBacksOffWithoutReordering() {
        String first = client.outbox().queueCheckin(Fixtures.CASE_ID, null, null, null);
        String second = client.outbox().queueCheckin(Fixtures.CASE_ID, null, null, null);
        server.on(CHECKINS, new IOException("no route"));

        FlushResult result = client.flusher().flush(false);

        assertTrue(result.interrupted);
        assertEquals(1, server.requests.size(), "the second item must not overtake the first");
        List<OutboxOperation> queue = client.outbox().unsent();
        assertEquals(first, queue.get(0).id);
        assertEquals(second, queue.get(1).id);
        assertEquals(1, queue.get(0).attempts);
        long wait = queue.get(0).nextAttemptAtMillis - clock.nowMillis();
        assertTrue(wait >= 500 && wait <= 1_000, "first backoff within [base/2, base]: " + wait);
        assertTrue(queue.get(0).lastError.contains("no route"));

        client.flusher().flush(false);
        assertEquals(1, server.requests.size(), "still backing off: nothing sent");

        clock.advance(1_000);
        server.on(CHECKINS, 201, "{}").on(CHECKINS, 201, "{}");
        assertEquals(2, client.flusher().flush(false).sent);
        assertEquals(first, new JSONObject(server.requests.get(1).body).getString("id"), "retried with the same id");
    }

    @Test
    void honoursRetryAfterOn429And5xx() {
        client.outbox().queueCheckin(Fixtures.CASE_ID, null, null, null);
        server.on(CHECKINS, ScriptedServer.withHeader(503, "Retry-After", "120"));

        client.flusher().flush(false);

        OutboxOperation op = client.outbox().unsent().get(0);
        assertEquals(OutboxOperation.State.PENDING, op.state);
        assertTrue(op.nextAttemptAtMillis - clock.nowMillis() >= 120_000);
        assertEquals(503, op.lastStatus);
    }

    @Test
    void aPermanent4xxIsKeptVisibleAsFailedAndTheRestGoesOn() {
        String bad = client.outbox().queueCheckin(Fixtures.CASE_ID, 9, null, null);
        client.outbox().queueCheckin(Fixtures.CASE_ID, 3, null, null);
        server.on(CHECKINS, 400, "{\"type\":\"https://donghanh.vn/problems/validation\",\"title\":\"Invalid\"}")
                .on(CHECKINS, 201, "{}");

        FlushResult result = client.flusher().flush(false);

        assertEquals(1, result.sent);
        assertEquals(1, result.failedPermanently);
        assertEquals(1, client.outbox().failedCount());
        assertEquals(0, client.outbox().pendingCount());
        OutboxOperation failed = client.outbox().unsent().get(0);
        assertEquals(bad, failed.id);
        assertEquals(400, failed.lastStatus);

        client.flusher().flush(true);
        assertEquals(2, server.requests.size(), "a failed item is not resent by itself");

        client.outbox().retry(bad);
        assertEquals(1, client.outbox().pendingCount());
    }

    @Test
    void a401RefreshesOnceAndRetries() {
        client.outbox().queueCheckin(Fixtures.CASE_ID, null, null, null);
        server.on(CHECKINS, 401, "")
                .on("POST /api/v1/auth/refresh", 200, Fixtures.tokens("access-2", "refresh-2"))
                .on(CHECKINS, 201, "{}");

        assertEquals(1, client.flusher().flush(false).sent);

        List<HttpRequest> refreshes = server.requestsTo("/auth/refresh");
        assertEquals(1, refreshes.size());
        assertEquals("refresh-1", new JSONObject(refreshes.get(0).body).getString("refreshToken"));
        assertEquals("Bearer access-2", server.requests.get(2).headers.get("Authorization"));
        assertEquals("refresh-2", client.auth().current().refreshToken);
    }

    @Test
    void aRefusedRefreshKeepsTheQueueForTheNextSignIn() throws Exception {
        client.outbox().queueCheckin(Fixtures.CASE_ID, null, null, null);
        server.on(CHECKINS, 401, "").on("POST /api/v1/auth/refresh", 401, "");

        FlushResult result = client.flusher().flush(false);

        assertTrue(result.needsSignIn);
        assertNull(client.auth().current());
        assertEquals(0, client.outbox().pendingCount(), "nobody is signed in: nobody's unsent count");

        server.on("POST /api/v1/auth/person-login", 200, Fixtures.tokens("access-2", "refresh-2"));
        client.auth().personLogin("0912000001", "246810");
        assertEquals(1, client.outbox().pendingCount(), "back for its owner");
        assertEquals(0, client.outbox().unsent().get(0).attempts, "not counted as a failed attempt");
        assertFalse(client.outbox().unsent().get(0).state == OutboxOperation.State.FAILED);
    }

    @Test
    void aSecondAnswerToTheSameReminderReplacesTheFirst() {
        client.outbox().queueReminderAcknowledgement(Fixtures.CASE_ID, "rem-1", "COMING");
        client.outbox().queueReminderAcknowledgement(Fixtures.CASE_ID, "rem-1", "DONE");

        assertEquals(1, client.outbox().pendingCount());
        assertEquals("DONE", client.outbox().unsent().get(0).bodyJson().getString("response"));
    }
}
