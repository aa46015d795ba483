package vn.donghanh.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

class MentoringTest extends IntegrationTest {
    static World w;

    @BeforeAll
    static void world() {
        w = World.create(api);
    }

    private ApiResponse assign(String caseId, String mentorKey) {
        return api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/assignments",
                Map.of("mentorId", w.id(mentorKey), "startDate", "2025-03-10"));
    }

    @Test
    void aMentorHoldsAtMostTwoMenteesAndSeesOnlyThem() {
        String c1 =
                w.registerCase("officerA", w.communeA, "Bùi Văn Một").get("id").asText();
        String c2 =
                w.registerCase("officerA", w.communeA, "Bùi Văn Hai").get("id").asText();
        String c3 =
                w.registerCase("officerA", w.communeA, "Bùi Văn Ba").get("id").asText();
        assertEquals(201, assign(c1, "mentorA1").status());
        assertEquals(201, assign(c2, "mentorA1").status());
        ApiResponse third = assign(c3, "mentorA1");
        assertEquals(409, third.status());
        assertTrue(third.json().get("type").asText().endsWith("mentor-at-capacity"));

        ApiResponse mentees = api.get(w.token("mentorA1"), "/api/v1/mentees");
        List<String> names = new ArrayList<>();
        mentees.json().forEach(m -> names.add(m.get("fullName").asText()));
        assertEquals(
                List.of("Bùi Văn Một", "Bùi Văn Hai"),
                names.stream().sorted((a, b) -> a.endsWith("Một") ? -1 : 1).toList());
        assertEquals(200, api.get(w.token("mentorA1"), "/api/v1/cases/" + c1).status());
        assertEquals(404, api.get(w.token("mentorA1"), "/api/v1/cases/" + c3).status());
        ApiResponse list = api.get(w.token("mentorA1"), "/api/v1/cases");
        assertEquals(2, list.json().get("items").size());

        // Ending one assignment frees a slot and removes the mentor's view of that case.
        String assignmentId = api.get(w.token("officerA"), "/api/v1/cases/" + c1 + "/assignments")
                .json()
                .get(0)
                .get("id")
                .asText();
        ApiResponse ended = api.post(
                w.token("officerA"),
                "/api/v1/assignments/" + assignmentId + "/end",
                Map.of("reason", "Tình nguyện viên chuyển công tác", "endDate", "2025-06-01"));
        assertEquals(200, ended.status(), ended::toString);
        assertFalse(ended.json().get("active").asBoolean());
        assertEquals(
                "Tình nguyện viên chuyển công tác",
                ended.json().get("endReason").asText());
        assertEquals(404, api.get(w.token("mentorA1"), "/api/v1/cases/" + c1).status());
        assertEquals(201, assign(c3, "mentorA1").status());
        assertEquals(
                409,
                api.post(
                                w.token("officerA"),
                                "/api/v1/assignments/" + assignmentId + "/end",
                                Map.of("reason", "again", "endDate", "2025-06-02"))
                        .status());

        List<String> timeline = new ArrayList<>();
        api.get(w.token("officerA"), "/api/v1/cases/" + c1 + "/timeline")
                .json()
                .forEach(e -> timeline.add(e.get("type").asText()));
        assertEquals(List.of("REGISTERED", "MENTOR_ASSIGNED", "MENTOR_UNASSIGNED"), timeline);
    }

    @Test
    void aCaseHasOneMentorAtATimeAndOnlyMentorsOfTheOfficersUnitsCanBeAssigned() {
        String c =
                w.registerCase("officerA", w.communeA, "Lý Văn Đơn").get("id").asText();
        assertEquals(201, assign(c, "mentorA2").status());
        assertEquals(409, assign(c, "mentorA3").status());
        String c2 =
                w.registerCase("officerA", w.communeA, "Lý Văn Xa").get("id").asText();
        ApiResponse foreign = assign(c2, "mentorOther");
        assertEquals(400, foreign.status());
        assertEquals(List.of("mentorId"), foreign.problemFields());
        ApiResponse notMentor = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + c2 + "/assignments",
                Map.of("mentorId", w.id("officerB"), "startDate", "2025-03-10"));
        assertEquals(400, notMentor.status());
    }

    @Test
    void closingACaseReleasesItsMentor() {
        String c =
                w.registerCase("officerA", w.communeA, "Kết Thúc Sớm").get("id").asText();
        assertEquals(201, assign(c, "mentorA3").status());
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        assertEquals(
                201,
                api.post(
                                w.token("officerA"),
                                "/api/v1/cases/" + c + "/status-changes",
                                Map.of(
                                        "status",
                                        "TRANSFERRED_OUT",
                                        "reason",
                                        "Chuyển đến tỉnh khác",
                                        "effectiveDate",
                                        today))
                        .status());
        JsonNode history = api.get(w.token("officerA"), "/api/v1/cases/" + c + "/assignments")
                .json();
        assertFalse(history.get(0).get("active").asBoolean());
        assertEquals(404, api.get(w.token("mentorA3"), "/api/v1/cases/" + c).status());
        assertEquals(409, assign(c, "mentorA3").status(), "a closed case takes no mentor");
    }

    @Test
    void aPersonActivatesWithTheCodeThenSeesOnlyTheirOwnCaseAndTheirMentor() {
        var body = World.caseBody(w.communeA, "Tạ Thị Tự Quản");
        body.put("phone", String.format("0913%06d", Math.abs(w.tag.hashCode()) % 1_000_000));
        String c = w.registerCase("officerA", body).get("id").asText();
        String other =
                w.registerCase("officerA", w.communeA, "Người Khác").get("id").asText();
        assertEquals(201, assign(c, "mentorA2").status());

        ApiResponse code = api.post(w.token("officerA"), "/api/v1/cases/" + c + "/activation-code", null);
        assertEquals(201, code.status(), code::toString);
        String activationCode = code.json().get("code").asText();

        ApiResponse wrong = api.post(
                null,
                "/api/v1/auth/activate",
                Map.of("phone", body.get("phone"), "code", "AAAA-AAAA", "pin", "135790"));
        assertEquals(401, wrong.status());
        ApiResponse activated = api.post(
                null,
                "/api/v1/auth/activate",
                Map.of("phone", body.get("phone"), "code", activationCode.toLowerCase(), "pin", "135790"));
        assertEquals(200, activated.status(), activated::toString);
        ApiResponse reuse = api.post(
                null,
                "/api/v1/auth/activate",
                Map.of("phone", body.get("phone"), "code", activationCode, "pin", "000000"));
        assertEquals(401, reuse.status(), "a code works once");

        ApiResponse login =
                api.post(null, "/api/v1/auth/person-login", Map.of("phone", body.get("phone"), "pin", "135790"));
        assertEquals(200, login.status(), login::toString);
        String person = login.json().get("accessToken").asText();
        ApiResponse mine = api.get(person, "/api/v1/me/case");
        assertEquals(200, mine.status(), mine::toString);
        assertEquals("Tạ Thị Tự Quản", mine.json().get("fullName").asText());
        assertTrue(mine.json().get("mentor").has("phone"), mine::toString);
        assertTrue(mine.json().get("mentor").get("displayName").asText().length() > 3);
        assertEquals(404, api.get(person, "/api/v1/cases/" + other).status());
        assertEquals(200, api.get(person, "/api/v1/cases/" + c).status());
        assertEquals(403, api.get(person, "/api/v1/cases").status());

        // Who looked at my record: the officer's reads are there, my own are not.
        ApiResponse log = api.get(person, "/api/v1/me/access-log");
        assertEquals(200, log.status());
        List<String> actors = new ArrayList<>();
        log.json()
                .get("items")
                .forEach(e -> actors.add(
                        e.get("actorName").asText() + "/" + e.get("action").asText()));
        assertTrue(actors.contains("Trần Văn Công/CASE_REGISTER"), actors.toString());
        assertTrue(actors.stream().noneMatch(a -> a.startsWith("Tạ Thị Tự Quản")), actors.toString());
    }
}
