package vn.donghanh.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Pages;
import vn.donghanh.support.World;

/**
 * Plans, check-ins, contacts, drug tests and compliance through the API, with the service's clock
 * set to Friday 20 November 2026, 10:00 in Vietnam.
 */
class SupervisionTest extends IntegrationTest {
    static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
    static World w;

    @BeforeAll
    static void world() {
        w = World.create(api);
    }

    @BeforeEach
    void fixTheClock() {
        CLOCK.set(NOW);
    }

    /** {caseId, personToken} of a fresh case with an activated login. */
    private String[] personCase(String name) {
        World.Person p = w.activatedPerson(name, null);
        return new String[] {p.caseId(), p.token()};
    }

    private JsonNode plan(String caseId, String kind, String rrule, String grace, String from) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "rrule", rrule, "effectiveFrom", from));
        if (grace != null) {
            body.put("grace", grace);
        }
        ApiResponse r = api.post(w.token("officerA"), "/api/v1/cases/" + caseId + "/checkin-plans", body);
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    private ApiResponse checkIn(
            String token, String caseId, String id, String kind, String occurredAt, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("id", id, "kind", kind, "occurredAt", occurredAt));
        body.putAll(extra);
        return api.post(token, "/api/v1/cases/" + caseId + "/checkins", body);
    }

    private JsonNode complianceOf(String token, String caseId, String query) {
        ApiResponse r = api.get(token, "/api/v1/cases/" + caseId + "/compliance" + query);
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    @Test
    void aPersonChecksInOfflineOnceAndComplianceCountsIt() {
        String[] pc = personCase("Lò Văn Điểm Danh");
        String caseId = pc[0];
        plan(caseId, "SELF_CHECKIN", "FREQ=DAILY", null, "2026-11-16");

        String offlineId = UUID.randomUUID().toString();
        Map<String, Object> extra = Map.of("wellbeing", 4, "craving", 2, "note", "Hôm nay ổn, đi làm phụ hồ");
        ApiResponse first = checkIn(pc[1], caseId, offlineId, "SELF", "2026-11-17T20:15:00+07:00", extra);
        assertEquals(201, first.status(), first::toString);
        assertEquals("Hôm nay ổn, đi làm phụ hồ", first.json().get("note").asText());
        assertEquals("2026-11-17T13:15:00Z", first.json().get("occurredAt").asText());
        ApiResponse again = checkIn(pc[1], caseId, offlineId, "SELF", "2026-11-17T20:15:00+07:00", extra);
        assertEquals(201, again.status());
        assertEquals(
                first.json().get("receivedAt"), again.json().get("receivedAt"), "the resubmission is the same record");
        assertEquals(
                201,
                checkIn(pc[1], caseId, UUID.randomUUID().toString(), "SELF", "2026-11-19T23:59:00+07:00", Map.of())
                        .status());

        JsonNode list = api.get(pc[1], "/api/v1/cases/" + caseId + "/checkins").json();
        assertEquals(2, list.get("items").size());

        JsonNode c = complianceOf(w.token("officerA"), caseId, "?from=2026-11-01&to=2026-12-01");
        JsonNode p = c.get("plans").get(0);
        assertEquals("SELF_CHECKIN", p.get("kind").asText());
        assertEquals(4, p.get("expected").asInt(), "16..19 November are due; the 20th is not over yet");
        assertEquals(2, p.get("satisfied").asInt());
        assertEquals(50, p.get("percent").asInt());
        assertEquals(1, p.get("currentStreak").asInt());
        assertNull(p.get("overdueSince"), "checked in on the 19th, the 20th is still open");
        assertEquals("2026-11-20T17:00:00Z", p.get("nextDueAt").asText(), "midnight after the 20th, Vietnam time");

        // The person sees their own compliance; another officer's province does not exist for them.
        assertEquals(
                200, api.get(pc[1], "/api/v1/cases/" + caseId + "/compliance").status());
        assertEquals(
                404,
                api.get(w.token("officerOther"), "/api/v1/cases/" + caseId + "/compliance")
                        .status());
    }

    @Test
    void theOverdueListShowsWhoForWhatAndSinceWhenLongestFirst() {
        String quiet =
                w.registerCase("officerA", w.communeA, "Im Lặng Lâu").get("id").asText();
        plan(quiet, "SELF_CHECKIN", "FREQ=DAILY", null, "2026-11-16");
        String recent =
                w.registerCase("officerA", w.communeA, "Mới Trễ Hạn").get("id").asText();
        plan(recent, "OFFICE_PRESENCE", "FREQ=WEEKLY;BYDAY=WE", "PT12H", "2026-11-16");
        String fine =
                w.registerCase("officerA", w.communeA, "Đúng Hẹn").get("id").asText();
        plan(fine, "OFFICE_PRESENCE", "FREQ=WEEKLY;BYDAY=WE", null, "2026-11-16");
        assertEquals(
                201,
                checkIn(
                                w.token("officerA"),
                                fine,
                                UUID.randomUUID().toString(),
                                "OFFICE_PRESENCE",
                                "2026-11-18T08:30:00+07:00",
                                Map.of())
                        .status());
        String suspended = w.registerCase("officerA", w.communeA, "Đang Tạm Dừng")
                .get("id")
                .asText();
        plan(suspended, "SELF_CHECKIN", "FREQ=DAILY", null, "2026-11-16");
        assertEquals(
                201,
                api.post(
                                w.token("officerA"),
                                "/api/v1/cases/" + suspended + "/status-changes",
                                Map.of(
                                        "status",
                                        "SUSPENDED",
                                        "reason",
                                        "Đang điều trị nội trú",
                                        "effectiveDate",
                                        "2026-11-16"))
                        .status());

        List<String> order = new ArrayList<>();
        Map<String, JsonNode> byCase = new HashMap<>();
        Pages.all(api, w.token("officerA"), "/api/v1/overdue").forEach(i -> {
            order.add(i.get("caseId").asText());
            byCase.put(i.get("caseId").asText(), i);
        });
        assertTrue(order.indexOf(quiet) >= 0 && order.indexOf(recent) > order.indexOf(quiet), order::toString);
        assertEquals(
                "2026-11-16T17:00:00Z", byCase.get(quiet).get("overdueSince").asText());
        assertEquals("SELF_CHECKIN", byCase.get(quiet).get("kind").asText());
        assertEquals(82, byCase.get(quiet).get("overdueHours").asInt());
        assertEquals(
                "2026-11-19T05:00:00Z", byCase.get(recent).get("overdueSince").asText(), "end of Wednesday + 12 h");
        assertFalse(byCase.containsKey(fine));
        assertFalse(byCase.containsKey(suspended), "a suspended case expects nothing");
        assertFalse(
                Pages.all(api, w.token("officerB"), "/api/v1/overdue")
                        .toString()
                        .contains(quiet),
                "another commune's officer");
    }

    @Test
    void aPlanChangesFromADateOnAndThePastKeepsItsRule() {
        String caseId =
                w.registerCase("officerA", w.communeA, "Đổi Lịch Hẹn").get("id").asText();
        JsonNode weekly = plan(caseId, "OFFICE_PRESENCE", "FREQ=WEEKLY;BYDAY=MO", null, "2026-11-02");
        ApiResponse past = api.post(
                w.token("officerA"),
                "/api/v1/checkin-plans/" + weekly.get("id").asText() + "/changes",
                Map.of("rrule", "FREQ=DAILY", "effectiveFrom", "2026-11-19"));
        assertEquals(400, past.status());
        assertEquals(List.of("effectiveFrom"), past.problemFields());
        ApiResponse badRule = api.post(
                w.token("officerA"),
                "/api/v1/checkin-plans/" + weekly.get("id").asText() + "/changes",
                Map.of("rrule", "FREQ=OFTEN", "effectiveFrom", "2026-11-23"));
        assertEquals(400, badRule.status());
        assertEquals(List.of("rrule"), badRule.problemFields());

        ApiResponse changed = api.post(
                w.token("officerA"),
                "/api/v1/checkin-plans/" + weekly.get("id").asText() + "/changes",
                Map.of("rrule", "FREQ=MONTHLY;BYMONTHDAY=1", "effectiveFrom", "2026-11-20"));
        assertEquals(201, changed.status(), changed::toString);
        assertEquals(weekly.get("seriesId"), changed.json().get("seriesId"));
        assertEquals(
                409,
                api.post(
                                w.token("officerA"),
                                "/api/v1/checkin-plans/" + weekly.get("id").asText() + "/changes",
                                Map.of("rrule", "FREQ=DAILY", "effectiveFrom", "2026-11-25"))
                        .status(),
                "only the current version changes");

        JsonNode versions = api.get(w.token("officerA"), "/api/v1/cases/" + caseId + "/checkin-plans")
                .json();
        assertEquals(2, versions.size());
        assertEquals("2026-11-20", versions.get(0).get("effectiveTo").asText());
        // Mondays 2, 9, 16 November were due under the weekly rule; nothing was recorded.
        JsonNode p = complianceOf(w.token("officerA"), caseId, "?from=2026-11-01&to=2026-12-01")
                .get("plans")
                .get(0);
        assertEquals(3, p.get("expected").asInt());
        assertEquals("FREQ=MONTHLY;BYMONTHDAY=1", p.get("rrule").asText());
        assertEquals("2026-12-01T17:00:00Z", p.get("nextDueAt").asText());
    }

    @Test
    void mentorsLogContactsThatSatisfyTheMentorPlanAndOnlyForTheirMentees() {
        String caseId = w.registerCase("officerA", w.communeA, "Được Thăm Nhà")
                .get("id")
                .asText();
        assertEquals(
                201,
                api.post(
                                w.token("officerA"),
                                "/api/v1/cases/" + caseId + "/assignments",
                                Map.of("mentorId", w.id("mentorA1"), "startDate", "2026-11-01"))
                        .status());
        plan(caseId, "MENTOR_CONTACT", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "P6D", "2026-11-01");
        Map<String, Object> contact = Map.of(
                "id",
                UUID.randomUUID().toString(),
                "type",
                "HOME_VISIT",
                "occurredAt",
                "2026-11-10T16:00:00+07:00",
                "summary",
                "Thăm nhà, gia đình hợp tác; đang tìm việc",
                "concerns",
                List.of("UNEMPLOYMENT", "FAMILY_CONFLICT"),
                "followUpNeeded",
                true);
        ApiResponse logged = api.post(w.token("mentorA1"), "/api/v1/cases/" + caseId + "/contacts", contact);
        assertEquals(201, logged.status(), logged::toString);
        assertEquals(
                List.of("FAMILY_CONFLICT", "UNEMPLOYMENT"),
                List.of(
                        logged.json().get("concerns").get(0).asText(),
                        logged.json().get("concerns").get(1).asText()));
        assertEquals(
                201,
                api.post(w.token("mentorA1"), "/api/v1/cases/" + caseId + "/contacts", contact)
                        .status());
        assertEquals(
                1,
                api.get(w.token("officerA"), "/api/v1/cases/" + caseId + "/contacts")
                        .json()
                        .size());
        assertEquals(
                404,
                api.post(
                                w.token("mentorA3"),
                                "/api/v1/cases/" + caseId + "/contacts",
                                Map.of(
                                        "id",
                                        UUID.randomUUID().toString(),
                                        "type",
                                        "PHONE_CALL",
                                        "occurredAt",
                                        "2026-11-19T10:00:00+07:00",
                                        "summary",
                                        "không phải người tôi giúp",
                                        "concerns",
                                        List.of(),
                                        "followUpNeeded",
                                        false))
                        .status());

        JsonNode p = complianceOf(w.token("mentorA1"), caseId, "?from=2026-11-01&to=2026-12-01")
                .get("plans")
                .get(0);
        assertEquals(1, p.get("expected").asInt(), "Monday 9 Nov, due within 6 days of grace");
        assertEquals(1, p.get("satisfied").asInt());
    }

    @Test
    void whoMayRecordWhatAndLocationNeedsConsent() {
        String[] pc = personCase("Đồng Ý Vị Trí");
        String caseId = pc[0];
        assertEquals(
                403,
                checkIn(
                                pc[1],
                                caseId,
                                UUID.randomUUID().toString(),
                                "OFFICE_PRESENCE",
                                "2026-11-20T08:00:00+07:00",
                                Map.of())
                        .status(),
                "a person cannot record their own office presence");
        assertEquals(
                403,
                checkIn(
                                w.token("officerA"),
                                caseId,
                                UUID.randomUUID().toString(),
                                "SELF",
                                "2026-11-20T08:00:00+07:00",
                                Map.of())
                        .status(),
                "an officer cannot check in for the person");
        assertEquals(
                400,
                checkIn(pc[1], caseId, UUID.randomUUID().toString(), "SELF", "2026-11-21T08:00:00+07:00", Map.of())
                        .status(),
                "in the future");
        assertEquals(
                400,
                checkIn(
                                pc[1],
                                caseId,
                                UUID.randomUUID().toString(),
                                "SELF",
                                "2026-11-20T08:00:00+07:00",
                                Map.of("craving", 11))
                        .status());

        Map<String, Object> where = Map.of("location", Map.of("latitude", 21.59321, "longitude", 105.84817));
        ApiResponse noConsent =
                checkIn(pc[1], caseId, UUID.randomUUID().toString(), "SELF", "2026-11-20T08:00:00+07:00", where);
        assertEquals(422, noConsent.status());
        assertEquals(List.of("location"), noConsent.problemFields());
        ApiResponse consent = api.put(pc[1], "/api/v1/me/consents/LOCATION_ON_CHECKIN", Map.of("granted", true));
        assertEquals(200, consent.status(), consent::toString);
        ApiResponse withConsent =
                checkIn(pc[1], caseId, UUID.randomUUID().toString(), "SELF", "2026-11-20T08:00:00+07:00", where);
        assertEquals(201, withConsent.status(), withConsent::toString);
        assertEquals(21.59, withConsent.json().get("location").get("latitude").asDouble(), 1e-9, "kept coarse");
        assertEquals(105.85, withConsent.json().get("location").get("longitude").asDouble(), 1e-9);
        assertEquals(
                200,
                api.put(pc[1], "/api/v1/me/consents/LOCATION_ON_CHECKIN", Map.of("granted", false))
                        .status());
        assertEquals(
                422,
                checkIn(pc[1], caseId, UUID.randomUUID().toString(), "SELF", "2026-11-20T09:00:00+07:00", where)
                        .status(),
                "withdrawn consent is respected at once");
        JsonNode consents = api.get(pc[1], "/api/v1/me/consents").json();
        assertFalse(consents.get(0).get("granted").asBoolean());
        api.get(pc[1], "/api/v1/cases/" + caseId + "/checkins")
                .json()
                .get("items")
                .forEach(i -> assertFalse(i.has("location"), "withdrawing consent erases the locations kept under it"));
    }

    @Test
    void nothingNewIsRecordedForADayAfterManagementEnded() {
        String caseId =
                w.registerCase("officerA", w.communeA, "Đã Qua Đời").get("id").asText();
        assertEquals(
                201,
                api.post(
                                w.token("officerA"),
                                "/api/v1/cases/" + caseId + "/status-changes",
                                Map.of("status", "DECEASED", "reason", "Giấy báo tử", "effectiveDate", "2026-11-20"))
                        .status());
        ApiResponse after = checkIn(
                w.token("officerA"),
                caseId,
                UUID.randomUUID().toString(),
                "OFFICE_PRESENCE",
                "2026-11-20T08:00:00+07:00",
                Map.of());
        assertEquals(409, after.status(), after::toString);
        assertEquals(
                201,
                checkIn(
                                w.token("officerA"),
                                caseId,
                                UUID.randomUUID().toString(),
                                "OFFICE_PRESENCE",
                                "2026-11-19T08:00:00+07:00",
                                Map.of())
                        .status(),
                "a record from before arrives late and is kept");
    }

    @Test
    void aPositiveDrugTestAsksForADecisionButChangesNothing() {
        String caseId =
                w.registerCase("officerA", w.communeA, "Xét Nghiệm").get("id").asText();
        ApiResponse positive = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/drug-tests",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "testedOn",
                        "2026-11-19",
                        "result",
                        "POSITIVE",
                        "testedBy",
                        "Trạm Y tế xã — y sĩ Hoàng Thị Lan"));
        assertEquals(201, positive.status(), positive::toString);
        assertTrue(positive.json().get("decisionNeeded").asBoolean());
        assertEquals(
                "ACTIVE",
                api.get(w.token("officerA"), "/api/v1/cases/" + caseId)
                        .json()
                        .get("status")
                        .asText());
        ApiResponse negative = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/drug-tests",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "testedOn",
                        "2026-11-20",
                        "result",
                        "NEGATIVE",
                        "testedBy",
                        "Trạm Y tế"));
        assertFalse(negative.json().get("decisionNeeded").asBoolean());
        assertEquals(
                2,
                api.get(w.token("officerA"), "/api/v1/cases/" + caseId + "/drug-tests")
                        .json()
                        .size());
        assertEquals(
                403,
                api.get(w.token("mentorA1"), "/api/v1/cases/" + caseId + "/drug-tests")
                        .status());
        assertEquals(
                400,
                api.post(
                                w.token("officerA"),
                                "/api/v1/cases/" + caseId + "/drug-tests",
                                Map.of(
                                        "id",
                                        UUID.randomUUID().toString(),
                                        "testedOn",
                                        "2026-12-01",
                                        "result",
                                        "NEGATIVE",
                                        "testedBy",
                                        "x"))
                        .status());
    }

    @Test
    void theCommuneSummaryCountsComplianceAndCoverageWithoutNames() {
        World own = World.create(api);
        String a = own.registerCase("officerA", own.communeA, "Tổng Hợp Một")
                .get("id")
                .asText();
        String b = own.registerCase("officerA", own.communeA, "Tổng Hợp Hai")
                .get("id")
                .asText();
        for (String id : List.of(a, b)) {
            assertEquals(
                    201,
                    api.post(
                                    own.token("officerA"),
                                    "/api/v1/cases/" + id + "/checkin-plans",
                                    Map.of(
                                            "kind",
                                            "OFFICE_PRESENCE",
                                            "rrule",
                                            "FREQ=WEEKLY;BYDAY=MO",
                                            "effectiveFrom",
                                            "2026-11-01"))
                            .status());
        }
        // Mondays 2, 9, 16 Nov for two cases: 6 expected; 3 presences recorded for the first case.
        for (String day : List.of("2026-11-02", "2026-11-09", "2026-11-16")) {
            assertEquals(
                    201,
                    api.post(
                                    own.token("officerA"),
                                    "/api/v1/cases/" + a + "/checkins",
                                    Map.of(
                                            "id",
                                            UUID.randomUUID().toString(),
                                            "kind",
                                            "OFFICE_PRESENCE",
                                            "occurredAt",
                                            day + "T09:00:00+07:00"))
                            .status());
        }
        assertEquals(
                201,
                api.post(
                                own.token("officerA"),
                                "/api/v1/cases/" + a + "/assignments",
                                Map.of("mentorId", own.id("mentorA1"), "startDate", "2026-11-01"))
                        .status());

        ApiResponse r = api.get(own.token("supervisor"), "/api/v1/reports/commune-summary");
        assertEquals(200, r.status(), r::toString);
        JsonNode communeA = null;
        for (JsonNode u : r.json().get("communes")) {
            if (u.get("adminUnitId").asText().equals(own.communeA)) {
                communeA = u;
            }
        }
        assertEquals(6, communeA.get("expectedThisMonth").asInt());
        assertEquals(3, communeA.get("satisfiedThisMonth").asInt());
        assertEquals(50, communeA.get("compliancePercentThisMonth").asInt());
        assertEquals(2, communeA.get("byStatus").get("ACTIVE").asInt());
        assertEquals(50, communeA.get("mentorCoveragePercent").asInt());
        assertEquals(1, communeA.get("overdueCases").asInt());
        assertFalse(r.text().contains("Tổng Hợp"), "no names in the summary");
    }

    @Test
    void aContactMayBeBackdatedUpToThirtyDaysAndBeTenMinutesAhead() {
        World own = World.create(api);
        World.Person p = own.activatedPerson("Ghi Lùi Ngày", "mentorA1");
        java.util.function.Function<Instant, ApiResponse> contactAt = at -> api.post(
                own.token("mentorA1"),
                "/api/v1/cases/" + p.caseId() + "/contacts",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "type",
                        "PHONE_CALL",
                        "occurredAt",
                        java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                at.atOffset(java.time.ZoneOffset.ofHours(7))),
                        "summary",
                        "Gọi điện hỏi thăm",
                        "concerns",
                        List.of("HEALTH"),
                        "followUpNeeded",
                        false));
        java.time.Duration month = java.time.Duration.ofDays(30);
        assertEquals(201, contactAt.apply(NOW.minus(month).plusSeconds(60)).status(), "29 days 23:59 ago");
        assertEquals(201, contactAt.apply(NOW.plusSeconds(9 * 60)).status(), "9 minutes ahead");
        for (Instant refused : List.of(NOW.minus(month).minusSeconds(60), NOW.plusSeconds(11 * 60))) {
            ApiResponse r = contactAt.apply(refused);
            assertEquals(400, r.status(), r::toString);
            assertEquals(List.of("occurredAt"), r.problemFields());
        }
    }
}
