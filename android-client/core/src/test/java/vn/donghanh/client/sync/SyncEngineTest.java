package vn.donghanh.client.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.AppointmentOccurrence;
import vn.donghanh.client.support.Fixtures;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;

class SyncEngineTest {
    private final ManualClock clock = new ManualClock(1_795_480_200_000L);
    private ScriptedServer server;
    private DongHanhClient client;

    static String appointment(String id, String startsAt, String status) {
        return "{\"type\":\"APPOINTMENT\",\"id\":\"" + id + "\",\"caseId\":\"" + Fixtures.CASE_ID + "\","
                + "\"appointment\":{\"id\":\"" + id + "\",\"seriesId\":\"s\",\"caseId\":\"" + Fixtures.CASE_ID
                + "\",\"type\":\"COUNSELLING\",\"placeId\":\"p\",\"placeName\":\"Điểm tư vấn\","
                + "\"startsAt\":\"" + startsAt + "\",\"durationMinutes\":60,\"status\":\"" + status
                + "\",\"moved\":false}}";
    }

    static String page(String cursor, boolean hasMore, String... changes) {
        return "{\"cursor\":\"" + cursor + "\",\"hasMore\":" + hasMore + ",\"changes\":[" + String.join(",", changes)
                + "]}";
    }

    @BeforeEach
    void setUp() {
        server = new ScriptedServer();
        client = Fixtures.personClient(server, clock);
    }

    @Test
    void flushesFirstThenPullsEveryPageAndKeepsTheLastCursor() throws Exception {
        client.outbox().queueCheckin(Fixtures.CASE_ID, null, null, null);
        server.on("POST /api/v1/cases/", 201, "{}")
                .on(
                        "GET /api/v1/sync",
                        200,
                        page("c1", true, appointment("a1", "2026-11-25T07:30:00+07:00", "SCHEDULED")))
                .on(
                        "GET /api/v1/sync",
                        200,
                        page("c2", false, appointment("a2", "2026-11-26T07:30:00+07:00", "SCHEDULED")));

        SyncResult result = client.syncEngine().sync(false);

        assertEquals(1, result.flush.sent);
        assertEquals(2, result.pages);
        assertTrue(server.requests.get(0).method.equals("POST"), "outbox before pull");
        assertTrue(server.requests.get(1).url.endsWith("/api/v1/sync?limit=200"), server.requests.get(1).url);
        assertTrue(server.requests.get(2).url.endsWith("&cursor=c1"), server.requests.get(2).url);
        assertEquals(2, client.records().appointments(Fixtures.CASE_ID).size());

        server.on("GET /api/v1/sync", 200, page("c3", false));
        client.syncEngine().sync(false);
        assertTrue(server.requests.get(3).url.endsWith("&cursor=c2"), "next sync resumes from the stored cursor");
    }

    @Test
    void theSameRecordAgainIsAnUpsert() throws Exception {
        server.on(
                        "GET /api/v1/sync",
                        200,
                        page("c1", true, appointment("a1", "2026-11-25T07:30:00+07:00", "SCHEDULED")))
                .on(
                        "GET /api/v1/sync",
                        200,
                        page(
                                "c2",
                                false,
                                appointment("a1", "2026-11-25T09:00:00+07:00", "SCHEDULED"),
                                appointment("a1", "2026-11-25T09:00:00+07:00", "CANCELLED")));

        client.syncEngine().sync(false);

        List<AppointmentOccurrence> stored = client.records().appointments(Fixtures.CASE_ID);
        assertEquals(1, stored.size());
        assertEquals("CANCELLED", stored.get(0).status);
        assertEquals(1_795_572_000_000L, stored.get(0).startsAtMillis);
    }

    @Test
    void anInterruptedPullKeepsTheAppliedPagesAndResumes() throws Exception {
        server.on(
                        "GET /api/v1/sync",
                        200,
                        page("c1", true, appointment("a1", "2026-11-25T07:30:00+07:00", "SCHEDULED")))
                .on("GET /api/v1/sync", new IOException("lost"));

        assertThrows(IOException.class, () -> client.syncEngine().sync(false));
        assertEquals(1, client.records().appointments(Fixtures.CASE_ID).size());

        server.on("GET /api/v1/sync", 200, page("c2", false));
        client.syncEngine().sync(false);
        assertTrue(server.requests.get(2).url.endsWith("&cursor=c1"));
    }

    @Test
    void aCursorTheServerNoLongerKeepsStartsAgainFromASnapshotAndKeepsTheUnsentQueue() throws Exception {
        server.on(
                "GET /api/v1/sync",
                200,
                page("c1", false, appointment("a1", "2026-11-25T07:30:00+07:00", "SCHEDULED")));
        client.syncEngine().sync(false);
        assertEquals(1, client.records().appointments(Fixtures.CASE_ID).size());

        // Offline for months: the check-in cannot be sent, and the server has pruned the changes since c1.
        client.outbox().queueCheckin(Fixtures.CASE_ID, 4, null, "vẫn ổn");
        server.on("POST /api/v1/cases/", 503, "")
                .on(
                        "GET /api/v1/sync",
                        410,
                        "{\"type\":\"https://donghanh.vn/problems/resync-required\",\"title\":\"Gone\","
                                + "\"status\":410}")
                .on(
                        "GET /api/v1/sync",
                        200,
                        page("s1", true, appointment("a2", "2026-11-26T07:30:00+07:00", "SCHEDULED")))
                .on("GET /api/v1/sync", 200, page("c9", false));

        SyncResult result = client.syncEngine().sync(false);

        List<String> pulls = new java.util.ArrayList<>();
        server.requestsTo("/api/v1/sync").forEach(r -> pulls.add(r.url.replaceFirst("^.*/api/v1/sync", "")));
        assertEquals(List.of("?limit=200", "?limit=200&cursor=c1", "?limit=200", "?limit=200&cursor=s1"), pulls);
        List<AppointmentOccurrence> kept = client.records().appointments(Fixtures.CASE_ID);
        assertEquals(1, kept.size(), "what the feed delivered before is forgotten");
        assertEquals("a2", kept.get(0).id);
        assertEquals(1, client.outbox().pendingCount(), "what the user has yet to send stays queued");
        assertEquals(1, result.changes, "the snapshot's one record");

        server.on("GET /api/v1/sync", 410, "{\"type\":\"https://donghanh.vn/problems/resync-required\",\"status\":410}")
                .on(
                        "GET /api/v1/sync",
                        410,
                        "{\"type\":\"https://donghanh.vn/problems/resync-required\",\"status\":410}");
        vn.donghanh.client.api.ApiException again = assertThrows(
                vn.donghanh.client.api.ApiException.class,
                () -> client.syncEngine().sync(false));
        assertEquals(410, again.status, "refused twice in one sync: an error, not a loop");
    }

    @Test
    void aFeedThatNeverAdvancesIsAnErrorNotALoop() {
        server.on("GET /api/v1/sync", 200, page("c1", true)).on("GET /api/v1/sync", 200, page("c1", true));
        assertThrows(IllegalStateException.class, () -> client.syncEngine().sync(false));
    }

    static String helpRequest(String id, String createdAt, String acknowledgedAt) {
        return "{\"type\":\"HELP_REQUEST\",\"id\":\"" + id + "\",\"caseId\":\"" + Fixtures.CASE_ID + "\","
                + "\"helpRequest\":{\"id\":\"" + id + "\",\"caseId\":\"" + Fixtures.CASE_ID
                + "\",\"category\":\"CRAVING\",\"createdAt\":\"" + createdAt + "\""
                + (acknowledgedAt == null ? "" : ",\"acknowledgedAt\":\"" + acknowledgedAt + "\"") + "}}";
    }

    @Test
    void helpRequestsAreKeptAndTheirLatestStateWins() throws Exception {
        server.on("GET /api/v1/sync", 200, page("c1", false, helpRequest("h1", "2026-11-23T01:00:00Z", null)))
                .on(
                        "GET /api/v1/sync",
                        200,
                        page("c2", false, helpRequest("h1", "2026-11-23T01:00:00Z", "2026-11-23T01:05:00Z")));

        client.syncNow(false);
        assertEquals("CRAVING", client.records().helpRequests(Fixtures.CASE_ID).get(0).category);
        assertTrue(client.records().helpRequests(null).get(0).isWaitingForAnswer());
        client.syncNow(false);

        List<vn.donghanh.client.model.HelpRequest> kept = client.records().helpRequests(null);
        assertEquals(1, kept.size());
        assertEquals(false, kept.get(0).isWaitingForAnswer());
    }

    @Test
    void aRemovedCaseIsForgottenWithEverythingItHadAndLaterChangesComeBack() throws Exception {
        String removed =
                "{\"type\":\"REMOVED\",\"id\":\"" + Fixtures.CASE_ID + "\",\"caseId\":\"" + Fixtures.CASE_ID + "\"}";
        server.on(
                        "GET /api/v1/sync",
                        200,
                        page(
                                "c1",
                                false,
                                appointment("a1", "2026-11-25T07:30:00+07:00", "SCHEDULED"),
                                helpRequest("h1", "2026-11-23T01:00:00Z", null)))
                .on(
                        "GET /api/v1/sync",
                        200,
                        page("c2", false, removed, appointment("a2", "2026-11-26T07:30:00+07:00", "SCHEDULED")));
        client.syncNow(false);
        client.snapshots().save("TIMELINE", Fixtures.CASE_ID, Fixtures.CASE_ID, "[]", clock.nowMillis());
        client.snapshots().save("OVERDUE", "all", null, "[]", clock.nowMillis());
        assertEquals(1, client.records().appointments(Fixtures.CASE_ID).size());

        client.syncNow(false);

        // The removal came first in the page, so only what came after it is kept.
        List<AppointmentOccurrence> left = client.records().appointments(Fixtures.CASE_ID);
        assertEquals(1, left.size());
        assertEquals("a2", left.get(0).id);
        assertTrue(client.records().helpRequests(null).isEmpty());
        assertEquals(null, client.snapshots().load("TIMELINE", Fixtures.CASE_ID));
        assertEquals("[]", client.snapshots().load("OVERDUE", "all").json, "lists across cases stay");
    }

    @Test
    void aCompleteSyncIsTimedAndAFailedOneIsNot() throws Exception {
        assertEquals(null, client.records().lastSyncedAtMillis());
        server.on("GET /api/v1/sync", 200, page("c1", false));
        client.syncNow(false);
        assertEquals(Long.valueOf(clock.nowMillis()), client.records().lastSyncedAtMillis());
        long first = clock.nowMillis();
        clock.advance(60_000L);
        server.on("GET /api/v1/sync", 503, "{\"status\":503}");
        assertThrows(Exception.class, () -> client.syncNow(false));
        assertEquals(Long.valueOf(first), client.records().lastSyncedAtMillis());
    }
}
