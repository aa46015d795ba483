package vn.donghanh.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;
import vn.donghanh.support.TestDatabase;
import vn.donghanh.support.World;

/** The phones' incremental pull: scoped, incremental, paged, and blind to no late commit. */
public class SyncFeedTest extends IntegrationTest {
    static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
    World w;
    String clinic;
    /** The feed as a phone that has synced since before this test's world: every change of it, from the start. */
    String fromStart;

    /** A world per test: each test's mentor has room for its mentee (two per mentor). */
    @BeforeEach
    void world() {
        CLOCK.set(NOW);
        fromStart = publishedCursor();
        w = World.create(api);
        clinic = w.org("Trạm Y tế xã Đồng Hỷ", "HEALTH_STATION", w.communeA);
    }

    /** Pulls every page from {@code cursor}; returns the changes and the last cursor. */
    private record Pull(List<JsonNode> changes, String cursor) {
        List<String> keys() {
            List<String> out = new ArrayList<>();
            changes.forEach(
                    c -> out.add(c.get("type").asText() + ":" + c.get("id").asText()));
            return out;
        }

        JsonNode find(String type, String id) {
            return changes.stream()
                    .filter(c -> c.get("type").asText().equals(type)
                            && c.get("id").asText().equals(id))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** Numbers what has committed (SyncPublisher's job, on a schedule in the service) and the cursor at its end. */
    public static String publishedCursor() {
        bean(SyncPublisher.class).publish();
        long last = Sql.query("SELECT last_seq FROM sync_publisher WHERE id = 1", rs -> rs.getLong(1))
                .get(0);
        return vn.donghanh.common.Cursor.encode("sync", Long.toString(last));
    }

    private Pull pull(String token, String cursor, int limit) {
        bean(SyncPublisher.class).publish();
        List<JsonNode> all = new ArrayList<>();
        String next = cursor;
        for (int pages = 0; pages < 1000; pages++) {
            ApiResponse r = api.get(token, "/api/v1/sync?limit=" + limit + (next == null ? "" : "&cursor=" + next));
            assertEquals(200, r.status(), r::toString);
            r.json().get("changes").forEach(all::add);
            next = r.json().get("cursor").asText();
            if (!r.json().get("hasMore").asBoolean()) {
                return new Pull(all, next);
            }
        }
        throw new AssertionError("the feed never ran out");
    }

    private ApiResponse checkIn(World.Person p, String id, String note) {
        return api.post(
                p.token(),
                "/api/v1/cases/" + p.caseId() + "/checkins",
                Map.of(
                        "id",
                        id,
                        "kind",
                        "SELF",
                        "occurredAt",
                        "2026-11-20T09:30:00+07:00",
                        "wellbeing",
                        4,
                        "note",
                        note));
    }

    private ApiResponse contact(String caseId, String id) {
        return api.post(
                w.token("mentorA1"),
                "/api/v1/cases/" + caseId + "/contacts",
                Map.of(
                        "id",
                        id,
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
    }

    @Test
    void eachRoleGetsWhatItMaySeeAndOnlyWhatChangedSinceItsCursor() {
        World.Person p = w.activatedPerson("Đồng Bộ Thử", "mentorA1");
        Pull first = pull(p.token(), null, 200);
        assertTrue(first.keys().contains("CASE:" + p.caseId()), first.keys()::toString);
        assertEquals(
                "Đồng Bộ Thử",
                first.find("CASE", p.caseId()).get("case").get("fullName").asText());

        String checkinId = UUID.randomUUID().toString();
        assertEquals(201, checkIn(p, checkinId, "Hôm nay ổn, đã đi làm phụ hồ").status());
        String contactId = UUID.randomUUID().toString();
        assertEquals(201, contact(p.caseId(), contactId).status());

        Pull person = pull(p.token(), first.cursor(), 200);
        assertEquals(
                List.of("CHECKIN:" + checkinId),
                person.keys(),
                "only what changed since the cursor, and no helper notes");
        JsonNode checkin = person.find("CHECKIN", checkinId);
        assertEquals(p.caseId(), checkin.get("caseId").asText());
        assertEquals(
                "Hôm nay ổn, đã đi làm phụ hồ",
                checkin.get("checkin").get("note").asText(),
                "Vietnamese round-trips");
        assertFalse(checkin.has("case") || checkin.has("contact"), "one record property per change");
        assertEquals(List.of(), pull(p.token(), person.cursor(), 200).keys(), "nothing new, nothing again");

        Pull mentor = pull(w.token("mentorA1"), null, 500);
        assertTrue(mentor.keys()
                .containsAll(List.of("CASE:" + p.caseId(), "CHECKIN:" + checkinId, "CONTACT:" + contactId)));
        assertEquals(
                "Thăm nhà, gia đình hợp tác",
                mentor.find("CONTACT", contactId).get("contact").get("summary").asText());
        assertTrue(
                pull(w.token("officerA"), null, 500).keys().contains("CONTACT:" + contactId), "the commune's officer");
        for (String outsider : List.of("mentorA2", "officerB", "officerOther", "supervisor")) {
            assertTrue(
                    pull(w.token(outsider), null, 500).changes().stream()
                            .noneMatch(c -> c.path("caseId").asText().equals(p.caseId())),
                    outsider + " sees nothing of a case outside their scope");
        }
        assertTrue(
                Sql.query(
                                        "SELECT COUNT(*) FROM audit_event WHERE action = 'SYNC_READ' AND case_id = ? AND actor_id = ?",
                                        rs -> rs.getInt(1),
                                        p.caseId(),
                                        w.id("mentorA1"))
                                .get(0)
                        >= 1,
                "reading through the feed is audited per case");
    }

    @Test
    void messagesAndNotificationsGoOnlyToTheirOwnAccounts() {
        World.Person p = w.activatedPerson("Nhắn Đồng Bộ", "mentorA1");
        String cursor = pull(p.token(), null, 200).cursor();
        String toPerson = UUID.randomUUID().toString();
        String toOfficer = UUID.randomUUID().toString();
        assertEquals(
                201,
                api.post(
                                w.token("mentorA1"),
                                "/api/v1/cases/" + p.caseId() + "/messages",
                                Map.of(
                                        "id",
                                        toPerson,
                                        "recipientId",
                                        p.accountId(),
                                        "body",
                                        "Chiều nay anh qua nhà em nhé"))
                        .status());
        assertEquals(
                201,
                api.post(
                                w.token("mentorA1"),
                                "/api/v1/cases/" + p.caseId() + "/messages",
                                Map.of("id", toOfficer, "recipientId", w.id("officerA"), "body", "Báo cáo tình hình"))
                        .status());

        Pull person = pull(p.token(), cursor, 200);
        assertTrue(person.keys().contains("MESSAGE:" + toPerson));
        assertFalse(
                person.keys().contains("MESSAGE:" + toOfficer),
                "the mentor's talk with the officer is not the person's");
        assertEquals(
                "Chiều nay anh qua nhà em nhé",
                person.find("MESSAGE", toPerson).get("message").get("body").asText());
        assertTrue(
                person.changes().stream()
                        .anyMatch(c -> c.get("type").asText().equals("NOTIFICATION")
                                && c.get("notification")
                                        .get("subjectId")
                                        .asText()
                                        .equals(toPerson)),
                "the new-message notification");

        assertEquals(
                200,
                api.post(p.token(), "/api/v1/messages/" + toPerson + "/read", null)
                        .status());
        Pull mentor = pull(w.token("mentorA1"), null, 500);
        assertTrue(mentor.find("MESSAGE", toPerson).get("message").has("readAt"), "a record comes as it is now: read");
    }

    @Test
    void anAppointmentThatMovesComesAgainWithItsNewTime() {
        World.Person p = w.activatedPerson("Hẹn Đồng Bộ", "mentorA1");
        String cursor = pull(p.token(), null, 200).cursor();
        String seriesId = UUID.randomUUID().toString();
        Map<String, Object> body = new HashMap<>(Map.of(
                "id",
                seriesId,
                "type",
                "HEALTH_CHECK",
                "placeId",
                clinic,
                "startsAt",
                "2026-11-24T08:00:00",
                "durationMinutes",
                30));
        assertEquals(
                201,
                api.post(w.token("officerA"), "/api/v1/cases/" + p.caseId() + "/appointments", body)
                        .status());
        Pull created = pull(p.token(), cursor, 200);
        JsonNode appointment = created.changes().stream()
                .filter(c -> c.get("type").asText().equals("APPOINTMENT"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "2026-11-24T01:00:00Z",
                appointment.get("appointment").get("startsAt").asText());
        assertFalse(
                appointment.get("appointment").get("discreetPlace").asBoolean(),
                "a health station may be named on the lock screen");

        String occurrence = appointment.get("id").asText();
        ApiResponse moved = api.post(
                w.token("officerA"),
                "/api/v1/appointment-occurrences/" + occurrence + "/move",
                Map.of("startsAt", "2026-11-25T14:00:00"));
        assertEquals(200, moved.status(), moved::toString);
        Pull again = pull(p.token(), created.cursor(), 200);
        assertEquals(List.of("APPOINTMENT:" + occurrence), again.keys());
        assertEquals(
                "2026-11-25T07:00:00Z",
                again.changes().get(0).get("appointment").get("startsAt").asText());
        assertTrue(again.changes().get(0).get("appointment").get("moved").asBoolean());
    }

    @Test
    void smallPagesWalkEveryChangeOnceAndARecordChangedTwiceInOnePageComesOnce() {
        World.Person p = w.activatedPerson("Trang Nhỏ", "mentorA1");
        String cursor = pull(p.token(), null, 200).cursor();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = UUID.randomUUID().toString();
            ids.add("CHECKIN:" + id);
            assertEquals(201, checkIn(p, id, "lần " + i).status());
        }
        Pull paged = pull(p.token(), cursor, 2);
        assertEquals(ids, paged.keys(), "oldest change first, each once, across three pages");

        String id = UUID.randomUUID().toString();
        assertEquals(201, checkIn(p, id, "rồi xoá vị trí").status());
        Sql.update("UPDATE checkin SET note = 'sửa lại' WHERE id = ?", id);
        Pull merged = pull(p.token(), paged.cursor(), 200);
        assertEquals(List.of("CHECKIN:" + id), merged.keys());
        assertEquals(
                "sửa lại", merged.changes().get(0).get("checkin").get("note").asText());
    }

    @Test
    void aChangeThatCommitsAfterALaterOneIsNotSkipped() throws Exception {
        World.Person p = w.activatedPerson("Giao Dịch Chậm", "mentorA1");
        String cursor = pull(p.token(), null, 200).cursor();
        String slowId = UUID.randomUUID().toString();
        TestDatabase.Connection db = TestDatabase.get();
        try (Connection slow = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            slow.setAutoCommit(false);
            try (PreparedStatement ps =
                    slow.prepareStatement("INSERT INTO checkin (id, case_id, kind, occurred_at, received_at, "
                            + "note, recorded_by) VALUES (?, ?, 'SELF', ?, ?, 'chậm mà chắc', ?)")) {
                ps.setString(1, slowId);
                ps.setString(2, p.caseId());
                ps.setTimestamp(3, Timestamp.from(NOW));
                ps.setTimestamp(4, Timestamp.from(NOW));
                ps.setString(5, p.accountId());
                ps.executeUpdate();
            }
            // The slow transaction holds the smaller seq; a later change commits first and is read.
            String fastId = UUID.randomUUID().toString();
            assertEquals(201, checkIn(p, fastId, "nhanh").status());
            Pull before = pull(p.token(), cursor, 200);
            assertEquals(List.of("CHECKIN:" + fastId), before.keys());
            slow.commit();

            Pull after = pull(p.token(), before.cursor(), 200);
            assertEquals(
                    List.of("CHECKIN:" + slowId),
                    after.keys(),
                    "the late commit comes after the cursor, not before it");
        }
    }

    @Test
    void aHelpRequestReachesTheMentorAndTheOfficerAndItsAcknowledgementThePerson() {
        World.Person p = w.activatedPerson("Nguyễn Văn An", "mentorA1");
        String mentorCursor = pull(w.token("mentorA1"), null, 500).cursor();
        String personCursor = pull(p.token(), null, 200).cursor();
        String helpId = UUID.randomUUID().toString();
        ApiResponse asked = api.post(
                p.token(),
                "/api/v1/cases/" + p.caseId() + "/help-requests",
                Map.of("id", helpId, "category", "CRAVING", "note", "Thèm quá, gọi em với"));
        assertEquals(201, asked.status(), asked::toString);

        // "Nguyễn Văn An needs help: craving, 5 minutes ago": the name from CASE, the rest from HELP_REQUEST.
        Pull mentor = pull(w.token("mentorA1"), null, 500);
        assertEquals(
                "Nguyễn Văn An",
                mentor.find("CASE", p.caseId()).get("case").get("fullName").asText());
        JsonNode help = pull(w.token("mentorA1"), mentorCursor, 500).find("HELP_REQUEST", helpId);
        assertEquals(p.caseId(), help.get("caseId").asText());
        assertEquals("CRAVING", help.get("helpRequest").get("category").asText());
        assertEquals(NOW.toString(), help.get("helpRequest").get("createdAt").asText());
        assertEquals("Thèm quá, gọi em với", help.get("helpRequest").get("note").asText());
        assertFalse(help.has("case") || help.has("notification"), "one record property per change");
        assertEquals(
                api.get(w.token("mentorA1"), "/api/v1/cases/" + p.caseId() + "/help-requests")
                        .json()
                        .get("items")
                        .get(0),
                help.get("helpRequest"),
                "the record as the help-request list shows it");
        assertTrue(pull(w.token("officerA"), null, 500).keys().contains("HELP_REQUEST:" + helpId), "the officer");
        for (String outsider : List.of("mentorA2", "officerB", "officerOther", "supervisor")) {
            assertFalse(pull(w.token(outsider), null, 500).keys().contains("HELP_REQUEST:" + helpId), outsider);
        }

        CLOCK.set(NOW.plusSeconds(120));
        assertEquals(
                200,
                api.post(w.token("mentorA1"), "/api/v1/help-requests/" + helpId + "/acknowledge", null)
                        .status());
        Pull person = pull(p.token(), personCursor, 200);
        JsonNode acknowledged = person.find("HELP_REQUEST", helpId);
        assertEquals(
                1,
                person.keys().stream()
                        .filter(k -> k.startsWith("HELP_REQUEST:"))
                        .count(),
                "once, as it is now");
        assertEquals(
                w.id("mentorA1"),
                acknowledged.get("helpRequest").get("acknowledgedBy").asText());
        assertEquals(
                NOW.plusSeconds(120).toString(),
                acknowledged.get("helpRequest").get("acknowledgedAt").asText(),
                "the person sees that their request was acknowledged");
    }

    private String activeAssignment(String caseId) {
        for (JsonNode a : api.get(w.token("officerA"), "/api/v1/cases/" + caseId + "/assignments")
                .json()) {
            if (a.get("active").asBoolean()) {
                return a.get("id").asText();
            }
        }
        throw new AssertionError("no active assignment");
    }

    private void endAssignment(String caseId) {
        ApiResponse ended = api.post(
                w.token("officerA"),
                "/api/v1/assignments/" + activeAssignment(caseId) + "/end",
                Map.of("reason", "Tình nguyện viên chuyển công tác", "endDate", "2026-11-20"));
        assertEquals(200, ended.status(), ended::toString);
    }

    private void assign(String caseId, String mentorKey) {
        ApiResponse assigned = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/assignments",
                Map.of("mentorId", w.id(mentorKey), "startDate", "2026-11-20"));
        assertEquals(201, assigned.status(), assigned::toString);
    }

    private int syncReads(String caseId, String key) {
        return Sql.query(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'SYNC_READ' AND case_id = ? AND actor_id = ?",
                        rs -> rs.getInt(1),
                        caseId,
                        w.id(key))
                .get(0);
    }

    private static void assertRemoval(JsonNode removed, String caseId) {
        assertEquals(caseId, removed.get("id").asText());
        assertEquals(caseId, removed.get("caseId").asText());
        List<String> fields = new ArrayList<>();
        removed.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("type", "id", "caseId"), fields, "a removal carries no record");
    }

    @Test
    void aMentorWhoseAssignmentEndsIsToldToForgetTheCaseAndOnlyThatMentor() {
        World.Person p = w.activatedPerson("Hết Phân Công", "mentorA1");
        String checkinId = UUID.randomUUID().toString();
        assertEquals(201, checkIn(p, checkinId, "trước khi đổi người").status());
        Pull before = pull(w.token("mentorA1"), null, 500);
        assertTrue(before.keys().contains("CHECKIN:" + checkinId));
        String mentorA2 = pull(w.token("mentorA2"), null, 500).cursor();
        String officer = pull(w.token("officerA"), null, 500).cursor();

        endAssignment(p.caseId());
        Pull removed = pull(w.token("mentorA1"), before.cursor(), 500);
        assertEquals(List.of("REMOVED:" + p.caseId()), removed.keys(), "nothing of the case but its removal");
        assertRemoval(removed.changes().get(0), p.caseId());
        assertEquals(List.of(), pull(w.token("mentorA2"), mentorA2, 500).keys(), "another mentor: nothing");
        assertEquals(
                List.of("CASE:" + p.caseId()),
                pull(w.token("officerA"), officer, 500).keys(),
                "the officer still sees the case, now without a mentor");
        assertFalse(pull(p.token(), null, 200).keys().contains("REMOVED:" + p.caseId()), "nor the person");

        // Re-assigned later: ordinary changes after the removal.
        // Re-assigned later: the case comes back with its history (the phone forgot it at the removal).
        assign(p.caseId(), "mentorA1");
        Pull back = pull(w.token("mentorA1"), removed.cursor(), 500);
        assertEquals(List.of("CASE:" + p.caseId(), "CHECKIN:" + checkinId), back.keys());
        assertEquals(
                w.id("mentorA1"),
                back.changes().get(0).get("case").get("mentorId").asText());

        // Ended and re-assigned before the mentor reads again: no removal, the case simply comes.
        endAssignment(p.caseId());
        assign(p.caseId(), "mentorA1");
        assertEquals(
                List.of("CASE:" + p.caseId(), "CHECKIN:" + checkinId),
                pull(w.token("mentorA1"), back.cursor(), 500).keys());
        assertFalse(
                pull(w.token("mentorA1"), null, 500).keys().contains("REMOVED:" + p.caseId()),
                "from the beginning too: the case is the mentor's again");
    }

    @Test
    void aNewMentorGetsTheCaseHistoryAndNobodyElseGetsItAgain() {
        World.Person p = w.activatedPerson("Đổi Người Giúp", "mentorA1");
        String checkinId = UUID.randomUUID().toString();
        assertEquals(201, checkIn(p, checkinId, "trước khi đổi người").status());
        String contactId = UUID.randomUUID().toString();
        assertEquals(201, contact(p.caseId(), contactId).status());
        String helpId = UUID.randomUUID().toString();
        ApiResponse help = api.post(
                p.token(),
                "/api/v1/cases/" + p.caseId() + "/help-requests",
                Map.of("id", helpId, "category", "CRAVING"));
        assertEquals(201, help.status(), help::toString);
        String newMentor = pull(w.token("mentorA2"), null, 500).cursor();
        String officer = pull(w.token("officerA"), null, 500).cursor();
        String person = pull(p.token(), null, 500).cursor();

        endAssignment(p.caseId());
        assign(p.caseId(), "mentorA2");

        Pull taken = pull(w.token("mentorA2"), newMentor, 500);
        assertTrue(
                taken.keys()
                        .containsAll(List.of(
                                "CASE:" + p.caseId(),
                                "CHECKIN:" + checkinId,
                                "CONTACT:" + contactId,
                                "HELP_REQUEST:" + helpId)),
                taken.keys()::toString);
        assertEquals(
                "trước khi đổi người",
                taken.find("CHECKIN", checkinId).get("checkin").get("note").asText());
        assertEquals(
                List.of("CASE:" + p.caseId()),
                pull(w.token("officerA"), officer, 500).keys(),
                "the officer already has the history: only the case's new mentor");
        // The person is told of their new mentor (a notification), and gets none of the history copies.
        List<String> personKeys = pull(p.token(), person, 500).keys();
        assertEquals("CASE:" + p.caseId(), personKeys.get(0), personKeys::toString);
        assertTrue(
                personKeys.subList(1, personKeys.size()).stream().allMatch(k -> k.startsWith("NOTIFICATION:")),
                "nor the person: " + personKeys);
        assertEquals(2, personKeys.size(), personKeys::toString);
        Pull left = pull(w.token("mentorA1"), fromStart, 500);
        assertFalse(left.keys().contains("CHECKIN:" + checkinId), "the mentor who left gets none of the copies");
        assertTrue(left.keys().contains("REMOVED:" + p.caseId()), left.keys()::toString);
    }

    @Test
    void aCaseThatMovesToAnotherCommuneIsRemovedForTheOfficersItLeft() {
        String provincePolice = w.org("Công an tỉnh", "COMMUNE_POLICE", w.province);
        w.account("officerProvince", "OFFICER", w.province, provincePolice, "Sở Công an tỉnh");
        World.Person p = w.activatedPerson("Chuyển Xã", "mentorA1");
        Map<String, String> cursors = new HashMap<>();
        for (String key : List.of("officerA", "officerB", "officerOther", "officerProvince", "mentorA1", "mentorA2")) {
            cursors.put(key, pull(w.token(key), null, 500).cursor());
        }

        // Transfers are not built yet (issue 14): move the case behind the API.
        Sql.update("UPDATE managed_case SET admin_unit_id = ? WHERE id = ?", w.communeB, p.caseId());
        int readsBefore = syncReads(p.caseId(), "officerA");
        Pull left = pull(w.token("officerA"), cursors.get("officerA"), 500);
        assertEquals(List.of("REMOVED:" + p.caseId()), left.keys(), "the commune it left");
        assertRemoval(left.changes().get(0), p.caseId());
        assertEquals(
                readsBefore,
                syncReads(p.caseId(), "officerA"),
                "a removal reads nothing of the case: not in the person's access log");
        assertEquals(
                List.of("CASE:" + p.caseId()),
                pull(w.token("officerB"), cursors.get("officerB"), 500).keys(),
                "the commune it came to: the case, no removal");
        assertEquals(
                List.of("CASE:" + p.caseId()),
                pull(w.token("officerProvince"), cursors.get("officerProvince"), 500)
                        .keys(),
                "an officer whose units cover both communes keeps it");
        assertEquals(
                List.of("CASE:" + p.caseId()),
                pull(w.token("mentorA1"), cursors.get("mentorA1"), 500).keys(),
                "the mentor's scope is the assignment, not the unit");
        assertEquals(
                List.of(),
                pull(w.token("officerOther"), cursors.get("officerOther"), 500).keys());
        assertEquals(
                List.of(),
                pull(w.token("mentorA2"), cursors.get("mentorA2"), 500).keys());
        assertFalse(pull(w.token("supervisor"), null, 500).keys().contains("REMOVED:" + p.caseId()));

        // Moved back: the commune it left now is the one it came from.
        Sql.update("UPDATE managed_case SET admin_unit_id = ? WHERE id = ?", w.communeA, p.caseId());
        assertEquals(
                List.of("CASE:" + p.caseId()),
                pull(w.token("officerA"), left.cursor(), 500).keys());
        assertTrue(pull(w.token("officerB"), fromStart, 500).keys().contains("REMOVED:" + p.caseId()));
        assertFalse(
                pull(w.token("officerA"), null, 500).keys().contains("REMOVED:" + p.caseId()),
                "a case back in scope comes without its old removal");
    }

    @Test
    void aCursorOrLimitItDidNotIssueIsABadRequestNamingTheParameter() {
        World.Person p = w.activatedPerson("Sai Con Trỏ", "mentorA1");
        ApiResponse forged = api.get(p.token(), "/api/v1/sync?cursor=bm90LWEtY3Vyc29y");
        assertEquals(400, forged.status());
        assertEquals(List.of("cursor"), forged.problemFields());
        ApiResponse otherList =
                api.get(p.token(), "/api/v1/sync?cursor=" + vn.donghanh.common.Cursor.encode("inbox", "7"));
        assertEquals(List.of("cursor"), otherList.problemFields(), "another list's cursor");
        ApiResponse tooMany = api.get(p.token(), "/api/v1/sync?limit=501");
        assertEquals(400, tooMany.status());
        assertEquals(List.of("limit"), tooMany.problemFields());
        assertEquals(401, api.get(null, "/api/v1/sync").status());
    }
}
