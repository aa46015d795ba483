package vn.donghanh.report.periodic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * The periodic reports through the API (every exchange checked against the contract): scope, bad
 * input, versions frozen at submission, the late flag, the supervisor's overview and totals, and
 * the deadline reminder. The test world's provinces ask for the national defaults: the second six
 * months of 2026 run 15/06–14/12/2026, are due 10/12/2026 and open for submission on 20/11/2026.
 */
class PeriodicReportApiTest extends IntegrationTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String H2 = "2026-H2";
    private static final String REPORT = "/api/v1/reports/periodic/" + H2;

    @AfterEach
    void restoreClock() {
        CLOCK.set(Instant.now());
    }

    private static void today(LocalDate day) {
        CLOCK.set(day.atTime(LocalTime.of(10, 0)).atZone(VN).toInstant());
    }

    private static ApiResponse submit(World w, String officer, String narrative, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("narrative", narrative);
        if (reason != null) {
            body.put("correctionReason", reason);
        }
        return api.post(w.token(officer), REPORT + "/submissions", body);
    }

    private static long value(JsonNode figures, Indicator i) {
        for (JsonNode f : figures) {
            if (f.get("indicator").asText().equals(i.name())) {
                return f.path("value").asLong(-1);
            }
        }
        throw new AssertionError("no " + i + " in " + figures);
    }

    private static JsonNode total(JsonNode overview, Indicator i) {
        for (JsonNode t : overview.get("totals")) {
            if (t.get("indicator").asText().equals(i.name())) {
                return t;
            }
        }
        throw new AssertionError("no " + i);
    }

    private static void drugTest(World w, String caseId, LocalDate on) {
        ApiResponse r = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/drug-tests",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "testedOn",
                        on.toString(),
                        "result",
                        "POSITIVE",
                        "testedBy",
                        "Trạm Y tế"));
        assertEquals(201, r.status(), r::toString);
    }

    @Test
    void everyoneSeesOnlyTheirScope() {
        World w = World.create(api);
        w.account("supervisorOther", "SUPERVISOR", w.otherProvince, null, "Giám sát tỉnh khác");
        today(LocalDate.of(2026, 12, 1));

        ApiResponse own = api.get(w.token("officerA"), REPORT);
        assertEquals(200, own.status(), own::toString);
        assertEquals(w.communeA, own.json().get("unit").get("id").asText());
        assertTrue(own.json().get("canSubmit").asBoolean());
        assertEquals(Indicator.values().length, own.json().get("live").size());
        assertEquals(
                "Persons under post-rehabilitation management at the end of the period",
                own.json().get("live").get(0).get("label").asText());
        JsonNode vi = api.send("GET", w.token("officerA"), REPORT, null, null, Map.of("Accept-Language", "vi"))
                .json();
        assertEquals(
                "Số người đang quản lý sau cai nghiện tại thời điểm cuối kỳ",
                vi.get("live").get(0).get("label").asText());
        assertEquals("6 tháng cuối năm 2026", vi.get("period").get("label").asText());

        assertEquals(
                404,
                api.get(w.token("officerA"), REPORT + "?unitId=" + w.communeB).status());
        ApiResponse foreign = api.post(
                w.token("officerA"), REPORT + "/submissions?unitId=" + w.communeB, Map.of("narrative", "Không"));
        assertEquals(404, foreign.status(), foreign::toString);
        assertEquals(403, api.get(w.token("mentorA1"), REPORT).status());
        assertEquals(
                404,
                api.get(w.token("supervisorOther"), REPORT + "?unitId=" + w.communeA)
                        .status());
        assertEquals(
                404,
                api.get(w.token("supervisorOther"), REPORT + "/units?unitId=" + w.province)
                        .status());
        ApiResponse seen = api.get(w.token("supervisor"), REPORT + "?unitId=" + w.communeA);
        assertEquals(200, seen.status(), seen::toString);
        assertFalse(seen.json().get("canSubmit").asBoolean());
        ApiResponse bySupervisor = api.post(
                w.token("supervisor"), REPORT + "/submissions?unitId=" + w.communeA, Map.of("narrative", "Không"));
        assertEquals(403, bySupervisor.status(), bySupervisor::toString);

        ApiResponse periods = api.get(w.token("officerA"), "/api/v1/report-periods");
        assertEquals(200, periods.status(), periods::toString);
        // Newest first: the year report (also cut off on 14/12) before the second six months.
        assertEquals("2026-Y", periods.json().get(0).get("code").asText());
        JsonNode h2 = periods.json().get(1);
        assertEquals(H2, h2.get("code").asText());
        assertEquals("2026-12-10", h2.get("deadline").asText());
        assertEquals("2026-11-20", h2.get("opensOn").asText());
        assertEquals("2026-06-15", h2.get("startsOn").asText());
    }

    @Test
    void badInputIsAClearProblemInTheCallersLanguage() {
        World w = World.create(api);
        today(LocalDate.of(2026, 11, 10));

        ApiResponse unknown = api.get(w.token("officerA"), "/api/v1/reports/periodic/2026-H9");
        assertEquals(404, unknown.status(), unknown::toString);
        assertTrue(unknown.json().get("type").asText().endsWith("/no-such-period"), unknown::toString);
        assertEquals(
                "periodCode", unknown.json().get("errors").get(0).get("field").asText());
        assertEquals("no such reporting period", unknown.json().get("detail").asText());
        ApiResponse quarter = api.get(w.token("officerA"), "/api/v1/reports/periodic/2026-Q3");
        assertEquals(404, quarter.status(), "the province does not ask for quarterly reports");
        ApiResponse future = api.get(w.token("officerA"), "/api/v1/reports/periodic/2027-H2");
        assertEquals(422, future.status(), future::toString);
        assertTrue(future.json().get("type").asText().endsWith("/future-period"));

        ApiResponse early = submit(w, "officerA", "Ổn định", null);
        assertEquals(409, early.status(), early::toString);
        assertTrue(early.json().get("type").asText().endsWith("/report-not-open"));
        assertEquals(
                "the report is not open for submission until 20/11/2026",
                early.json().get("detail").asText());
        ApiResponse earlyVi = api.send(
                "POST",
                w.token("officerA"),
                REPORT + "/submissions",
                "{\"narrative\":\"Ổn định\"}",
                "application/json",
                Map.of("Accept-Language", "vi"));
        assertEquals(
                "chưa đến thời gian nộp báo cáo; được nộp từ ngày 20/11/2026",
                earlyVi.json().get("detail").asText());

        today(LocalDate.of(2026, 12, 1));
        ApiResponse blank = submit(w, "officerA", "   ", null);
        assertEquals(400, blank.status(), blank::toString);
        assertEquals("narrative", blank.json().get("errors").get(0).get("field").asText());

        ApiResponse first = submit(w, "officerA", "Ổn định", null);
        assertEquals(201, first.status(), first::toString);
        assertEquals(1, first.json().get("version").asInt());
        ApiResponse twice = submit(w, "officerA", "Ổn định", null);
        assertEquals(409, twice.status(), twice::toString);
        assertTrue(twice.json().get("type").asText().endsWith("/already-submitted"));
        assertEquals(
                "the report is already submitted (version 1); a new version needs a correction reason",
                twice.json().get("detail").asText());
        ApiResponse second = submit(w, "officerA", "Ổn định", "Sửa số người giúp đỡ");
        assertEquals(201, second.status(), second::toString);
        assertEquals(2, second.json().get("version").asInt());

        String v1 = first.json().get("id").asText();
        String v2 = second.json().get("id").asText();
        ApiResponse old = api.post(
                w.token("supervisor"), "/api/v1/report-submissions/" + v1 + "/return", Map.of("comment", "Xem lại"));
        assertEquals(409, old.status(), old::toString);
        assertTrue(old.json().get("type").asText().endsWith("/not-current-version"));
        ApiResponse noComment =
                api.post(w.token("supervisor"), "/api/v1/report-submissions/" + v2 + "/return", Map.of("comment", " "));
        assertEquals(400, noComment.status(), noComment::toString);
        assertEquals(
                "comment", noComment.json().get("errors").get(0).get("field").asText());
        ApiResponse byOfficer = api.post(
                w.token("officerA"), "/api/v1/report-submissions/" + v2 + "/return", Map.of("comment", "Xem lại"));
        assertEquals(403, byOfficer.status(), byOfficer::toString);
        ApiResponse returned = api.post(
                w.token("supervisor"),
                "/api/v1/report-submissions/" + v2 + "/return",
                Map.of("comment", "Xem lại dòng 3"));
        assertEquals(200, returned.status(), returned::toString);
        assertEquals("Xem lại dòng 3", returned.json().get("returnComment").asText());
        ApiResponse again = api.post(
                w.token("supervisor"), "/api/v1/report-submissions/" + v2 + "/return", Map.of("comment", "Xem lại"));
        assertEquals(409, again.status(), again::toString);
        assertTrue(again.json().get("type").asText().endsWith("/already-returned"));
        assertEquals(
                "the report was already sent back", again.json().get("detail").asText());

        ApiResponse format = api.get(w.token("officerA"), REPORT + "/file?format=doc");
        assertEquals(400, format.status(), format::toString);
        assertEquals("format", format.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void aVersionIsFrozenAndCorrectionsStayVisible() {
        World w = World.create(api);
        today(LocalDate.of(2026, 12, 1));
        String caseId = w.registerCase("officerA", w.communeA, "Nguyễn Văn Đông")
                .get("id")
                .asText();
        drugTest(w, caseId, LocalDate.of(2026, 11, 30));
        String narrative = "Khó khăn: thiếu cán bộ; đề xuất tăng cường “tổ tự quản” — ổn định, an toàn.\nDòng hai.";

        ApiResponse v1 = submit(w, "officerA", narrative, null);
        assertEquals(201, v1.status(), v1::toString);
        assertEquals(narrative, v1.json().get("narrative").asText());
        assertEquals(1, value(v1.json().get("figures"), Indicator.UNDER_MANAGEMENT));
        assertEquals(1, value(v1.json().get("figures"), Indicator.DRUG_TESTS));
        assertFalse(v1.json().get("late").asBoolean());
        assertEquals("2026-12-01", v1.json().get("figuresAsOf").asText());

        drugTest(w, caseId, LocalDate.of(2026, 12, 1));
        JsonNode report = api.get(w.token("officerA"), REPORT).json();
        assertEquals(2, value(report.get("live"), Indicator.DRUG_TESTS), "live figures follow the data");
        assertEquals(1, value(report.get("versions").get(0).get("figures"), Indicator.DRUG_TESTS), "frozen");
        assertEquals(narrative, report.get("versions").get(0).get("narrative").asText());
        assertEquals("SUBMITTED", report.get("state").asText());

        String id = v1.json().get("id").asText();
        assertEquals(
                200,
                api.post(
                                w.token("supervisor"),
                                "/api/v1/report-submissions/" + id + "/return",
                                Map.of("comment", "Bổ sung"))
                        .status());
        JsonNode inbox = api.get(w.token("officerA"), "/api/v1/inbox").json().get("items");
        long returnedNotices = 0;
        for (JsonNode n : inbox) {
            if (n.get("kind").asText().equals("REPORT_RETURNED")) {
                returnedNotices++;
                assertFalse(n.get("body").asText().contains("Nguyễn"), "no name in a notice");
            }
        }
        assertEquals(1, returnedNotices);
        assertEquals(
                "RETURNED",
                api.get(w.token("officerA"), REPORT).json().get("state").asText());

        ApiResponse v2 = submit(w, "officerA", "Đã bổ sung", null);
        assertEquals(201, v2.status(), "after a return no reason is needed: " + v2);
        assertEquals(2, v2.json().get("version").asInt());
        assertEquals(2, value(v2.json().get("figures"), Indicator.DRUG_TESTS));
        JsonNode versions = api.get(w.token("supervisor"), REPORT + "?unitId=" + w.communeA)
                .json()
                .get("versions");
        assertEquals(2, versions.size());
        assertTrue(versions.get(0).get("current").asBoolean());
        assertFalse(versions.get(1).get("current").asBoolean());
        assertEquals("Bổ sung", versions.get(1).get("returnComment").asText());
        assertEquals(1, value(versions.get(1).get("figures"), Indicator.DRUG_TESTS));
    }

    @Test
    void twoOfficersSubmittingAtOnceGetTwoVersionsOrOneConflict() throws Exception {
        World w = World.create(api);
        w.account("officerA2", "OFFICER", w.communeA, w.policeA, "Cán bộ thứ hai");
        today(LocalDate.of(2026, 12, 1));
        for (int round = 0; round < 3; round++) {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            List<java.util.concurrent.Future<ApiResponse>> both = new java.util.ArrayList<>();
            for (String officer : List.of("officerA", "officerA2")) {
                both.add(pool.submit(() -> {
                    go.await();
                    return submit(w, officer, "Cùng lúc", "Lần " + officer);
                }));
            }
            go.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var f : both) {
                ApiResponse r = f.get();
                statuses.add(r.status());
                if (r.status() == 409) {
                    assertTrue(r.json().get("type").asText().endsWith("/already-submitted"), r::toString);
                }
            }
            pool.shutdown();
            assertTrue(
                    statuses.stream().sorted().toList().equals(List.of(201, 201))
                            || statuses.stream().sorted().toList().equals(List.of(201, 409)),
                    statuses::toString);
        }
        JsonNode versions = api.get(w.token("officerA"), REPORT).json().get("versions");
        java.util.Set<Integer> numbers = new java.util.TreeSet<>();
        versions.forEach(v -> numbers.add(v.get("version").asInt()));
        assertEquals(versions.size(), numbers.size(), "no version number twice");
        assertEquals(
                versions.size(),
                numbers.stream().mapToInt(Integer::intValue).max().orElse(0),
                "1..n");
        assertTrue(versions.size() >= 3, versions::toString);
    }

    @Test
    void aReportAfterTheDeadlineIsLateToBothSides() {
        World w = World.create(api);
        today(LocalDate.of(2026, 12, 10));
        assertEquals(201, submit(w, "officerB", "Đúng hạn", null).status());
        today(LocalDate.of(2026, 12, 11));
        JsonNode before = api.get(w.token("officerA"), REPORT).json();
        assertEquals("NOT_SUBMITTED", before.get("state").asText());
        assertTrue(before.get("late").asBoolean(), "the deadline passed with nothing in force");
        ApiResponse late = submit(w, "officerA", "Nộp muộn", null);
        assertEquals(201, late.status(), late::toString);
        assertTrue(late.json().get("late").asBoolean());
        JsonNode overview = api.get(w.token("supervisor"), REPORT + "/units").json();
        Map<String, JsonNode> byUnit = new HashMap<>();
        overview.get("units").forEach(u -> byUnit.put(u.get("unit").get("id").asText(), u));
        assertTrue(byUnit.get(w.communeA).get("late").asBoolean());
        assertFalse(byUnit.get(w.communeB).get("late").asBoolean());
        assertEquals(1, overview.get("late").asInt());
        assertFalse(
                api.get(w.token("supervisor"), REPORT).json().get("late").asBoolean(),
                "the province submits nothing itself, so it is not late");
    }

    @Test
    void theOverviewAddsFrozenAndLiveFigures() {
        World w = World.create(api);
        today(LocalDate.of(2026, 12, 1));
        w.registerCase("officerA", w.communeA, "Trần Văn Một");
        w.registerCase("officerB", w.communeB, "Lê Thị Hai");
        w.registerCase("officerB", w.communeB, "Phạm Văn Ba");
        assertEquals(201, submit(w, "officerA", "Ổn định", null).status());
        w.registerCase("officerA", w.communeA, "Đỗ Văn Bốn"); // after the submission: live only

        ApiResponse r = api.get(w.token("supervisor"), REPORT + "/units");
        assertEquals(200, r.status(), r::toString);
        JsonNode o = r.json();
        assertEquals(2, o.get("communes").asInt());
        assertEquals(1, o.get("submitted").asInt());
        assertEquals(1, o.get("pending").asInt());
        assertEquals(0, o.get("late").asInt());
        JsonNode under = total(o, Indicator.UNDER_MANAGEMENT);
        assertEquals(1, under.get("submitted").asLong(), "commune A as frozen");
        assertEquals(2, under.get("liveUnsubmitted").asLong(), "commune B live");
        assertEquals(3, under.get("total").asLong());
        Map<String, String> states = new HashMap<>();
        o.get("units")
                .forEach(u -> states.put(
                        u.get("unit").get("id").asText(), u.get("state").asText()));
        assertEquals(Map.of(w.communeA, "SUBMITTED", w.communeB, "NOT_SUBMITTED"), states);
        JsonNode province = api.get(w.token("supervisor"), REPORT).json();
        assertEquals(4, value(province.get("live"), Indicator.UNDER_MANAGEMENT), "the province's live: all communes");
        assertEquals(0, province.get("versions").size());
    }

    @Test
    void officersAreRemindedOnceAFewDaysBeforeTheDeadline() {
        World w = World.create(api);
        ReportReminderJob job = bean(ReportReminderJob.class);
        today(LocalDate.of(2026, 12, 1));
        assertEquals(201, submit(w, "officerB", "Đã nộp", null).status());

        today(LocalDate.of(2026, 12, 4)); // six days before 10/12
        job.runOnce();
        assertEquals(List.of(), dueNotices(w, "officerA"));

        today(LocalDate.of(2026, 12, 6)); // four days before
        job.runOnce();
        // Two reports are due on 10/12: the second six months and the year.
        List<String> notices = dueNotices(w, "officerA");
        assertEquals(
                List.of(
                        "Báo cáo 6 tháng cuối năm 2026 của " + communeName(w) + " cần nộp trước ngày 10/12/2026.",
                        "Báo cáo năm 2026 của " + communeName(w) + " cần nộp trước ngày 10/12/2026."),
                notices.stream().sorted().toList());
        job.runOnce();
        assertEquals(2, dueNotices(w, "officerA").size(), "once each");
        List<String> theirs = dueNotices(w, "officerB");
        assertEquals(1, theirs.size(), theirs::toString);
        assertFalse(theirs.get(0).contains("6 tháng"), "the six months they submitted are not reminded: " + theirs);
    }

    private static String communeName(World w) {
        return api.get(w.token("officerA"), REPORT)
                .json()
                .get("unit")
                .get("name")
                .asText();
    }

    private static List<String> dueNotices(World w, String officer) {
        JsonNode items = api.get(w.token(officer), "/api/v1/inbox").json().get("items");
        List<String> out = new java.util.ArrayList<>();
        items.forEach(n -> {
            if (n.get("kind").asText().equals("REPORT_DUE")) {
                out.add(n.get("body").asText());
            }
        });
        return out;
    }
}
