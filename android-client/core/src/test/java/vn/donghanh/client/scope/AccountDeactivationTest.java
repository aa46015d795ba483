package vn.donghanh.client.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.donghanh.client.scope.ScopeFixtures.KEPT;
import static vn.donghanh.client.scope.ScopeFixtures.appointment;
import static vn.donghanh.client.scope.ScopeFixtures.page;

import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.api.NotSignedInException;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.model.SessionEnd;
import vn.donghanh.client.outbox.OutboxKind;
import vn.donghanh.client.outbox.OutboxOperation;
import vn.donghanh.client.support.Fixtures;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;

/**
 * The backend refuses a deactivated account's tokens at once and its refresh with 401
 * {@code …/account-inactive} (TokenVersionFilter, AuthService.refresh):
 * at that answer the phone forgets the account's session, case data, alarms and queue, and keeps
 * why for the sign-in screen.
 */
class AccountDeactivationTest {
    private static final String ENDED = "{\"type\":\"https://donghanh.vn/problems/unauthorized\",\"title\":"
            + "\"Unauthorized\",\"status\":401,\"detail\":\"this sign-in has ended (the account was deactivated or its"
            + " access changed); please sign in again\"}";

    private final ManualClock clock = new ManualClock(1_795_480_200_000L);
    private final ScriptedServer server = new ScriptedServer();
    private final ScopeFixtures phone = new ScopeFixtures();
    private final DongHanhClient client = phone.client(server, clock, "acc-person", Role.PERSON, KEPT);

    {
        // A person's sync also reads their reminder settings; this server has none (an older one).
        for (int i = 0; i < 10; i++) {
            server.on("GET /api/v1/cases/", 404, "{\"status\":404}");
        }
    }

    private static final String INACTIVE = "{\"type\":\"https://donghanh.vn/problems/account-inactive\","
            + "\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"the account is not active\"}";

    private static String refused(String detail) {
        return "{\"type\":\"https://donghanh.vn/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"" + detail + "\"}";
    }

    private void syncedWithAlarmsAndQueue() throws Exception {
        server.on("GET /api/v1/sync", 200, page("c1", false, appointment("a1", KEPT, "2026-11-26T07:30:00+07:00")));
        client.syncNow(false);
        client.snapshots().save("MY_CASE", KEPT, KEPT, "{}", clock.nowMillis());
        assertTrue(phone.alarms.of(KEPT) > 0);
        client.outbox().queueCheckin(KEPT, 4, null, null);
        client.outbox().queueHelpRequest(KEPT, "CRAVING", null);
    }

    @Test
    void atTheRefusedRefreshEverythingOfTheAccountIsForgottenAndTheReasonKept() throws Exception {
        syncedWithAlarmsAndQueue();
        // Someone else's item on a shared phone is not the deactivated account's to lose.
        phone.outbox.add(OutboxOperation.create(
                "theirs",
                OutboxKind.CHECKIN,
                "other-case",
                "/api/v1/cases/other-case/checkins",
                new JSONObject(),
                clock.nowMillis(),
                "acc-other"));
        server.on("POST /api/v1/cases/", 401, ENDED).on("POST /api/v1/auth/refresh", 401, INACTIVE);

        assertThrows(NotSignedInException.class, () -> client.syncNow(true));

        assertNull(client.auth().current(), "session gone");
        assertTrue(client.records().appointments(null).isEmpty(), "synced case data gone");
        assertNull(client.snapshots().load("MY_CASE", KEPT));
        assertEquals(0, phone.alarms.set.size(), "alarms cancelled");
        assertEquals(1, phone.outbox.list().size(), "only the other account's item is left");
        assertEquals("theirs", phone.outbox.list().get(0).id);
        SessionEnd end = client.auth().lastEnd();
        assertEquals(SessionEnd.Reason.ACCOUNT_DEACTIVATED, end.reason);
        assertEquals(2, end.droppedUnsent);
        assertEquals(clock.nowMillis(), end.atMillis);
        // Kept across a restart of the app: the store holds it, in a form it can read back.
        assertEquals(2, SessionEnd.fromJson(end.toJson()).droppedUnsent);

        // The next sign-in (someone else, or the account once reactivated) has nothing to explain.
        server.on("POST /api/v1/auth/person-login", 200, Fixtures.tokens("access-2", "refresh-2"));
        client.auth().personLogin("0912000001", "246810");
        assertNull(client.auth().lastEnd());
    }

    @Test
    void theWordsAloneDoNotMakeADeactivation() throws Exception {
        // Only the problem type says so: a detail in any language could change with the catalogue.
        syncedWithAlarmsAndQueue();
        server.on("POST /api/v1/cases/", 401, ENDED)
                .on("POST /api/v1/auth/refresh", 401, refused("tài khoản không hoạt động"));
        assertThrows(NotSignedInException.class, () -> client.syncNow(true));
        assertNull(client.auth().lastEnd(), "an ordinary end of the session");
        assertEquals(2, phone.outbox.list().size());
    }

    @Test
    void anExpiredSessionOnlyAsksToSignInAgainAndKeepsTheData() throws Exception {
        syncedWithAlarmsAndQueue();
        server.on("POST /api/v1/cases/", 401, ENDED)
                .on("POST /api/v1/auth/refresh", 401, refused("refresh token expired"));

        assertThrows(NotSignedInException.class, () -> client.syncNow(true));

        assertNull(client.auth().current());
        assertNull(client.auth().lastEnd());
        assertEquals(2, phone.outbox.list().size(), "queued items wait for the next sign-in");
        assertTrue(phone.alarms.of(KEPT) > 0);
    }

    @Test
    void aRevokedSessionDropsTheDataAndKeepsTheQueue() throws Exception {
        // A password reset revokes the account's refresh tokens, so the refresh is answered "reuse
        // detected": the phone forgets the case data and alarms and keeps the queue for its author.
        syncedWithAlarmsAndQueue();
        server.on("POST /api/v1/cases/", 401, ENDED)
                .on("POST /api/v1/auth/refresh", 401, refused("refresh token reuse detected; please sign in again"));

        assertThrows(NotSignedInException.class, () -> client.syncNow(true));

        assertNull(client.auth().current());
        assertTrue(client.records().appointments(null).isEmpty());
        assertNull(client.snapshots().load("MY_CASE", KEPT));
        assertEquals(0, phone.alarms.set.size());
        assertEquals(2, phone.outbox.list().size(), "sent if the same account signs in again");
        assertEquals(SessionEnd.Reason.SESSION_REVOKED, client.auth().lastEnd().reason);
        assertEquals(0, client.auth().lastEnd().droppedUnsent);
    }

    @Test
    void aServerThatNamesTheDeactivationOnTheRequestIsBelievedWithoutARefresh() throws Exception {
        syncedWithAlarmsAndQueue();
        server.on(
                "POST /api/v1/cases/",
                401,
                "{\"type\":\"https://donghanh.vn/problems/account-inactive\",\"status\":401,\"detail\":\"x\"}");

        assertThrows(NotSignedInException.class, () -> client.syncNow(true));

        assertTrue(server.requestsTo("/auth/refresh").isEmpty());
        assertEquals(SessionEnd.Reason.ACCOUNT_DEACTIVATED, client.auth().lastEnd().reason);
        assertTrue(phone.outbox.list().isEmpty());
        assertEquals(0, phone.alarms.set.size());
    }

    @Test
    void theRefreshItselfThrowsTheDeactivation() throws Exception {
        server.on("POST /api/v1/auth/refresh", 401, INACTIVE);
        assertThrows(
                vn.donghanh.client.api.AccountDeactivatedException.class,
                () -> client.auth().refresh());
    }

    @Test
    void aSignOutByTheUserLeavesNothingToExplain() {
        server.on("POST /api/v1/auth/logout", 204, "");
        client.signOut();
        assertNull(client.auth().lastEnd());
    }
}
