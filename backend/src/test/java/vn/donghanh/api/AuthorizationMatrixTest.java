package vn.donghanh.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * Every endpoint as every role, in and out of scope. Out-of-scope records answer 404 (their
 * existence is not revealed); a role that never may call an endpoint gets 403; no token, 401.
 * Rows with writes put the permitted caller last, so the refusals are tried against a clean record.
 */
class AuthorizationMatrixTest extends IntegrationTest {
    enum Actor {
        ANONYMOUS,
        ADMIN,
        SUPERVISOR,
        OFFICER_OTHER_PROVINCE,
        MENTOR_NOT_ASSIGNED,
        MENTOR_ASSIGNED,
        PERSON_OTHER,
        PERSON_SELF,
        OFFICER_IN_SCOPE
    }

    static World w;
    static final Map<Actor, String> tokens = new EnumMap<>(Actor.class);
    static String caseX;
    static String caseY;
    static String statusCase;
    static String assignCase;
    static String assignmentToEnd;
    static String planToChange;
    static String planToEnd;
    static String helpRequest;

    @BeforeAll
    static void setUp() {
        w = World.create(api);
        caseX = person("Người Trong Phạm Vi", "0914", Actor.PERSON_SELF);
        caseY = person("Người Cùng Xã", "0915", Actor.PERSON_OTHER);
        assertEquals(
                201,
                api.post(
                                w.token("officerA"),
                                "/api/v1/cases/" + caseX + "/assignments",
                                Map.of("mentorId", w.id("mentorA1"), "startDate", "2025-03-10"))
                        .status());
        statusCase = w.registerCase("officerA", w.communeA, "Đổi Trạng Thái")
                .get("id")
                .asText();
        assignCase = w.registerCase("officerA", w.communeA, "Chờ Phân Công")
                .get("id")
                .asText();
        String endCase = w.registerCase("officerA", w.communeA, "Kết Thúc Phân Công")
                .get("id")
                .asText();
        assignmentToEnd = api.post(
                        w.token("officerA"),
                        "/api/v1/cases/" + endCase + "/assignments",
                        Map.of("mentorId", w.id("mentorA2"), "startDate", "2025-03-10"))
                .json()
                .get("id")
                .asText();
        planToChange = api.post(
                        w.token("officerA"),
                        "/api/v1/cases/" + caseX + "/checkin-plans",
                        Map.of("kind", "SELF_CHECKIN", "rrule", "FREQ=DAILY", "effectiveFrom", "2025-03-10"))
                .json()
                .get("id")
                .asText();
        planToEnd = api.post(
                        w.token("officerA"),
                        "/api/v1/cases/" + caseX + "/checkin-plans",
                        Map.of(
                                "kind",
                                "OFFICE_PRESENCE",
                                "rrule",
                                "FREQ=WEEKLY;BYDAY=MO",
                                "effectiveFrom",
                                "2025-03-10"))
                .json()
                .get("id")
                .asText();
        helpRequest = api.post(
                        tokens.get(Actor.PERSON_SELF),
                        "/api/v1/cases/" + caseX + "/help-requests",
                        Map.of("id", UUID.randomUUID().toString(), "category", "OTHER"))
                .json()
                .get("id")
                .asText();
        tokens.put(Actor.ADMIN, w.admin);
        tokens.put(Actor.SUPERVISOR, w.token("supervisor"));
        tokens.put(Actor.OFFICER_IN_SCOPE, w.token("officerA"));
        tokens.put(Actor.OFFICER_OTHER_PROVINCE, w.token("officerOther"));
        tokens.put(Actor.MENTOR_ASSIGNED, w.token("mentorA1"));
        tokens.put(Actor.MENTOR_NOT_ASSIGNED, w.token("mentorA3"));
    }

    private static String person(String name, String prefix, Actor actor) {
        World.Person p = w.activatedPerson(name + " " + prefix, null);
        tokens.put(actor, p.token());
        return p.caseId();
    }

    record Row(String name, BiFunction<Actor, String, ApiResponse> call, Map<Actor, Integer> expected) {}

    private static Map<Actor, Integer> only(int allowed, Map<Actor, Integer> overrides, Actor... permitted) {
        Map<Actor, Integer> m = new EnumMap<>(Actor.class);
        for (Actor a : Actor.values()) {
            m.put(a, a == Actor.ANONYMOUS ? 401 : 403);
        }
        for (Actor a : permitted) {
            m.put(a, allowed);
        }
        m.putAll(overrides);
        return m;
    }

    /** Readers of caseX: its officer, its assigned mentor and the person themself; the others of their kind get 404. */
    private static Map<Actor, Integer> caseReaders(int status) {
        return only(
                status,
                Map.of(Actor.OFFICER_OTHER_PROVINCE, 404, Actor.MENTOR_NOT_ASSIGNED, 404, Actor.PERSON_OTHER, 404),
                Actor.OFFICER_IN_SCOPE,
                Actor.MENTOR_ASSIGNED,
                Actor.PERSON_SELF);
    }

    private static Map<Actor, Integer> everyone(int status) {
        Map<Actor, Integer> m = new EnumMap<>(Actor.class);
        for (Actor a : Actor.values()) {
            m.put(a, a == Actor.ANONYMOUS ? 401 : status);
        }
        return m;
    }

    private static Map<String, Object> unitBody() {
        return Map.of(
                "code",
                "M" + UUID.randomUUID().toString().substring(0, 8),
                "name",
                "Xã Ma Trận",
                "level",
                "COMMUNE",
                "parentId",
                w.province);
    }

    private static Map<String, Object> accountBody() {
        return Map.of(
                "username",
                "m" + UUID.randomUUID().toString().substring(0, 8),
                "password",
                "a long password",
                "displayName",
                "Tài khoản ma trận",
                "role",
                "SUPERVISOR",
                "adminUnitId",
                w.province);
    }

    private static Map<String, Object> updateBodyX() {
        var current = api.get(w.token("officerA"), "/api/v1/cases/" + caseX).json();
        Map<String, Object> b =
                new HashMap<>(World.caseBody(w.communeA, current.get("fullName").asText()));
        b.remove("adminUnitId");
        b.put("phone", current.get("phone").asText());
        b.put("version", current.get("version").asInt());
        return b;
    }

    /** The newest reporting period begun today (the test provinces ask for the defaults). */
    private static String period() {
        return bean(vn.donghanh.report.periodic.ReportPeriods.class)
                .begunBy(null, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))
                .get(0)
                .code();
    }

    static List<Row> rows() {
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .plusDays(1)
                .toString();
        Map<Actor, Integer> none = Map.of();
        return List.of(
                new Row("GET /me", (a, t) -> api.get(t, "/api/v1/me"), everyone(200)),
                new Row("GET /admin-units", (a, t) -> api.get(t, "/api/v1/admin-units"), everyone(200)),
                new Row(
                        "POST /admin-units",
                        (a, t) -> api.post(t, "/api/v1/admin-units", unitBody()),
                        only(201, none, Actor.ADMIN)),
                new Row("GET /organisations", (a, t) -> api.get(t, "/api/v1/organisations"), everyone(200)),
                new Row(
                        "POST /organisations",
                        (a, t) -> api.post(
                                t,
                                "/api/v1/organisations",
                                Map.of(
                                        "name",
                                        "Trường nghề ma trận",
                                        "type",
                                        "VOCATIONAL_SCHOOL",
                                        "adminUnitId",
                                        w.communeA)),
                        only(201, none, Actor.ADMIN)),
                new Row("GET /accounts", (a, t) -> api.get(t, "/api/v1/accounts"), only(200, none, Actor.ADMIN)),
                new Row(
                        "POST /accounts",
                        (a, t) -> api.post(t, "/api/v1/accounts", accountBody()),
                        only(201, none, Actor.ADMIN)),
                new Row(
                        "GET /mentors",
                        (a, t) -> api.get(t, "/api/v1/mentors"),
                        only(200, none, Actor.OFFICER_IN_SCOPE, Actor.OFFICER_OTHER_PROVINCE)),
                new Row(
                        "POST /cases",
                        (a, t) -> api.post(t, "/api/v1/cases", World.caseBody(w.communeA, "Đăng Ký Ma Trận")),
                        only(201, Map.of(Actor.OFFICER_OTHER_PROVINCE, 400), Actor.OFFICER_IN_SCOPE)),
                new Row(
                        "GET /cases",
                        (a, t) -> api.get(t, "/api/v1/cases"),
                        only(
                                200,
                                none,
                                Actor.OFFICER_IN_SCOPE,
                                Actor.OFFICER_OTHER_PROVINCE,
                                Actor.MENTOR_ASSIGNED,
                                Actor.MENTOR_NOT_ASSIGNED)),
                new Row(
                        "GET /cases/due-for-completion",
                        (a, t) -> api.get(t, "/api/v1/cases/due-for-completion"),
                        only(200, none, Actor.OFFICER_IN_SCOPE, Actor.OFFICER_OTHER_PROVINCE)),
                new Row(
                        "GET /cases/{id}",
                        (a, t) -> api.get(t, "/api/v1/cases/" + caseX),
                        only(
                                200,
                                Map.of(
                                        Actor.OFFICER_OTHER_PROVINCE,
                                        404,
                                        Actor.MENTOR_NOT_ASSIGNED,
                                        404,
                                        Actor.PERSON_OTHER,
                                        404),
                                Actor.OFFICER_IN_SCOPE,
                                Actor.MENTOR_ASSIGNED,
                                Actor.PERSON_SELF)),
                new Row(
                        "PUT /cases/{id}",
                        (a, t) -> api.put(t, "/api/v1/cases/" + caseX, updateBodyX()),
                        only(200, Map.of(Actor.OFFICER_OTHER_PROVINCE, 404), Actor.OFFICER_IN_SCOPE)),
                new Row(
                        "GET /cases/{id}/timeline",
                        (a, t) -> api.get(t, "/api/v1/cases/" + caseX + "/timeline"),
                        only(
                                200,
                                Map.of(
                                        Actor.OFFICER_OTHER_PROVINCE,
                                        404,
                                        Actor.MENTOR_NOT_ASSIGNED,
                                        404,
                                        Actor.PERSON_OTHER,
                                        404),
                                Actor.OFFICER_IN_SCOPE,
                                Actor.MENTOR_ASSIGNED,
                                Actor.PERSON_SELF)),
                new Row(
                        "POST /cases/{id}/status-changes",
                        (a, t) -> api.post(
                                t,
                                "/api/v1/cases/" + statusCase + "/status-changes",
                                Map.of("status", "ABSENT", "reason", "Vắng mặt", "effectiveDate", today)),
                        only(201, Map.of(Actor.OFFICER_OTHER_PROVINCE, 404), Actor.OFFICER_IN_SCOPE)),
                new Row(
                        "POST /cases/{id}/activation-code",
                        (a, t) -> api.post(t, "/api/v1/cases/" + caseY + "/activation-code", null),
                        only(201, Map.of(Actor.OFFICER_OTHER_PROVINCE, 404), Actor.OFFICER_IN_SCOPE)),
                new Row(
                        "GET /cases/{id}/completion-certificate",
                        (a, t) -> api.get(t, "/api/v1/cases/" + caseX + "/completion-certificate"),
                        only(
                                409,
                                Map.of(Actor.OFFICER_OTHER_PROVINCE, 404, Actor.PERSON_OTHER, 404),
                                Actor.OFFICER_IN_SCOPE,
                                Actor.PERSON_SELF)),
                new Row(
                        "GET /cases/{id}/assignments",
                        (a, t) -> api.get(t, "/api/v1/cases/" + caseX + "/assignments"),
                        only(200, Map.of(Actor.OFFICER_OTHER_PROVINCE, 404), Actor.OFFICER_IN_SCOPE)),
                new Row(
                        "POST /cases/{id}/assignments",
                        (a, t) -> api.post(
                                t,
                                "/api/v1/cases/" + assignCase + "/assignments",
                                Map.of("mentorId", w.id("mentorA3"), "startDate", "2025-03-10")),
                        only(201, Map.of(Actor.OFFICER_OTHER_PROVINCE, 404), Actor.OFFICER_IN_SCOPE)),
                new Row(
                        "POST /assignments/{id}/end",
                        (a, t) -> api.post(
                                t,
                                "/api/v1/assignments/" + assignmentToEnd + "/end",
                                Map.of("reason", "Kết thúc", "endDate", today)),
                        only(200, Map.of(Actor.OFFICER_OTHER_PROVINCE, 404), Actor.OFFICER_IN_SCOPE)),
                new Row(
                        "GET /mentees",
                        (a, t) -> api.get(t, "/api/v1/mentees"),
                        only(200, none, Actor.MENTOR_ASSIGNED, Actor.MENTOR_NOT_ASSIGNED)),
                new Row(
                        "GET /me/case",
                        (a, t) -> api.get(t, "/api/v1/me/case"),
                        only(200, none, Actor.PERSON_SELF, Actor.PERSON_OTHER)),
                new Row(
                        "GET /me/access-log",
                        (a, t) -> api.get(t, "/api/v1/me/access-log"),
                        only(200, none, Actor.PERSON_SELF, Actor.PERSON_OTHER)),
                new Row(
                        "GET /reports/case-counts",
                        (a, t) -> api.get(t, "/api/v1/reports/case-counts"),
                        only(200, none, Actor.SUPERVISOR, Actor.OFFICER_IN_SCOPE, Actor.OFFICER_OTHER_PROVINCE)),
                new Row(
                        "GET /audit/verification",
                        (a, t) -> api.get(t, "/api/v1/audit/verification"),
                        only(200, none, Actor.ADMIN)),
                // issue 17: retention
                new Row(
                        "GET /admin/retention-runs",
                        (a, t) -> api.get(t, "/api/v1/admin/retention-runs"),
                        only(200, none, Actor.ADMIN)),
                new Row(
                        "POST /cases/{id}/checkin-plans",
                        (a, t) -> api.post(
                                t,
                                "/api/v1/cases/" + caseX + "/checkin-plans",
                                Map.of(
                                        "kind",
                                        "RESIDENCE_VERIFICATION",
                                        "rrule",
                                        "FREQ=MONTHLY;BYMONTHDAY=1",
                                        "effectiveFrom",
                                        today)),
                        only(201, Map.of(Actor.OFFICER_OTHER_PROVINCE, 404), Actor.OFFICER_IN_SCOPE)),
                new Row(
                        "GET /cases/{id}/checkin-plans",
                        (a, t) -> api.get(t, "/api/v1/cases/" + caseX + "/checkin-plans"),
                        caseReaders(200)),
                new Row(
                        "POST /checkin-plans/{id}/changes",
                        (a, t) -> api.post(
                                t,
                                "/api/v1/checkin-plans/" + planToChange + "/changes",
                                Map.of("rrule", "FREQ=WEEKLY;BYDAY=TU", "effectiveFrom", tomorrow)),
                        only(201, Map.of(Actor.OFFICER_OTHER_PROVINCE, 404), Actor.OFFICER_IN_SCOPE)),
                new Row(
                        "POST /checkin-plans/{id}/end",
                        (a, t) -> api.post(
                                t, "/api/v1/checkin-plans/" + planToEnd + "/end", Map.of("effectiveTo", tomorrow)),
                        only(200, Map.of(Actor.OFFICER_OTHER_PROVINCE, 404), Actor.OFFICER_IN_SCOPE)),
                new Row(
                        "POST /cases/{id}/checkins (SELF)",
                        (a, t) -> api.post(
                                t,
                                "/api/v1/cases/" + caseX + "/checkins",
                                Map.of(
                                        "id",
                                        UUID.randomUUID().toString(),
                                        "kind",
                                        "SELF",
                                        "occurredAt",
                                        java.time.OffsetDateTime.now().toString())),
                        only(201, Map.of(Actor.PERSON_OTHER, 404), Actor.PERSON_SELF)),
                new Row(
                        "POST /cases/{id}/checkins (OFFICE_PRESENCE)",
                        (a, t) -> api.post(
                                t,
                                "/api/v1/cases/" + caseX + "/checkins",
                                Map.of(
                                        "id",
                                        UUID.randomUUID().toString(),
                                        "kind",
                                        "OFFICE_PRESENCE",
                                        "occurredAt",
                                        java.time.OffsetDateTime.now().toString())),
                        only(201, Map.of(Actor.OFFICER_OTHER_PROVINCE, 404), Actor.OFFICER_IN_SCOPE)),
                new Row(
                        "GET /cases/{id}/checkins",
                        (a, t) -> api.get(t, "/api/v1/cases/" + caseX + "/checkins"),
                        caseReaders(200)),
                new Row(
                        "GET /cases/{id}/compliance",
                        (a, t) -> api.get(t, "/api/v1/cases/" + caseX + "/compliance"),
                        caseReaders(200)),
                new Row(
                        "GET /overdue",
                        (a, t) -> api.get(t, "/api/v1/overdue"),
                        only(200, none, Actor.OFFICER_IN_SCOPE, Actor.OFFICER_OTHER_PROVINCE)),
                new Row(
                        "POST /cases/{id}/contacts",
                        (a, t) -> api.post(
                                t,
                                "/api/v1/cases/" + caseX + "/contacts",
                                Map.of(
                                        "id",
                                        UUID.randomUUID().toString(),
                                        "type",
                                        "PHONE_CALL",
                                        "occurredAt",
                                        java.time.OffsetDateTime.now().toString(),
                                        "summary",
                                        "Gọi điện hỏi thăm",
                                        "concerns",
                                        List.of(),
                                        "followUpNeeded",
                                        false)),
                        only(
                                201,
                                Map.of(Actor.OFFICER_OTHER_PROVINCE, 404, Actor.MENTOR_NOT_ASSIGNED, 404),
                                Actor.MENTOR_ASSIGNED,
                                Actor.OFFICER_IN_SCOPE)),
                new Row(
                        "GET /cases/{id}/contacts",
                        (a, t) -> api.get(t, "/api/v1/cases/" + caseX + "/contacts"),
                        only(
                                200,
                                Map.of(Actor.OFFICER_OTHER_PROVINCE, 404, Actor.MENTOR_NOT_ASSIGNED, 404),
                                Actor.MENTOR_ASSIGNED,
                                Actor.OFFICER_IN_SCOPE)),
                new Row(
                        "POST /cases/{id}/drug-tests",
                        (a, t) -> api.post(
                                t,
                                "/api/v1/cases/" + caseX + "/drug-tests",
                                Map.of(
                                        "id",
                                        UUID.randomUUID().toString(),
                                        "testedOn",
                                        today,
                                        "result",
                                        "NEGATIVE",
                                        "testedBy",
                                        "Trạm Y tế")),
                        only(201, Map.of(Actor.OFFICER_OTHER_PROVINCE, 404), Actor.OFFICER_IN_SCOPE)),
                new Row(
                        "GET /cases/{id}/drug-tests",
                        (a, t) -> api.get(t, "/api/v1/cases/" + caseX + "/drug-tests"),
                        only(200, Map.of(Actor.OFFICER_OTHER_PROVINCE, 404), Actor.OFFICER_IN_SCOPE)),
                new Row(
                        "GET /me/consents",
                        (a, t) -> api.get(t, "/api/v1/me/consents"),
                        only(200, none, Actor.PERSON_SELF, Actor.PERSON_OTHER)),
                new Row(
                        "PUT /me/consents/{purpose}",
                        (a, t) -> api.put(t, "/api/v1/me/consents/LOCATION_ON_CHECKIN", Map.of("granted", false)),
                        only(200, none, Actor.PERSON_SELF, Actor.PERSON_OTHER)),
                // --- issue 17: the person's data rights
                new Row(
                        "GET /me/data",
                        (a, t) -> api.get(t, "/api/v1/me/data"),
                        only(200, none, Actor.PERSON_SELF, Actor.PERSON_OTHER)),
                new Row(
                        "GET /me/data/pdf",
                        (a, t) -> api.get(t, "/api/v1/me/data/pdf"),
                        only(200, none, Actor.PERSON_SELF, Actor.PERSON_OTHER)),
                new Row(
                        "POST /me/correction-requests",
                        (a, t) -> api.post(
                                t,
                                "/api/v1/me/correction-requests",
                                Map.of(
                                        "field",
                                        "ADDRESS",
                                        "proposedValue",
                                        "Tổ 3, số nhà 8",
                                        "reason",
                                        "Đã chuyển nhà")),
                        only(201, none, Actor.PERSON_SELF, Actor.PERSON_OTHER)),
                new Row(
                        "GET /me/correction-requests",
                        (a, t) -> api.get(t, "/api/v1/me/correction-requests"),
                        only(200, none, Actor.PERSON_SELF, Actor.PERSON_OTHER)),
                new Row(
                        "GET /correction-requests",
                        (a, t) -> api.get(t, "/api/v1/correction-requests"),
                        only(200, none, Actor.OFFICER_OTHER_PROVINCE, Actor.OFFICER_IN_SCOPE)),
                new Row(
                        "GET /cases/{id}/correction-requests",
                        (a, t) -> api.get(t, "/api/v1/cases/" + caseX + "/correction-requests"),
                        only(200, Map.of(Actor.OFFICER_OTHER_PROVINCE, 404), Actor.OFFICER_IN_SCOPE)),
                new Row("GET /inbox", (a, t) -> api.get(t, "/api/v1/inbox"), everyone(200)),
                new Row(
                        "POST /me/devices",
                        (a, t) -> api.post(
                                t,
                                "/api/v1/me/devices",
                                Map.of("token", "matrix-" + UUID.randomUUID(), "platform", "ANDROID")),
                        everyone(204)),
                new Row(
                        "GET /alerts",
                        (a, t) -> api.get(t, "/api/v1/alerts"),
                        only(
                                200,
                                none,
                                Actor.OFFICER_IN_SCOPE,
                                Actor.OFFICER_OTHER_PROVINCE,
                                Actor.MENTOR_ASSIGNED,
                                Actor.MENTOR_NOT_ASSIGNED)),
                new Row(
                        "POST /cases/{id}/help-requests",
                        (a, t) -> api.post(
                                t,
                                "/api/v1/cases/" + caseX + "/help-requests",
                                Map.of("id", UUID.randomUUID().toString(), "category", "OTHER")),
                        only(201, Map.of(Actor.PERSON_OTHER, 404), Actor.PERSON_SELF)),
                new Row(
                        "GET /cases/{id}/help-requests",
                        (a, t) -> api.get(t, "/api/v1/cases/" + caseX + "/help-requests"),
                        caseReaders(200)),
                new Row(
                        "POST /help-requests/{id}/acknowledge",
                        (a, t) -> api.post(t, "/api/v1/help-requests/" + helpRequest + "/acknowledge", null),
                        only(
                                200,
                                Map.of(Actor.OFFICER_OTHER_PROVINCE, 404, Actor.MENTOR_NOT_ASSIGNED, 404),
                                Actor.MENTOR_ASSIGNED,
                                Actor.OFFICER_IN_SCOPE)),
                new Row(
                        "GET /cases/{id}/messages",
                        (a, t) -> api.get(t, "/api/v1/cases/" + caseX + "/messages?with=" + w.id("mentorA1")),
                        only(
                                200,
                                Map.of(
                                        Actor.OFFICER_OTHER_PROVINCE,
                                        404,
                                        Actor.MENTOR_NOT_ASSIGNED,
                                        404,
                                        Actor.PERSON_OTHER,
                                        404),
                                Actor.OFFICER_IN_SCOPE,
                                Actor.MENTOR_ASSIGNED,
                                Actor.PERSON_SELF)),
                new Row(
                        "POST /cases/{id}/messages",
                        (a, t) -> api.post(
                                t,
                                "/api/v1/cases/" + caseX + "/messages",
                                Map.of(
                                        "id",
                                        UUID.randomUUID().toString(),
                                        "recipientId",
                                        w.id("mentorA1"),
                                        "body",
                                        "Chào anh")),
                        only(
                                201,
                                Map.of(
                                        Actor.OFFICER_OTHER_PROVINCE,
                                        404,
                                        Actor.MENTOR_NOT_ASSIGNED,
                                        404,
                                        Actor.PERSON_OTHER,
                                        404,
                                        Actor.MENTOR_ASSIGNED,
                                        400),
                                Actor.OFFICER_IN_SCOPE,
                                Actor.PERSON_SELF)),
                new Row(
                        "POST /cases/{id}/appointments",
                        (a, t) -> api.post(
                                t,
                                "/api/v1/cases/" + caseX + "/appointments",
                                Map.of(
                                        "id",
                                        UUID.randomUUID().toString(),
                                        "type",
                                        "COUNSELLING",
                                        "placeId",
                                        w.policeA,
                                        "startsAt",
                                        java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                                                .plusDays(2)
                                                .withNano(0)
                                                .toString(),
                                        "durationMinutes",
                                        60)),
                        only(
                                201,
                                Map.of(Actor.OFFICER_OTHER_PROVINCE, 404, Actor.MENTOR_NOT_ASSIGNED, 404),
                                Actor.OFFICER_IN_SCOPE)),
                new Row(
                        "GET /cases/{id}/appointments",
                        (a, t) -> api.get(t, "/api/v1/cases/" + caseX + "/appointments"),
                        caseReaders(200)),
                new Row(
                        "GET /cases/{id}/reminders",
                        (a, t) -> api.get(t, "/api/v1/cases/" + caseX + "/reminders"),
                        caseReaders(200)),
                new Row(
                        "GET /providers",
                        (a, t) -> api.get(t, "/api/v1/providers"),
                        only(
                                200,
                                none,
                                Actor.ADMIN,
                                Actor.SUPERVISOR,
                                Actor.OFFICER_IN_SCOPE,
                                Actor.OFFICER_OTHER_PROVINCE,
                                Actor.MENTOR_ASSIGNED,
                                Actor.MENTOR_NOT_ASSIGNED)),
                new Row("GET /opportunities", (a, t) -> api.get(t, "/api/v1/opportunities"), everyone(200)),
                new Row(
                        "GET /cases/{id}/interests",
                        (a, t) -> api.get(t, "/api/v1/cases/" + caseX + "/interests"),
                        caseReaders(200)),
                new Row(
                        "GET /cases/{id}/referrals",
                        (a, t) -> api.get(t, "/api/v1/cases/" + caseX + "/referrals"),
                        caseReaders(200)),
                new Row(
                        "GET /cases/{id}/reintegration",
                        (a, t) -> api.get(t, "/api/v1/cases/" + caseX + "/reintegration"),
                        caseReaders(200)),
                new Row(
                        "GET /retention-checks",
                        (a, t) -> api.get(t, "/api/v1/retention-checks"),
                        only(
                                200,
                                none,
                                Actor.OFFICER_IN_SCOPE,
                                Actor.OFFICER_OTHER_PROVINCE,
                                Actor.MENTOR_ASSIGNED,
                                Actor.MENTOR_NOT_ASSIGNED)),
                new Row(
                        "GET /reports/commune-summary",
                        (a, t) -> api.get(t, "/api/v1/reports/commune-summary"),
                        only(200, none, Actor.SUPERVISOR, Actor.OFFICER_IN_SCOPE, Actor.OFFICER_OTHER_PROVINCE)),
                new Row(
                        "GET /report-periods",
                        (a, t) -> api.get(t, "/api/v1/report-periods"),
                        only(
                                200,
                                none,
                                Actor.ADMIN,
                                Actor.SUPERVISOR,
                                Actor.OFFICER_IN_SCOPE,
                                Actor.OFFICER_OTHER_PROVINCE)),
                new Row(
                        "GET /reports/periodic/{periodCode}?unitId=commune A",
                        (a, t) -> api.get(t, "/api/v1/reports/periodic/" + period() + "?unitId=" + w.communeA),
                        only(
                                200,
                                Map.of(Actor.OFFICER_OTHER_PROVINCE, 404),
                                Actor.ADMIN,
                                Actor.SUPERVISOR,
                                Actor.OFFICER_IN_SCOPE)),
                new Row(
                        "GET /reports/periodic/{periodCode}/units?unitId=province",
                        (a, t) -> api.get(t, "/api/v1/reports/periodic/" + period() + "/units?unitId=" + w.province),
                        only(
                                200,
                                Map.of(Actor.OFFICER_OTHER_PROVINCE, 404, Actor.OFFICER_IN_SCOPE, 404),
                                Actor.ADMIN,
                                Actor.SUPERVISOR)));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAsEveryActor() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows()) {
            for (Actor actor : Actor.values()) {
                int expected = row.expected().get(actor);
                tests.add(DynamicTest.dynamicTest(row.name() + " as " + actor + " -> " + expected, () -> {
                    ApiResponse r = row.call().apply(actor, tokens.get(actor));
                    assertEquals(expected, r.status(), r::toString);
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void listsOnlyEverContainWhatIsInScope() {
        ApiResponse other = api.get(w.token("officerOther"), "/api/v1/cases?limit=200");
        assertFalse(other.text().contains(caseX));
        ApiResponse mentor = api.get(w.token("mentorA3"), "/api/v1/cases?limit=200");
        assertFalse(mentor.text().contains(caseX));
        ApiResponse assigned = api.get(w.token("mentorA1"), "/api/v1/mentees");
        assertEquals(1, assigned.json().size());
        assertEquals(caseX, assigned.json().get(0).get("caseId").asText());
    }
}
