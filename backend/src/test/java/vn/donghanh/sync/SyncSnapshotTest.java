package vn.donghanh.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;
import vn.donghanh.support.TestDatabase;
import vn.donghanh.support.World;

/**
 * A first sync is a snapshot of what the phone may see now, handed over to the feed at the point it began: it
 * ends where the whole history ends, loses nothing committed while it was read, and a phone too far behind the
 * pruned change log is told to start again. Pages are gzip-compressed on request; a scope above the cap is refused.
 */
class SyncSnapshotTest extends IntegrationTest {
    static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();
    World w;
    String clinic;
    String fromStart;

    @BeforeEach
    void world() {
        CLOCK.set(NOW);
        fromStart = SyncFeedTest.publishedCursor();
        w = World.create(api);
        clinic = w.org("Trạm Y tế xã Đồng Hỷ", "HEALTH_STATION", w.communeA);
    }

    private record Pull(List<JsonNode> changes, String cursor, int pages) {}

    private Pull pull(String token, String cursor, int limit) {
        bean(SyncPublisher.class).publish();
        List<JsonNode> all = new ArrayList<>();
        String next = cursor;
        for (int pages = 1; pages <= 1000; pages++) {
            ApiResponse r = api.get(token, "/api/v1/sync?limit=" + limit + (next == null ? "" : "&cursor=" + next));
            assertEquals(200, r.status(), r::toString);
            r.json().get("changes").forEach(all::add);
            next = r.json().get("cursor").asText();
            if (!r.json().get("hasMore").asBoolean()) {
                return new Pull(all, next, pages);
            }
        }
        throw new AssertionError("the feed never ran out");
    }

    /** What a phone holds after applying these changes as the spec says: upserts by type and id; REMOVED forgets. */
    private static Map<String, JsonNode> apply(Map<String, JsonNode> phone, List<JsonNode> changes) {
        for (JsonNode c : changes) {
            String type = c.get("type").asText();
            if (type.equals("REMOVED")) {
                String caseId = c.get("caseId").asText();
                phone.values().removeIf(r -> caseId.equals(r.path("caseId").asText()));
                continue;
            }
            phone.put(type + ":" + c.get("id").asText(), c);
        }
        return phone;
    }

    private ApiResponse checkIn(World.Person p, String note) {
        return api.post(
                p.token(),
                "/api/v1/cases/" + p.caseId() + "/checkins",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "kind",
                        "SELF",
                        "occurredAt",
                        "2026-11-20T09:30:00+07:00",
                        "wellbeing",
                        4,
                        "note",
                        note));
    }

    private void busyCase(World.Person p) {
        assertEquals(201, checkIn(p, "sáng nay ổn").status());
        assertEquals(201, checkIn(p, "chiều hơi mệt").status());
        ApiResponse contact = api.post(
                w.token("mentorA1"),
                "/api/v1/cases/" + p.caseId() + "/contacts",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "type",
                        "HOME_VISIT",
                        "occurredAt",
                        "2026-11-20T08:00:00+07:00",
                        "summary",
                        "Thăm nhà, gia đình hợp tác",
                        "concerns",
                        List.of(),
                        "followUpNeeded",
                        false));
        assertEquals(201, contact.status(), contact::toString);
        ApiResponse help = api.post(
                p.token(),
                "/api/v1/cases/" + p.caseId() + "/help-requests",
                Map.of("id", UUID.randomUUID().toString(), "category", "CRAVING", "note", "Thèm quá"));
        assertEquals(201, help.status(), help::toString);
        ApiResponse message = api.post(
                w.token("mentorA1"),
                "/api/v1/cases/" + p.caseId() + "/messages",
                Map.of("id", UUID.randomUUID().toString(), "recipientId", p.accountId(), "body", "Anh qua nhé"));
        assertEquals(201, message.status(), message::toString);
        Map<String, Object> appointment = new HashMap<>(Map.of(
                "id",
                UUID.randomUUID().toString(),
                "type",
                "HEALTH_CHECK",
                "placeId",
                clinic,
                "startsAt",
                "2026-11-24T08:00:00",
                "durationMinutes",
                30));
        ApiResponse made = api.post(w.token("officerA"), "/api/v1/cases/" + p.caseId() + "/appointments", appointment);
        assertEquals(201, made.status(), made::toString);
    }

    @Test
    void aSnapshotThenTheFeedEndsWhereTheWholeHistoryEnds() {
        World.Person p = w.activatedPerson("Ảnh Chụp Một", "mentorA1");
        World.Person q = w.activatedPerson("Ảnh Chụp Hai", "mentorA1");
        busyCase(p);
        busyCase(q);
        for (String who : List.of("officerA", "mentorA1", "person")) {
            String token = who.equals("person") ? p.token() : w.token(who);
            Pull snapshot = pull(token, null, 3);
            assertTrue(snapshot.pages() > 1, "small pages: the snapshot is paged");
            Map<String, JsonNode> phone = apply(new TreeMap<>(), snapshot.changes());
            assertTrue(phone.containsKey("CASE:" + p.caseId()), who);

            // After the snapshot: a change of a record it carried, and a new record.
            assertEquals(201, checkIn(p, "sau ảnh chụp " + who).status());
            Sql.update("UPDATE managed_case SET planned_end_date = '2027-06-30' WHERE id = ?", p.caseId());
            apply(phone, pull(token, snapshot.cursor(), 3).changes());

            Map<String, JsonNode> replayed =
                    apply(new TreeMap<>(), pull(token, fromStart, 500).changes());
            assertEquals(replayed.keySet(), phone.keySet(), who + ": the same records");
            assertEquals(replayed, phone, who + ": each as it is now");
        }
        Map<String, JsonNode> person =
                apply(new TreeMap<>(), pull(p.token(), null, 500).changes());
        assertFalse(person.keySet().stream().anyMatch(k -> k.startsWith("CONTACT:")), "no helper notes for a person");
        assertFalse(
                person.values().stream()
                        .anyMatch(c -> q.caseId().equals(c.path("caseId").asText())),
                "nothing of another person's case");
    }

    @Test
    void whatCommitsWhileTheSnapshotIsReadComesAfterIt() throws Exception {
        World.Person p = w.activatedPerson("Đang Chụp Một", "mentorA1");
        World.Person q = w.activatedPerson("Đang Chụp Hai", "mentorA1");
        busyCase(p);
        // The snapshot goes by case id: the first case is sent first, the other's check-in commits late.
        String firstCase = p.caseId().compareTo(q.caseId()) < 0 ? p.caseId() : q.caseId();
        World.Person late = firstCase.equals(p.caseId()) ? q : p;
        String slowId = UUID.randomUUID().toString();
        TestDatabase.Connection db = TestDatabase.get();
        try (Connection slow = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            slow.setAutoCommit(false);
            try (PreparedStatement ps =
                    slow.prepareStatement("INSERT INTO checkin (id, case_id, kind, occurred_at, received_at, "
                            + "note, recorded_by) VALUES (?, ?, 'SELF', ?, ?, 'chậm mà chắc', ?)")) {
                ps.setString(1, slowId);
                ps.setString(2, late.caseId());
                ps.setTimestamp(3, Timestamp.from(NOW));
                ps.setTimestamp(4, Timestamp.from(NOW));
                ps.setString(5, late.accountId());
                ps.executeUpdate();
            }
            // The snapshot begins (its first page: the first case) while the check-in is not committed.
            ApiResponse first = api.get(w.token("mentorA1"), "/api/v1/sync?limit=1");
            assertEquals(200, first.status(), first::toString);
            assertEquals(
                    "CASE:" + firstCase,
                    first.json().get("changes").get(0).get("type").asText() + ":"
                            + first.json().get("changes").get(0).get("id").asText());
            assertTrue(first.json().get("hasMore").asBoolean());
            // While it is read: the case it already sent changes; the slow check-in commits after the snapshot.
            Sql.update("UPDATE managed_case SET planned_end_date = '2027-01-31' WHERE id = ?", firstCase);
            Pull rest = pull(w.token("mentorA1"), first.json().get("cursor").asText(), 2);
            assertFalse(
                    rest.changes().stream().anyMatch(c -> c.get("id").asText().equals(slowId)), "not committed yet");
            assertTrue(
                    rest.changes().stream().anyMatch(c -> c.get("id").asText().equals(late.caseId())));
            slow.commit();

            // The snapshot's last cursor is where it began: the case's change and the late commit come next.
            Pull next = pull(w.token("mentorA1"), rest.cursor(), 500);
            assertTrue(
                    next.changes().stream().anyMatch(c -> c.get("id").asText().equals(slowId)), "the commit");
            JsonNode changedCase = next.changes().stream()
                    .filter(c -> c.get("type").asText().equals("CASE")
                            && c.get("id").asText().equals(firstCase))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the case's change: " + next.changes()));
            assertEquals(
                    "2027-01-31", changedCase.get("case").get("plannedEndDate").asText());
        }
    }

    @Test
    void aPhoneOlderThanThePrunedChangeLogIsToldToStartAgainFromASnapshot() {
        World.Person p = w.activatedPerson("Lâu Không Đồng Bộ", "mentorA1");
        String old = pull(p.token(), null, 200).cursor();
        String mentorOld = pull(w.token("mentorA1"), null, 200).cursor();
        assertEquals(201, checkIn(p, "trước khi dọn").status());
        String through = SyncFeedTest.publishedCursor();
        long last = Sql.query("SELECT last_seq FROM sync_publisher WHERE id = 1", rs -> rs.getLong(1))
                .get(0);
        // Everything numbered so far becomes older than the horizon.
        Sql.update(
                "UPDATE sync_change SET changed_at = '2020-01-01' WHERE published_seq IS NOT NULL AND published_seq <= ?",
                last);
        try {
            SyncPruner pruner = bean(SyncPruner.class);
            assertTrue(pruner.runOnce() >= 1);
            assertEquals(0, pruner.runOnce(), "each change is pruned once");
            assertEquals(
                    0,
                    Sql.query("SELECT COUNT(*) FROM sync_change WHERE published_seq <= ?", rs -> rs.getInt(1), last)
                            .get(0));

            ApiResponse gone = api.get(w.token("mentorA1"), "/api/v1/sync?cursor=" + mentorOld);
            assertEquals(410, gone.status(), gone::toString);
            assertTrue(gone.json().get("type").asText().endsWith("/resync-required"));
            assertEquals(
                    "the changes after this cursor are no longer kept; start again without a cursor",
                    gone.json().get("detail").asText());
            ApiResponse vi = api.get(p.token(), "/api/v1/sync?cursor=" + old);
            assertEquals(410, vi.status());
            assertEquals(
                    "các thay đổi sau con trỏ này không còn được lưu; hãy đồng bộ lại từ đầu, không kèm con trỏ",
                    vi.json().get("detail").asText(),
                    "in the caller's language: the person's own");
            assertEquals(
                    200, api.get(p.token(), "/api/v1/sync?cursor=" + through).status(), "a cursor at the line");

            // Starting again: the snapshot has what the pruned log no longer does, and the feed goes on from it.
            Pull again = pull(p.token(), null, 200);
            assertTrue(again.changes().stream()
                    .anyMatch(c -> c.get("type").asText().equals("CHECKIN")
                            && c.get("checkin").get("note").asText().equals("trước khi dọn")));
            assertEquals(201, checkIn(p, "sau khi dọn").status());
            Pull after = pull(p.token(), again.cursor(), 200);
            assertEquals(1, after.changes().size(), after.changes()::toString);
        } finally {
            // The log keeps its holes, but the other tests' "from the start" cursors stay usable.
            Sql.update("UPDATE sync_prune SET pruned_through = 0 WHERE id = 1");
        }
    }

    @Test
    void aPageComesGzipCompressedWhenAskedAndDecodesToTheSameJson() throws IOException {
        World.Person p = w.activatedPerson("Nén Trang", "mentorA1");
        busyCase(p);
        ApiResponse plain = api.get(w.token("officerA"), "/api/v1/sync?limit=20");
        assertEquals(200, plain.status());
        assertEquals(null, plain.header("Content-Encoding"), "not asked: not compressed");
        ApiResponse zipped = api.raw(
                "GET", w.token("officerA"), "/api/v1/sync?limit=20", null, null, Map.of("Accept-Encoding", "gzip"));
        assertEquals(200, zipped.status());
        assertEquals("gzip", zipped.header("Content-Encoding"));
        byte[] body;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            body = in.readAllBytes();
        }
        assertTrue(zipped.body().length < body.length, "smaller on the wire");
        assertEquals(plain.json(), JSON.readTree(body));
    }

    @Test
    void aScopeAboveTheCapIsRefusedNamingBothNumbersNeverCut() {
        w.activatedPerson("Giới Hạn Một", "mentorA1");
        w.activatedPerson("Giới Hạn Hai", "mentorA2");
        SyncSettings settings = bean(SyncSettings.class);
        int cap = settings.getMaxCasesPerUser();
        settings.setMaxCasesPerUser(1);
        try {
            ApiResponse refused = api.get(w.token("officerA"), "/api/v1/sync");
            assertEquals(422, refused.status(), refused::toString);
            assertTrue(refused.json().get("type").asText().endsWith("/sync-scope-too-large"));
            assertEquals(
                    "the caller's scope holds 2 cases, more than the 1 one phone may download; sync a smaller unit",
                    refused.json().get("detail").asText());
            assertEquals(
                    422,
                    api.get(w.token("officerA"), "/api/v1/sync?cursor=" + fromStart)
                            .status(),
                    "the feed too: never a part of the scope as if it were all");
            assertEquals(200, api.get(w.token("mentorA1"), "/api/v1/sync").status(), "one case is within it");
        } finally {
            settings.setMaxCasesPerUser(cap);
        }
    }
}
