package vn.donghanh.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Pages;
import vn.donghanh.support.World;

/**
 * The lists that used to stop at a fixed number are cursor-paged: small pages, followed by
 * {@code nextCursor}, give every item once and in order, even when items share their sort time
 * (the test clock stands still); a cursor the list did not issue is a 400.
 */
class PagedListsTest extends IntegrationTest {
    static World w;
    static World.Person person;

    @BeforeAll
    static void world() {
        w = World.create(api);
        person = w.activatedPerson("Trang Từng Trang", "mentorA1");
    }

    private static List<String> field(List<JsonNode> items, String name) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get(name).asText()));
        return out;
    }

    @Test
    void aConversationPagedByTwoIsEveryMessageOnceOldestFirst() {
        List<String> sent = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ApiResponse r = api.post(
                    person.token(),
                    "/api/v1/cases/" + person.caseId() + "/messages",
                    Map.of("id", UUID.randomUUID().toString(), "recipientId", w.id("mentorA1"), "body", "Tin số " + i));
            assertEquals(201, r.status(), r::toString);
            sent.add(r.json().get("id").asText());
        }
        String path = "/api/v1/cases/" + person.caseId() + "/messages?with=" + person.accountId();
        JsonNode first = api.get(w.token("mentorA1"), path + "&limit=2").json();
        assertEquals(2, first.get("items").size());
        assertNotNull(first.get("nextCursor"), "more to come");
        assertEquals(sent, field(Pages.all(api, w.token("mentorA1"), path, 2), "id"), "all five, in the order sent");
    }

    @Test
    void helpRequestsPagedByOneAreEachListedOnce() {
        Set<String> asked = new HashSet<>();
        for (String category : List.of("CRAVING", "CONFLICT", "CRISIS")) {
            ApiResponse r = api.post(
                    person.token(),
                    "/api/v1/cases/" + person.caseId() + "/help-requests",
                    Map.of("id", UUID.randomUUID().toString(), "category", category));
            assertEquals(201, r.status(), r::toString);
            asked.add(r.json().get("id").asText());
        }
        List<String> listed = field(
                Pages.all(api, w.token("officerA"), "/api/v1/cases/" + person.caseId() + "/help-requests", 1), "id");
        assertEquals(3, listed.size());
        assertEquals(asked, new HashSet<>(listed));
    }

    @Test
    void casesDueForCompletionPagedByOneAreEachListedOnce() {
        Set<String> due = new HashSet<>();
        for (String name : List.of("Hết Hạn Một", "Hết Hạn Hai", "Hết Hạn Ba")) {
            Map<String, Object> body = World.caseBody(w.communeB, name);
            body.put("basis", "VOLUNTARY_REHAB");
            body.put("decisionDate", "2024-01-02");
            body.put("startDate", "2024-01-05");
            due.add(w.registerCase("officerB", body).get("id").asText());
        }
        List<String> listed = field(Pages.all(api, w.token("officerB"), "/api/v1/cases/due-for-completion", 1), "id");
        assertEquals(3, listed.size(), listed::toString);
        assertEquals(due, new HashSet<>(listed));
    }

    @Test
    void aPersonsAccessLogPagedByTwoHoldsEveryReadOnceNewestFirst() {
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    200,
                    api.get(w.token("officerA"), "/api/v1/cases/" + person.caseId())
                            .status());
        }
        List<JsonNode> all = Pages.all(api, person.token(), "/api/v1/me/access-log", 2);
        List<JsonNode> whole = Pages.all(api, person.token(), "/api/v1/me/access-log", 200);
        assertEquals(
                field(whole, "occurredAt"), field(all, "occurredAt"), "pages of two add up to the whole log, in order");
        assertTrue(
                field(all, "action").stream().filter("CASE_READ"::equals).count() >= 5, field(all, "action")::toString);
        List<String> times = field(all, "occurredAt");
        List<String> newestFirst = new ArrayList<>(times);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertEquals(newestFirst, times);
        ApiResponse foreign = api.get(person.token(), "/api/v1/me/access-log?cursor=bm90LWEtY3Vyc29y");
        assertEquals(400, foreign.status(), foreign::toString);
        assertTrue(foreign.problemFields().contains("cursor"));
    }

    @Test
    void aCursorTheListDidNotIssueIsABadRequest() {
        for (String path : List.of(
                "/api/v1/overdue",
                "/api/v1/alerts",
                "/api/v1/retention-checks",
                "/api/v1/cases/due-for-completion",
                "/api/v1/cases/" + person.caseId() + "/help-requests",
                "/api/v1/cases/" + person.caseId() + "/reminders",
                "/api/v1/cases/" + person.caseId() + "/messages?with=" + w.id("mentorA1"))) {
            // Base64url of two or three parts that are not what the list puts there.
            String sep = path.contains("?") ? "&" : "?";
            for (String cursor : List.of("bm90LWEtY3Vyc29y", "eB94", "eB94H3o")) {
                ApiResponse r = api.get(w.token("officerA"), path + sep + "cursor=" + cursor);
                assertEquals(400, r.status(), () -> path + " " + r);
                assertTrue(r.problemFields().contains("cursor"), () -> path + " " + r);
            }
        }
    }
}
