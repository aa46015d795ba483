package vn.donghanh.client.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.support.Fixtures;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;

/** An item queued with a delayed first attempt (an undo window): never sent early, withdrawable until tried. */
class OutboxHoldTest {
    private static final String CHECKINS = "POST /api/v1/cases/" + Fixtures.CASE_ID + "/checkins";

    private final ManualClock clock = new ManualClock(1_795_480_200_000L);
    private final ScriptedServer server = new ScriptedServer();
    private final DongHanhClient client = Fixtures.personClient(server, clock);

    @Test
    void aHeldItemWaitsEvenForAForcedFlushButDoesNotHoldUpLaterItems() {
        String held = client.outbox().queueOfficePresence(Fixtures.CASE_ID, null, 10_000);
        String later = client.outbox().queueCheckin(Fixtures.CASE_ID, null, null, null);
        server.on(CHECKINS, 201, "{}").on(CHECKINS, 201, "{}");

        FlushResult result = client.flusher().flush(true);

        assertEquals(1, result.sent, "the item after it went");
        assertFalse(client.outbox().isUnsent(later));
        assertTrue(client.outbox().isUnsent(held));
        assertEquals(1, server.requests.size());

        clock.advance(10_000);
        assertEquals(1, client.flusher().flush(false).sent, "sent once the window is over");
        assertFalse(client.outbox().isUnsent(held));
        assertEquals("OFFICE_PRESENCE", new org.json.JSONObject(server.requests.get(1).body).getString("kind"));
    }

    @Test
    void releasingTheHoldSendsAtTheNextFlush() {
        String held = client.outbox().queueOfficePresence(Fixtures.CASE_ID, null, 10_000);
        server.on(CHECKINS, 201, "{}");

        client.outbox().releaseHold(held);

        assertEquals(1, client.flusher().flush(false).sent);
        assertFalse(client.outbox().withdraw(held), "sent: nothing to take back");
    }

    @Test
    void withdrawDropsAnUntriedItemButNotOneThatMayHaveArrived() {
        String untried = client.outbox().queueOfficePresence(Fixtures.CASE_ID, null, 10_000);
        assertTrue(client.outbox().withdraw(untried));
        assertEquals(0, client.outbox().pendingCount());

        String tried = client.outbox().queueOfficePresence(Fixtures.CASE_ID, null, 0);
        server.on(CHECKINS, new IOException("timeout after the server may have read it"));
        client.flusher().flush(true);
        assertTrue(client.outbox().isUnsent(tried));
        assertFalse(client.outbox().withdraw(tried), "a send was attempted: the server may have it");
        assertTrue(client.outbox().isUnsent(tried));
    }
}
