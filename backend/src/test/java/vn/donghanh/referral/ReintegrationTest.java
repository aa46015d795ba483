package vn.donghanh.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
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
 * The whole loop through the API: an officer adds a vocational school and a course, a person
 * says they are interested, the mentor refers, the person accepts and is enrolled and placed, the
 * 3-month check appears and is answered, the commune's employed/in-training share moves, and an
 * out-of-scope account sees none of it.
 */
class ReintegrationTest extends IntegrationTest {
    static final Instant START = Instant.parse("2026-03-02T03:00:00Z");
    static World w;

    @BeforeAll
    static void world() {
        w = World.create(api);
    }

    @BeforeEach
    void fixTheClock() {
        CLOCK.set(START);
    }

    private String provider(String token, String name, String type, String commune) {
        ApiResponse r = api.post(
                token,
                "/api/v1/providers",
                Map.of(
                        "name",
                        name,
                        "type",
                        type,
                        "adminUnitId",
                        commune,
                        "contactPerson",
                        "Cô Nguyễn Thị Hoa",
                        "contactPhone",
                        "0208 3855 123",
                        "servedUnitIds",
                        List.of(commune)));
        assertEquals(201, r.status(), r::toString);
        return r.json().get("id").asText();
    }

    private String course(String providerId, String commune, String title, String trade) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "providerId",
                providerId,
                "type",
                "COURSE",
                "title",
                title,
                "adminUnitId",
                commune,
                "trade",
                trade,
                "startDate",
                "2026-03-16",
                "durationWeeks",
                12,
                "seats",
                20,
                "feeSupport",
                "Miễn học phí cho người sau cai"));
        ApiResponse r = api.post(w.token("officerA"), "/api/v1/opportunities", body);
        assertEquals(201, r.status(), r::toString);
        return r.json().get("id").asText();
    }

    private ApiResponse step(String token, String referralId, String status, String date, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("status", status, "date", date));
        body.putAll(extra);
        return api.post(token, "/api/v1/referrals/" + referralId + "/steps", body);
    }

    private JsonNode communeA(String token) {
        for (JsonNode c :
                api.get(token, "/api/v1/reports/commune-summary").json().get("communes")) {
            if (c.get("adminUnitId").asText().equals(w.communeA)) {
                return c;
            }
        }
        throw new AssertionError("commune A missing");
    }

    @Test
    void fromACourseToAPlacementAndItsThreeMonthCheck() {
        World.Person person = w.activatedPerson("Học Nghề Hàn", "mentorA1");
        String school =
                provider(w.token("officerA"), "Trường Trung cấp nghề Thái Nguyên", "VOCATIONAL_SCHOOL", w.communeA);
        String welding = course(school, w.communeA, "Lớp hàn điện cơ bản", "Hàn điện");
        JsonNode before = communeA(w.token("supervisor"));
        assertEquals(0, before.get("employedOrInTraining").asInt());

        // The person finds it without diacritics, near home first, and says "I'm interested".
        ApiResponse found = api.get(person.token(), "/api/v1/opportunities?q=han%20dien");
        assertEquals(200, found.status(), found::toString);
        assertEquals(welding, found.json().get(0).get("id").asText());
        assertEquals(0, found.json().get(0).get("distance").asInt());
        ApiResponse interest = api.post(person.token(), "/api/v1/opportunities/" + welding + "/interest", null);
        assertEquals(201, interest.status(), interest::toString);
        assertEquals(
                201,
                api.post(person.token(), "/api/v1/opportunities/" + welding + "/interest", null)
                        .status());
        assertEquals(
                1,
                api.get(w.token("mentorA1"), "/api/v1/cases/" + person.caseId() + "/interests")
                        .json()
                        .size());
        List<String> mentorInbox = new ArrayList<>();
        api.get(w.token("mentorA1"), "/api/v1/inbox")
                .json()
                .get("items")
                .forEach(n -> mentorInbox.add(n.get("kind").asText()));
        assertTrue(mentorInbox.contains("OPPORTUNITY_INTEREST"), mentorInbox::toString);

        // The mentor finds the open course in the list of opportunities around their commune, and refers.
        ApiResponse open = api.get(w.token("mentorA1"), "/api/v1/opportunities");
        assertEquals(200, open.status(), open::toString);
        List<String> openIds = new ArrayList<>();
        open.json().forEach(o -> {
            assertEquals("OPEN", o.get("status").asText());
            openIds.add(o.get("id").asText());
        });
        assertTrue(openIds.contains(welding), openIds::toString);
        // The mentor refers; the person accepts and shares only name and phone.
        String referralId = UUID.randomUUID().toString();
        ApiResponse referred = api.post(
                w.token("mentorA1"),
                "/api/v1/cases/" + person.caseId() + "/referrals",
                Map.of("id", referralId, "opportunityId", welding, "note", "Phù hợp, bạn ấy từng làm cơ khí"));
        assertEquals(201, referred.status(), referred::toString);
        assertEquals("PROPOSED", referred.json().get("status").asText());
        assertEquals("COURSE", referred.json().get("kind").asText());
        assertEquals(
                409,
                api.get(w.token("mentorA1"), "/api/v1/referrals/" + referralId + "/provider-sheet")
                        .status(),
                "nothing goes to the provider before the person accepts");
        assertEquals(
                403,
                step(w.token("mentorA1"), referralId, "ACCEPTED", "2026-03-02", Map.of())
                        .status(),
                "only the person accepts");
        assertEquals(
                422,
                step(w.token("mentorA1"), referralId, "PLACED", "2026-03-02", Map.of())
                        .status(),
                "no jumping");
        ApiResponse accepted = step(
                person.token(),
                referralId,
                "ACCEPTED",
                "2026-03-02",
                Map.of("sharedFields", List.of("FULL_NAME", "PHONE")));
        assertEquals(200, accepted.status(), accepted::toString);
        JsonNode sheet = api.get(w.token("mentorA1"), "/api/v1/referrals/" + referralId + "/provider-sheet")
                .json();
        assertEquals("Học Nghề Hàn", sheet.get("fields").get("FULL_NAME").asText());
        assertTrue(sheet.get("fields").has("PHONE"));
        assertFalse(sheet.get("fields").has("ADDRESS"), "not shared");
        assertFalse(sheet.get("fields").has("DATE_OF_BIRTH"), "not shared");

        assertEquals(
                200,
                step(w.token("officerA"), referralId, "SENT", "2026-03-02", Map.of())
                        .status());
        CLOCK.set(Instant.parse("2026-03-16T03:00:00Z"));
        assertEquals(
                200,
                step(w.token("mentorA1"), referralId, "ENROLLED", "2026-03-16", Map.of("note", "Đã nhập học"))
                        .status());
        JsonNode training = api.get(person.token(), "/api/v1/cases/" + person.caseId() + "/reintegration")
                .json();
        assertEquals("IN_TRAINING", training.get("status").asText());
        assertEquals(
                1, communeA(w.token("supervisor")).get("employedOrInTraining").asInt());

        CLOCK.set(Instant.parse("2026-06-10T03:00:00Z"));
        ApiResponse placed = step(
                w.token("officerA"),
                referralId,
                "PLACED",
                "2026-06-08",
                Map.of("note", "Tốt nghiệp, được xưởng cơ khí nhận vào làm"));
        assertEquals(200, placed.status(), placed::toString);
        assertEquals(
                422,
                step(w.token("officerA"), referralId, "WITHDRAWN", "2026-06-10", Map.of())
                        .status(),
                "PLACED is final");
        assertEquals(
                "EMPLOYED",
                api.get(w.token("officerA"), "/api/v1/cases/" + person.caseId() + "/reintegration")
                        .json()
                        .get("status")
                        .asText());

        // Three months after enrolment (16 June) the check falls due on the mentor's task list.
        List<String> dueBefore = dueChecks(w.token("mentorA1"));
        assertTrue(dueBefore.isEmpty(), "not yet due on 10 June: " + dueBefore);
        CLOCK.set(Instant.parse("2026-06-16T03:00:00Z").plus(Duration.ofHours(1)));
        List<String> due = dueChecks(w.token("mentorA1"));
        assertEquals(1, due.size());
        assertEquals(1, dueChecks(w.token("officerA")).size(), "and on the officer's list");
        List<String> overdueKinds = new ArrayList<>();
        Pages.all(api, w.token("officerA"), "/api/v1/overdue").forEach(o -> {
            if (o.get("caseId").asText().equals(person.caseId())) {
                overdueKinds.add(o.get("kind").asText() + ":"
                        + o.path("retentionCheckId").asText());
            }
        });
        assertEquals(List.of("RETENTION_CHECK:" + due.get(0)), overdueKinds, "the officer's overdue list shows it too");
        assertEquals(0, dueChecks(w.token("officerOther")).size());
        ApiResponse answered = api.post(
                w.token("mentorA1"),
                "/api/v1/retention-checks/" + due.get(0) + "/answer",
                Map.of("outcome", "STILL_ACTIVE", "note", "Vẫn đi làm đều"));
        assertEquals(200, answered.status(), answered::toString);
        assertEquals(
                409,
                api.post(
                                w.token("mentorA1"),
                                "/api/v1/retention-checks/" + due.get(0) + "/answer",
                                Map.of("outcome", "STOPPED"))
                        .status());
        assertTrue(dueChecks(w.token("mentorA1")).isEmpty(), "answered checks leave the list");
        assertFalse(
                Pages.all(api, w.token("officerA"), "/api/v1/overdue")
                        .toString()
                        .contains(due.get(0)),
                "and the overdue list");

        JsonNode after = communeA(w.token("supervisor"));
        assertEquals(1, after.get("employedOrInTraining").asInt());
        assertFalse(api.get(w.token("supervisor"), "/api/v1/reports/commune-summary")
                .text()
                .contains("Học Nghề Hàn"));

        // Out of scope: nothing of it shows.
        assertEquals(
                404,
                api.get(w.token("officerOther"), "/api/v1/cases/" + person.caseId() + "/referrals")
                        .status());
        assertEquals(
                404,
                api.get(w.token("officerOther"), "/api/v1/referrals/" + referralId + "/provider-sheet")
                        .status());
        assertEquals(
                404,
                api.get(w.token("mentorA2"), "/api/v1/cases/" + person.caseId() + "/reintegration")
                        .status());
        assertFalse(
                api.get(w.token("officerOther"), "/api/v1/opportunities?communeId=" + w.communeA)
                        .text()
                        .contains(person.caseId()),
                "opportunities never say who was referred");
    }

    private static List<String> dueChecks(String token) {
        List<String> ids = new ArrayList<>();
        Pages.all(api, token, "/api/v1/retention-checks")
                .forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    @Test
    void aStoppedJobMakesThePersonUnemployedAgainAndSearchOrdersByDistance() {
        World.Person person = w.activatedPerson("Mất Việc", "mentorA2");
        String employer = provider(w.token("officerA"), "Công ty May Việt Thái", "EMPLOYER", w.communeA);
        ApiResponse job = api.post(
                w.token("officerA"),
                "/api/v1/opportunities",
                Map.of(
                        "providerId",
                        employer,
                        "type",
                        "JOB",
                        "title",
                        "Công nhân may",
                        "adminUnitId",
                        w.communeB,
                        "wageMin",
                        5_500_000,
                        "wageMax",
                        7_000_000,
                        "seats",
                        5));
        assertEquals(201, job.status(), job::toString);
        String jobId = job.json().get("id").asText();
        ApiResponse near = api.post(
                w.token("officerA"),
                "/api/v1/opportunities",
                Map.of(
                        "providerId",
                        employer,
                        "type",
                        "JOB",
                        "title",
                        "Công nhân may tại xã",
                        "adminUnitId",
                        w.communeA));
        assertEquals(201, near.status());
        ApiResponse far = api.post(
                w.admin,
                "/api/v1/opportunities",
                Map.of(
                        "providerId",
                        employer,
                        "type",
                        "JOB",
                        "title",
                        "Công nhân may tỉnh khác",
                        "adminUnitId",
                        w.otherCommune));
        assertEquals(201, far.status(), far::toString);
        List<Integer> distances = new ArrayList<>();
        api.get(person.token(), "/api/v1/opportunities?q=cong%20nhan%20may&type=JOB")
                .json()
                .forEach(o -> distances.add(o.get("distance").asInt()));
        assertEquals(List.of(0, 1, 2), distances.subList(0, 3));

        String referralId = UUID.randomUUID().toString();
        assertEquals(
                201,
                api.post(
                                w.token("officerA"),
                                "/api/v1/cases/" + person.caseId() + "/referrals",
                                Map.of("id", referralId, "opportunityId", jobId))
                        .status());
        assertEquals(
                200,
                step(person.token(), referralId, "ACCEPTED", "2026-03-02", Map.of("sharedFields", List.of()))
                        .status());
        assertEquals(
                200,
                step(w.token("officerA"), referralId, "SENT", "2026-03-02", Map.of())
                        .status());
        assertEquals(
                200,
                step(w.token("officerA"), referralId, "INTERVIEW", "2026-03-02", Map.of())
                        .status());
        assertEquals(
                200,
                step(w.token("officerA"), referralId, "PLACED", "2026-03-02", Map.of())
                        .status());
        assertEquals("EMPLOYED", reintegration(person).get("status").asText());
        CLOCK.set(Instant.parse("2026-06-03T03:00:00Z"));
        String check = dueChecks(w.token("mentorA2")).get(0);
        assertEquals(
                200,
                api.post(
                                w.token("mentorA2"),
                                "/api/v1/retention-checks/" + check + "/answer",
                                Map.of("outcome", "STOPPED", "note", "Nghỉ việc sau 2 tháng"))
                        .status());
        JsonNode status = reintegration(person);
        assertEquals("UNEMPLOYED", status.get("status").asText());
        assertEquals(2, status.get("history").size(), "employed on 2 March, unemployed on 3 June");
        // A closed opportunity takes no new interest.
        assertEquals(
                200,
                api.post(w.token("officerA"), "/api/v1/opportunities/" + jobId + "/status", Map.of("status", "FILLED"))
                        .status());
        assertEquals(
                409,
                api.post(person.token(), "/api/v1/opportunities/" + jobId + "/interest", null)
                        .status());
        assertEquals(
                200,
                api.post(w.token("officerA"), "/api/v1/opportunities/" + jobId + "/status", Map.of("status", "CLOSED"))
                        .status());
        assertEquals(
                422,
                api.post(w.token("officerA"), "/api/v1/opportunities/" + jobId + "/status", Map.of("status", "OPEN"))
                        .status(),
                "CLOSED is final");
    }

    private JsonNode reintegration(World.Person person) {
        ApiResponse r = api.get(person.token(), "/api/v1/cases/" + person.caseId() + "/reintegration");
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }
}
