package vn.donghanh.client.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.api.ApiClient;
import vn.donghanh.client.api.OtherAccountSignedInException;
import vn.donghanh.client.model.Account;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.model.Session;
import vn.donghanh.client.store.InMemoryOutboxStore;
import vn.donghanh.client.store.InMemorySessionStore;
import vn.donghanh.client.store.InMemorySyncStore;
import vn.donghanh.client.support.Fixtures;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;

/**
 * One phone, several accounts (a family phone; an officer using a mentor's phone): each outbox item
 * is sent only with its author's token, and only its author sees it as unsent. The ScriptedServer
 * fails the test on any request it was not told to expect.
 */
class SharedPhoneOutboxTest {
    private static final String CHECKINS = "POST /api/v1/cases/" + Fixtures.CASE_ID + "/checkins";
    private static final String CONTACTS = "POST /api/v1/cases/" + Fixtures.CASE_ID + "/contacts";
    private static final String PERSON = "acc-person";
    private static final String OFFICER = "acc-officer";

    private final ManualClock clock = new ManualClock(1_795_480_200_000L);
    private final ScriptedServer server = new ScriptedServer();
    private final InMemorySessionStore sessions = new InMemorySessionStore();
    private final InMemoryOutboxStore store = new InMemoryOutboxStore();
    private DongHanhClient client;

    @BeforeEach
    void setUp() {
        client = DongHanhClient.builder("http://server")
                .transport(server)
                .clock(clock)
                .sessionStore(sessions)
                .outboxStore(store)
                .syncStore(new InMemorySyncStore())
                .backoff(new Backoff(1_000, 60_000, new java.util.Random(1)))
                .build();
    }

    @Test
    void anItemIsStampedWithItsAuthorAndWaitsUntouchedWhileSomeoneElseIsSignedIn() {
        signIn(PERSON, Role.PERSON);
        String checkin = client.outbox().queueCheckin(Fixtures.CASE_ID, 4, 1, "Tôi ổn");
        assertEquals(PERSON, store.list().get(0).accountId);

        signIn(OFFICER, Role.OFFICER);
        FlushResult result = client.flusher().flush(true);

        assertEquals(0, server.requests.size(), "the person's check-in must not go out with the officer's token");
        assertEquals(0, result.sent);
        assertEquals(0, result.pending);
        OutboxOperation waiting = store.list().get(0);
        assertEquals(checkin, waiting.id);
        assertEquals(OutboxOperation.State.PENDING, waiting.state);
        assertEquals(0, waiting.attempts, "not an attempt: it was never the officer's to send");
        assertEquals(0, client.outbox().pendingCount(), "not in the officer's \"Chưa gửi\"");
        assertEquals(0, client.outbox().failedCount());
        assertTrue(client.outbox().unsent().isEmpty());
        assertTrue(client.outbox().unsent(Fixtures.CASE_ID, null).isEmpty(), "not on the officer's case screens");
        assertEquals(1, client.outbox().waitingForOthers(OFFICER));
        assertEquals(0, client.outbox().waitingForOthers(PERSON));
    }

    @Test
    void theOwnersItemIsSentWithTheOwnersTokenWhenTheyComeBackAndDoesNotBlockTheOthers() {
        signIn(PERSON, Role.PERSON);
        String checkin = client.outbox().queueCheckin(Fixtures.CASE_ID, null, null, null);
        signIn(OFFICER, Role.OFFICER);
        String visit = client.outbox()
                .queueContact(
                        Fixtures.CASE_ID,
                        "HOME_VISIT",
                        clock.nowMillis(),
                        "Thăm nhà",
                        java.util.Collections.<String>emptyList(),
                        false);
        server.on(CONTACTS, 201, "{}");

        assertEquals(1, client.flusher().flush(false).sent);
        assertEquals("Bearer access-" + OFFICER, server.requests.get(0).headers.get("Authorization"));
        assertEquals(visit, new JSONObject(server.requests.get(0).body).getString("id"));

        signIn(PERSON, Role.PERSON);
        assertEquals(1, client.outbox().pendingCount());
        server.on(CHECKINS, 201, "{}");
        assertEquals(1, client.flusher().flush(false).sent);

        assertEquals(2, server.requests.size());
        assertEquals("Bearer access-" + PERSON, server.requests.get(1).headers.get("Authorization"));
        assertEquals(checkin, new JSONObject(server.requests.get(1).body).getString("id"));
        assertTrue(store.list().isEmpty());
    }

    @Test
    void itemsStoredBeforeOwnersWereRecordedStillGoWithWhoeverIsSignedIn() {
        store.add(new OutboxOperation(
                "legacy-1",
                OutboxKind.CHECKIN,
                Fixtures.CASE_ID,
                "/api/v1/cases/" + Fixtures.CASE_ID + "/checkins",
                "{\"id\":\"legacy-1\",\"kind\":\"SELF\"}",
                clock.nowMillis(),
                0,
                clock.nowMillis(),
                null,
                OutboxOperation.State.PENDING,
                0,
                null));
        signIn(PERSON, Role.PERSON);
        assertEquals(1, client.outbox().pendingCount());
        assertEquals(0, client.outbox().waitingForOthers(PERSON));
        server.on(CHECKINS, 201, "{}");

        assertEquals(1, client.flusher().flush(false).sent);
        assertTrue(store.list().isEmpty());
    }

    @Test
    void signOutTriesOnceAndKeepsWhatIsLeftForTheSameAccount() {
        signIn(PERSON, Role.PERSON);
        String checkin = client.outbox().queueCheckin(Fixtures.CASE_ID, null, null, null);
        server.on(CHECKINS, new IOException("no route")).on("POST /api/v1/auth/logout", new IOException("no route"));

        client.signOut();

        assertNull(sessions.load());
        assertEquals(1, server.requestsTo("/checkins").size(), "one try before the token is gone");
        assertEquals(checkin, store.list().get(0).id);
        assertEquals(PERSON, store.list().get(0).accountId);

        signIn(OFFICER, Role.OFFICER);
        client.flusher().flush(true);
        assertEquals(1, server.requestsTo("/checkins").size(), "still not the officer's to send");
    }

    @Test
    void signOutOnlineSendsTheQueueBeforeRevoking() {
        signIn(PERSON, Role.PERSON);
        client.outbox().queueCheckin(Fixtures.CASE_ID, null, null, null);
        server.on(CHECKINS, 201, "{}").on("POST /api/v1/auth/logout", 204, "");

        assertTrue(client.signOut());

        assertTrue(store.list().isEmpty());
        assertTrue(server.requests.get(0).url.endsWith("/checkins"));
        assertEquals("Bearer access-" + PERSON, server.requests.get(0).headers.get("Authorization"));
        assertTrue(server.requests.get(1).url.endsWith("/auth/logout"));
    }

    @Test
    void retryAndDiscardCannotTouchAnotherAccountsItem() {
        signIn(PERSON, Role.PERSON);
        String checkin = client.outbox().queueCheckin(Fixtures.CASE_ID, null, null, null);
        store.update(store.list().get(0).failed("HTTP 400", 400));
        signIn(OFFICER, Role.OFFICER);

        client.outbox().discard(checkin);
        client.outbox().retry(checkin);

        List<OutboxOperation> left = store.list();
        assertEquals(1, left.size());
        assertEquals(OutboxOperation.State.FAILED, left.get(0).state);
    }

    @Test
    void aCallMeantForOneAccountIsNeverMadeWithAnothersSession() {
        signIn(OFFICER, Role.OFFICER);
        ApiClient api = new ApiClient("http://server", server, sessions, clock);

        assertThrows(
                OtherAccountSignedInException.class,
                () -> api.callAs(PERSON, "POST", "/api/v1/cases/x/checkins", new JSONObject()));
        assertEquals(0, server.requests.size());
    }

    @Test
    void theOwnerSurvivesTheJsonRoundTripAndOldJsonReadsAsOwnerless() {
        OutboxOperation op = OutboxOperation.create(
                        "op-1",
                        OutboxKind.MESSAGE,
                        "case",
                        "/api/v1/cases/case/messages",
                        new JSONObject(),
                        1_000L,
                        PERSON)
                .failed("HTTP 404", 404);

        OutboxOperation back = OutboxOperation.fromJson(op.toJson());

        assertEquals(PERSON, back.accountId);
        assertEquals(OutboxOperation.State.FAILED, back.state);
        JSONObject old = new JSONObject(op.toJson());
        old.remove("accountId");
        assertNull(OutboxOperation.fromJson(old.toString()).accountId);
    }

    private void signIn(String accountId, Role role) {
        sessions.save(new Session(
                "access-" + accountId,
                "refresh-" + accountId,
                clock.nowMillis() + 3_600_000,
                new Account(accountId, role, "Tên", "unit", role == Role.PERSON ? Fixtures.CASE_ID : null, null)));
    }
}
