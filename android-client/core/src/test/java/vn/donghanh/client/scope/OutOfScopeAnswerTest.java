package vn.donghanh.client.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.donghanh.client.scope.ScopeFixtures.LEAVING;

import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.outbox.FlushResult;
import vn.donghanh.client.outbox.OutboxOperation;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;

/** The server answers a queued item that its case is gone or hidden: marked, not retried forever. */
class OutOfScopeAnswerTest {
    private static final String NOT_FOUND =
            "{\"type\":\"https://donghanh.vn/problems/not-found\",\"title\":\"Not Found\","
                    + "\"status\":404,\"detail\":\"the record does not exist or is not visible to you\"}";

    private final ManualClock clock = new ManualClock(1_795_480_200_000L);
    private final ScriptedServer server = new ScriptedServer();
    private final DongHanhClient client = new ScopeFixtures().client(server, clock, "acc-mentor", Role.MENTOR, null);

    @Test
    void a404OnTheCasesPathMarksTheItemOutOfScopeAndItIsNeverTriedAgain() {
        String id = client.outbox().queueMessage(LEAVING, "acc-person", "Chào anh");
        server.on("POST /api/v1/cases/" + LEAVING + "/messages", 404, NOT_FOUND);

        FlushResult first = client.flusher().flush(true);

        assertEquals(1, first.outOfScope);
        OutboxOperation op = client.outbox().find(id);
        assertEquals(OutboxOperation.State.OUT_OF_SCOPE, op.state);
        assertEquals(404, op.lastStatus);
        int requests = server.requests.size();
        client.flusher().flush(true);
        client.outbox().retry(id);
        client.flusher().flush(true);
        assertEquals(requests, server.requests.size(), "nothing sent again");
    }

    @Test
    void a410IsTheSame() {
        String id = client.outbox().queueReferral(LEAVING, "opp-1", null);
        server.on("POST /api/v1/cases/" + LEAVING + "/referrals", 410, "{\"status\":410}");
        client.flusher().flush(true);
        assertEquals(OutboxOperation.State.OUT_OF_SCOPE, client.outbox().find(id).state);
    }

    @Test
    void a404ForWhatAnAcknowledgementAnswersAndA403StayOrdinaryRefusals() {
        String ack = client.outbox().queueHelpAcknowledgement(LEAVING, "help-1");
        String contact = client.outbox()
                .queueContact(
                        LEAVING,
                        "PHONE_CALL",
                        clock.nowMillis(),
                        "Hỏi thăm",
                        java.util.Collections.<String>emptyList(),
                        false);
        server.on("POST /api/v1/help-requests/help-1/acknowledge", 404, NOT_FOUND)
                .on(
                        "POST /api/v1/cases/" + LEAVING + "/contacts",
                        403,
                        "{\"status\":403,\"detail\":\"contact logs belong to mentors and officers\"}");

        FlushResult result = client.flusher().flush(true);

        assertEquals(2, result.failedPermanently);
        assertEquals(0, result.outOfScope);
        assertEquals(OutboxOperation.State.FAILED, client.outbox().find(ack).state);
        assertEquals(OutboxOperation.State.FAILED, client.outbox().find(contact).state);
        assertTrue(client.outbox().find(contact).lastError.contains("contact logs"));
        // ...until the feed says the case left: then they are marked too.
        assertEquals(2, client.outbox().markOutOfScope(LEAVING));
        assertEquals(OutboxOperation.State.OUT_OF_SCOPE, client.outbox().find(ack).state);
    }

    @Test
    void theStateSurvivesTheStoredForm() {
        String id = client.outbox().queueMessage(LEAVING, "acc-person", "Chào anh");
        client.outbox().markOutOfScope(LEAVING);
        OutboxOperation op = client.outbox().find(id);
        assertEquals(OutboxOperation.State.OUT_OF_SCOPE, OutboxOperation.fromJson(op.toJson()).state);
    }
}
