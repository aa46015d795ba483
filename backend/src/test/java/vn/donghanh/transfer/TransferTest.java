package vn.donghanh.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.report.UnitReport;
import vn.donghanh.report.UnitReportService;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * A person moves from commune A to a commune of another province, by every path: the sender
 * starts it, the receiver asks first, the receiver declines, nobody answers in time. The case ends
 * up supervised where the person lives, and every phone that should forget it does.
 */
class TransferTest extends IntegrationTest {
    static World w;

    static String fromStart;

    @BeforeAll
    static void world() {
        fromStart = vn.donghanh.sync.SyncFeedTest.publishedCursor();
        w = World.create(api);
        w.account("officerOther2", "OFFICER", w.otherCommune, w.policeOther, "Vũ Thị Tiếp Nhận");
        w.account("supervisorOther", "SUPERVISOR", w.otherProvince, null, "Giám sát tỉnh khác");
    }

    private static String today() {
        return LocalDate.now(CLOCK.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))).toString();
    }

    private ApiResponse start(String officer, String caseId, String toUnit) {
        Map<String, Object> body = new HashMap<>();
        body.put("toUnitId", toUnit);
        body.put("moveDate", today());
        body.put("reason", "Chuyển về sống cùng gia đình vợ ở Điện Biên");
        body.put("newAddress", "Bản Phiêng, số nhà 7");
        return api.post(w.token(officer), "/api/v1/cases/" + caseId + "/transfers", body);
    }

    private ApiResponse answer(String officer, String transferId, String state, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("state", state);
        if (reason != null) {
            body.put("reason", reason);
        }
        return api.post(w.token(officer), "/api/v1/transfers/" + transferId + "/answers", body);
    }

    private static List<String> kinds(String token) {
        List<String> out = new ArrayList<>();
        api.get(token, "/api/v1/inbox?limit=200")
                .json()
                .get("items")
                .forEach(n -> out.add(n.get("kind").asText()));
        return out;
    }

    /** How many notifications of this kind about this subject the account has. */
    private static long about(String token, String kind, String subjectId) {
        long n = 0;
        for (JsonNode item : api.get(token, "/api/v1/inbox?limit=200").json().get("items")) {
            if (item.get("kind").asText().equals(kind)
                    && subjectId.equals(item.path("subjectId").asText())) {
                n++;
            }
        }
        return n;
    }

    /** The phone's feed from before this class's world (a phone that never stopped syncing): removals included. */
    private static List<JsonNode> pull(String token) {
        bean(vn.donghanh.sync.SyncPublisher.class).publish();
        List<JsonNode> all = new ArrayList<>();
        String cursor = fromStart;
        for (int pages = 0; pages < 100; pages++) {
            ApiResponse r = api.get(token, "/api/v1/sync?limit=500" + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, r.status(), r::toString);
            r.json().get("changes").forEach(all::add);
            cursor = r.json().get("cursor").asText();
            if (!r.json().get("hasMore").asBoolean()) {
                return all;
            }
        }
        throw new AssertionError("the feed never ran out");
    }

    private static boolean removed(List<JsonNode> changes, String caseId) {
        return changes.stream()
                .anyMatch(c -> c.get("type").asText().equals("REMOVED")
                        && c.get("caseId").asText().equals(caseId));
    }

    private static List<String> timelineTypes(String officer, String caseId) {
        List<String> out = new ArrayList<>();
        api.get(w.token(officer), "/api/v1/cases/" + caseId + "/timeline")
                .json()
                .forEach(e -> out.add(e.get("type").asText()));
        return out;
    }

    @Test
    void theSenderStartsItTheReceiverAcceptsAndTheCaseIsSupervisedWherePersonLives() {
        World.Person p = w.activatedPerson("Nguyễn Văn Chuyển " + w.tag, "mentorA1");
        ApiResponse plan = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + p.caseId() + "/checkin-plans",
                Map.of("kind", "SELF_CHECKIN", "rrule", "FREQ=WEEKLY;BYDAY=MO", "effectiveFrom", "2025-03-10"));
        assertEquals(201, plan.status(), plan::toString);
        assertTrue(pull(w.token("mentorA1")).stream()
                .anyMatch(c -> c.get("caseId").asText().equals(p.caseId())));

        ApiResponse started = start("officerA", p.caseId(), w.otherCommune);
        assertEquals(201, started.status(), started::toString);
        String id = started.json().get("id").asText();
        assertEquals("REQUESTED", started.json().get("state").asText());
        assertEquals("SENDER", started.json().get("side").asText());
        assertEquals(
                "Chuyển về sống cùng gia đình vợ ở Điện Biên",
                started.json().get("reason").asText());
        assertEquals(
                "Tỉnh Khác " + w.tag,
                started.json().get("toUnit").get("provinceName").asText());

        // Until the receiver accepts, the case stays with commune A, and is shown as leaving.
        assertEquals(
                200, api.get(w.token("officerA"), "/api/v1/cases/" + p.caseId()).status());
        JsonNode ofCase = api.get(w.token("officerA"), "/api/v1/cases/" + p.caseId() + "/transfers")
                .json();
        assertEquals("REQUESTED", ofCase.get(0).get("state").asText());
        assertEquals(
                404,
                api.get(w.token("officerOther"), "/api/v1/cases/" + p.caseId()).status(),
                "sheet only");
        assertTrue(kinds(w.token("officerOther")).contains("TRANSFER_INCOMING"));
        JsonNode incoming = api.get(w.token("officerOther"), "/api/v1/transfers?direction=INCOMING")
                .json();
        JsonNode mine = find(incoming, id);
        assertEquals("Nguyễn Văn Chuyển " + w.tag, mine.get("personName").asText());
        assertTrue(mine.get("actions").toString().contains("ACCEPTED"));
        assertFalse(mine.get("overdue").asBoolean());

        JsonNode sheet = api.get(w.token("officerOther"), "/api/v1/transfers/" + id + "/sheet")
                .json();
        assertEquals("COMPULSORY_REHAB_ADULT", sheet.get("basis").asText());
        assertEquals("ACTIVE", sheet.get("status").asText());
        assertEquals(1, sheet.get("compliance").get("plans").size(), sheet::toString);
        assertFalse(sheet.has("contacts"), "contact notes stay with the sending commune");

        long[] before = {moved("supervisorOther", w.otherProvince, true), moved("supervisor", w.communeA, false)};
        ApiResponse accepted = answer("officerOther", id, "ACCEPTED", null);
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("ACCEPTED", accepted.json().get("state").asText());
        assertEquals(
                "Vũ Thị Tiếp Nhận".equals(accepted.json().get("answeredByName").asText())
                        || "Phạm Văn Khác"
                                .equals(accepted.json().get("answeredByName").asText()),
                true);

        // The supervisors' report counts the person into the new province and out of the old commune, this month.
        assertEquals(before[0] + 1, moved("supervisorOther", w.otherProvince, true));
        assertEquals(before[1] + 1, moved("supervisor", w.communeA, false));

        // The receiving commune supervises the case, with its plans.
        JsonNode moved =
                api.get(w.token("officerOther"), "/api/v1/cases/" + p.caseId()).json();
        assertEquals(w.otherCommune, moved.get("adminUnitId").asText());
        assertTrue(moved.get("mentor") == null || moved.get("mentor").isNull(), "the old mentor does not follow");
        JsonNode plans = api.get(w.token("officerOther"), "/api/v1/cases/" + p.caseId() + "/checkin-plans")
                .json();
        assertEquals("FREQ=WEEKLY;BYDAY=MO", plans.get(0).get("rrule").asText(), plans::toString);
        List<String> timeline = timelineTypes("officerOther", p.caseId());
        assertTrue(
                timeline.containsAll(List.of("TRANSFER_REQUESTED", "TRANSFER_ACCEPTED", "MENTOR_UNASSIGNED")),
                timeline::toString);
        JsonNode assignments = api.get(w.token("officerOther"), "/api/v1/cases/" + p.caseId() + "/assignments")
                .json();
        assertEquals("chuyển nơi cư trú", assignments.get(0).get("endReason").asText(), assignments::toString);

        // The sending commune keeps the history up to the move date, and nothing else.
        assertEquals(
                404, api.get(w.token("officerA"), "/api/v1/cases/" + p.caseId()).status());
        ApiResponse kept = api.get(w.token("officerA"), "/api/v1/transfers/" + id + "/sheet");
        assertEquals(200, kept.status(), kept::toString);
        assertTrue(kinds(w.token("officerA")).contains("TRANSFER_ANSWERED"));

        // Phones: the old mentor and the old officer forget it; the person sees where they now belong.
        assertTrue(removed(pull(w.token("mentorA1")), p.caseId()), "the old mentor's phone drops the case");
        assertEquals(
                404,
                api.get(w.token("mentorA1"), "/api/v1/cases/" + p.caseId() + "/timeline")
                        .status());
        assertTrue(removed(pull(w.token("officerA")), p.caseId()), "the old commune's phones drop the case");
        JsonNode me = api.get(p.token(), "/api/v1/me/case").json();
        assertEquals("Xã Khác " + w.tag, me.get("adminUnitName").asText());
        List<String> officers = new ArrayList<>();
        me.get("officers").forEach(o -> officers.add(o.get("displayName").asText()));
        assertTrue(officers.contains("Phạm Văn Khác"), officers::toString);
        assertTrue(kinds(p.token()).contains("CASE_MOVED"));

        // The new commune's mentor: the person is told, discreetly.
        ApiResponse assigned = api.post(
                w.token("officerOther"),
                "/api/v1/cases/" + p.caseId() + "/assignments",
                Map.of("mentorId", w.id("mentorOther"), "startDate", today()));
        assertEquals(201, assigned.status(), assigned::toString);
        JsonNode note =
                findKind(api.get(p.token(), "/api/v1/inbox?limit=200").json().get("items"), "MENTOR_ASSIGNED");
        assertFalse(note.get("body").asText().contains("Mentor Khác"), "no name on the lock screen");
    }

    @Test
    void aPersonWhoReportsToTheNewCommuneFirstIsFoundAndAskedFor() {
        Map<String, Object> body = World.caseBody(w.communeA, "Trần Thị Đến Trước " + w.tag);
        String nationalId = "0010" + String.format("%08d", Math.floorMod(w.tag.hashCode(), 100_000_000));
        body.put("nationalId", nationalId);
        body.put("phone", "0912" + String.format("%06d", Math.floorMod(w.tag.hashCode(), 1_000_000)));
        String caseId = w.registerCase("officerA", body).get("id").asText();

        JsonNode found = api.post(w.token("officerOther"), "/api/v1/case-lookups", Map.of("nationalId", nationalId))
                .json();
        assertTrue(found.get("found").asBoolean());
        assertEquals(caseId, found.get("caseId").asText());
        assertEquals("Xã Đồng Hỷ " + w.tag, found.get("holdingUnit").get("name").asText());
        assertFalse(found.toString().contains("Đến Trước"), "the lookup reveals no name");
        JsonNode byPhone = api.post(w.token("officerOther"), "/api/v1/case-lookups", Map.of("phone", body.get("phone")))
                .json();
        assertEquals(caseId, byPhone.get("caseId").asText());
        assertFalse(api.post(w.token("officerOther"), "/api/v1/case-lookups", Map.of("nationalId", "999999999999"))
                .json()
                .get("found")
                .asBoolean());
        ApiResponse neither = api.post(w.token("officerOther"), "/api/v1/case-lookups", Map.of());
        assertEquals(400, neither.status());
        assertEquals(List.of("nationalId"), neither.problemFields());

        ApiResponse asked = api.post(
                w.token("officerOther"),
                "/api/v1/transfers",
                Map.of("caseId", caseId, "moveDate", today(), "reason", "Đã đến trình báo tại Công an xã"));
        assertEquals(201, asked.status(), asked::toString);
        String id = asked.json().get("id").asText();
        assertEquals("ASKED", asked.json().get("state").asText());
        assertEquals(
                403,
                api.get(w.token("officerOther"), "/api/v1/transfers/" + id + "/sheet")
                        .status(),
                "no sheet before the holder releases the case");
        assertNull(
                find(
                        api.get(w.token("officerOther"), "/api/v1/transfers?direction=OUTGOING")
                                .json(),
                        id),
                "an ask is not the receiver's outgoing transfer");
        assertTrue(kinds(w.token("officerA")).contains("TRANSFER_INCOMING"), "the holder is asked");
        assertEquals(422, answer("officerOther", id, "ACCEPTED", null).status(), "not released yet");

        ApiResponse offered = answer("officerA", id, "OFFERED", null);
        assertEquals(200, offered.status(), offered::toString);
        assertEquals(
                200,
                api.get(w.token("officerOther"), "/api/v1/transfers/" + id + "/sheet")
                        .status());
        assertEquals(200, answer("officerOther", id, "ACCEPTED", null).status());
        assertEquals(
                w.otherCommune,
                api.get(w.token("officerOther"), "/api/v1/cases/" + caseId)
                        .json()
                        .get("adminUnitId")
                        .asText());
        assertTrue(timelineTypes("officerOther", caseId)
                .containsAll(List.of("TRANSFER_ASKED", "TRANSFER_OFFERED", "TRANSFER_ACCEPTED")));
    }

    @Test
    void aDeclinedTransferReturnsToTheSenderWithTheReason() {
        String caseId = w.registerCase("officerA", w.communeA, "Lê Văn Trả Về " + w.tag)
                .get("id")
                .asText();
        String id = start("officerA", caseId, w.communeB).json().get("id").asText();
        ApiResponse noReason = answer("officerB", id, "DECLINED", null);
        assertEquals(400, noReason.status());
        assertEquals(List.of("reason"), noReason.problemFields());
        ApiResponse declined = answer("officerB", id, "DECLINED", "Không tìm thấy người tại địa chỉ mới");
        assertEquals(200, declined.status(), declined::toString);
        JsonNode seen = api.get(w.token("officerA"), "/api/v1/transfers/" + id).json();
        assertEquals("DECLINED", seen.get("state").asText());
        assertEquals(
                "Không tìm thấy người tại địa chỉ mới", seen.get("answerReason").asText());
        assertTrue(kinds(w.token("officerA")).contains("TRANSFER_ANSWERED"));
        assertEquals(
                w.communeA,
                api.get(w.token("officerA"), "/api/v1/cases/" + caseId)
                        .json()
                        .get("adminUnitId")
                        .asText());
        assertEquals(
                403,
                api.get(w.token("officerB"), "/api/v1/transfers/" + id + "/sheet")
                        .status());
        assertEquals(201, start("officerA", caseId, w.otherCommune).status(), "the sender may try again");
    }

    @Test
    void aTransferNobodyAnswersIsEscalatedAboveTheReceiverAndFlaggedOnBothOverdueLists() {
        String caseId = w.registerCase("officerA", w.communeA, "Đỗ Văn Chờ " + w.tag)
                .get("id")
                .asText();
        String id = start("officerA", caseId, w.otherCommune).json().get("id").asText();
        TransferDeadlineJob job = context().getBean(TransferDeadlineJob.class);
        job.runOnce();
        assertFalse(kinds(w.token("supervisorOther")).contains("TRANSFER_OVERDUE"), "not before the deadline");

        CLOCK.advance(Duration.ofHours(25));
        for (String key : List.of("officerA", "officerOther", "supervisorOther", "supervisor")) {
            w.tokens.put(key, World.login(api, w.username(key), World.PASSWORD));
        }
        job.runOnce();
        job.runOnce();
        assertEquals(1, about(w.token("supervisorOther"), "TRANSFER_OVERDUE", id), "told once");
        assertEquals(0, about(w.token("supervisor"), "TRANSFER_OVERDUE", id), "the sender's province owes nothing");
        assertTrue(find(
                        api.get(w.token("officerA"), "/api/v1/transfers?direction=OUTGOING&overdue=true")
                                .json(),
                        id)
                .get("overdue")
                .asBoolean());
        for (String officer : List.of("officerA", "officerOther")) {
            JsonNode overdue = api.get(w.token(officer), "/api/v1/overdue?limit=1000")
                    .json()
                    .get("items");
            boolean flagged = false;
            for (JsonNode item : overdue) {
                flagged |= "TRANSFER_ANSWER".equals(item.get("kind").asText())
                        && id.equals(item.get("transferId").asText());
            }
            assertTrue(flagged, officer + "'s overdue list flags the transfer: " + overdue);
        }
        assertEquals(200, answer("officerOther", id, "ACCEPTED", null).status(), "late, but still accepted");
    }

    @Test
    void illegalMovesAreRefusedAndOneOfTwoAcceptsWins() throws Exception {
        String caseId = w.registerCase("officerA", w.communeA, "Phan Văn Luật " + w.tag)
                .get("id")
                .asText();
        ApiResponse own = start("officerA", caseId, w.communeA);
        assertEquals(400, own.status());
        assertEquals(List.of("toUnitId"), own.problemFields());
        assertEquals(400, start("officerA", caseId, w.otherProvince).status(), "a province is not a commune");
        assertEquals(404, start("officerOther", caseId, w.communeB).status(), "not the holder");

        String id = start("officerA", caseId, w.otherCommune).json().get("id").asText();
        ApiResponse twice = start("officerA", caseId, w.communeB);
        assertEquals(409, twice.status());
        assertTrue(twice.json().get("type").asText().endsWith("transfer-open"));
        ApiResponse senderAccepts = answer("officerA", id, "ACCEPTED", null);
        assertEquals(422, senderAccepts.status());
        assertEquals(List.of("state"), senderAccepts.problemFields());
        assertEquals(422, answer("officerOther", id, "OFFERED", null).status());
        assertEquals(404, answer("officerB", id, "ACCEPTED", null).status(), "neither side");
        assertEquals(
                404, api.get(w.token("officerB"), "/api/v1/transfers/" + id).status());

        // Two receiving officers accept at the same moment: one wins, the other is told it was answered.
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<ApiResponse> first = CompletableFuture.supplyAsync(() -> {
            await(go);
            return answer("officerOther", id, "ACCEPTED", null);
        });
        CompletableFuture<ApiResponse> second = CompletableFuture.supplyAsync(() -> {
            await(go);
            return answer("officerOther2", id, "ACCEPTED", null);
        });
        go.countDown();
        List<Integer> statuses =
                new ArrayList<>(List.of(first.get().status(), second.get().status()));
        statuses.sort(Integer::compare);
        assertEquals(List.of(200, 409), statuses);
        assertEquals(
                1,
                timelineTypes("officerOther", caseId).stream()
                        .filter("TRANSFER_ACCEPTED"::equals)
                        .count());
        assertEquals(409, answer("officerOther", id, "DECLINED", "đổi ý").status(), "answered already");

        // A transfer cannot be accepted for a case whose status changed meanwhile.
        String other = w.registerCase("officerA", w.communeA, "Phan Thị Đổi " + w.tag)
                .get("id")
                .asText();
        String pending =
                start("officerA", other, w.otherCommune).json().get("id").asText();
        ApiResponse suspended = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + other + "/status-changes",
                Map.of("status", "SUSPENDED", "reason", "Đang điều trị tại bệnh viện", "effectiveDate", today()));
        assertEquals(201, suspended.status(), suspended::toString);
        ApiResponse changed = answer("officerOther", pending, "ACCEPTED", null);
        assertEquals(409, changed.status());
        assertTrue(changed.json().get("type").asText().endsWith("case-changed"));
        assertEquals(400, answer("officerA", pending, "CANCELLED", null).status(), "a reason to cancel");
        assertEquals(
                200,
                answer("officerA", pending, "CANCELLED", "Người chưa chuyển đi").status());
    }

    /** This month's moved-in (or moved-out) count of a unit in the supervisor's report. */
    private static long moved(String supervisorKey, String unitId, boolean in) {
        String path = context()
                .getBean(AdminUnitService.class)
                .require(w.unitOf(supervisorKey), "unit")
                .path();
        Caller supervisor = new Caller(
                w.id(supervisorKey),
                Role.SUPERVISOR,
                "Giám sát",
                w.unitOf(supervisorKey),
                path,
                null,
                null,
                "127.0.0.1");
        List<UnitReport.Month> trend = context()
                .getBean(UnitReportService.class)
                .report(supervisor, unitId)
                .trend();
        UnitReport.Month now = trend.get(trend.size() - 1);
        return in ? now.movedIn() : now.movedOut();
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode t : list) {
            if (t.get("id").asText().equals(id)) {
                return t;
            }
        }
        return null;
    }

    private static JsonNode findKind(JsonNode list, String kind) {
        for (JsonNode n : list) {
            if (n.get("kind").asText().equals(kind)) {
                return n;
            }
        }
        throw new AssertionError("no " + kind + " in " + list);
    }
}
