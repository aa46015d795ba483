package vn.donghanh.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.LinkPages;
import vn.donghanh.support.World;

/**
 * A search that matches more opportunities than a page holds (more than the 100 it used to stop at) is read to
 * its end by following the {@code Link: <…>; rel="next"} header: every match exactly once, nearest first, then
 * by deadline (none last), with ties of title broken by id, whatever the page size.
 */
class OpportunitySearchPagesTest extends IntegrationTest {
    static final int MATCHES = 130;

    static World w;
    static Set<String> created = new HashSet<>();

    @BeforeAll
    static void manyOpportunities() {
        CLOCK.set(Instant.parse("2026-03-02T03:00:00Z"));
        w = World.create(api);
        ApiResponse p = api.post(
                w.token("officerA"),
                "/api/v1/providers",
                Map.of(
                        "name",
                        "Công ty Tuyển Dụng " + w.tag,
                        "type",
                        "EMPLOYER",
                        "adminUnitId",
                        w.communeA,
                        "servedUnitIds",
                        List.of(w.communeA)));
        assertEquals(201, p.status(), p::toString);
        String provider = p.json().get("id").asText();
        String[] where = {w.communeA, w.communeB, w.otherCommune};
        for (int i = 0; i < MATCHES; i++) {
            Map<String, Object> body = new HashMap<>();
            body.put("providerId", provider);
            body.put("type", "JOB");
            // Twenty-six titles for 130 openings: the id decides between equal titles.
            body.put("title", "Viec lam " + w.tag + " so " + (i % 26));
            body.put("adminUnitId", where[i % 3]);
            if (i % 4 != 0) {
                body.put("deadline", "2026-04-" + String.format("%02d", 1 + i % 28));
            }
            ApiResponse r = api.post(w.token("officerA"), "/api/v1/opportunities", body);
            assertEquals(201, r.status(), r::toString);
            created.add(r.json().get("id").asText());
        }
    }

    @Test
    void everyMatchOnceAcrossPagesInSearchOrder() {
        for (Integer limit : new Integer[] {null, 37, 100}) {
            List<JsonNode> all = readAll(w.token("officerA"), "/api/v1/opportunities?q=" + w.tag, limit);
            assertEquals(MATCHES, all.size(), "every match, page size " + limit);
            Set<String> ids = new HashSet<>();
            all.forEach(o -> ids.add(o.get("id").asText()));
            assertEquals(created, ids, "each once, page size " + limit);
            for (int i = 1; i < all.size(); i++) {
                assertTrue(notAfter(all.get(i - 1), all.get(i)), "search order at " + i + ", page size " + limit);
            }
            assertEquals(0, all.get(0).get("distance").asInt(), "the caller's commune first");
            assertEquals(2, all.get(all.size() - 1).get("distance").asInt(), "another province last");
        }
    }

    @Test
    void aPersonReadsEveryPageToo() {
        World.Person person = w.activatedPerson("Người Tìm Việc", null);
        assertEquals(
                MATCHES,
                readAll(person.token(), "/api/v1/opportunities?q=" + w.tag, 60).size());
    }

    @Test
    void theFirstPageIsAHundredAndSaysThereIsMore() {
        ApiResponse r = api.get(w.token("officerA"), "/api/v1/opportunities?q=" + w.tag);
        assertEquals(200, r.status(), r::toString);
        assertEquals(OpportunityService.DEFAULT_PAGE, r.json().size());
        assertNotNull(r.header("Link"), "a next page is announced");
        ApiResponse last = api.get(w.token("officerA"), "/api/v1/opportunities?q=" + w.tag + "%20so%2025");
        assertEquals(5, last.json().size(), "one title: five openings");
        assertNull(last.header("Link"), "no next page after the last");
    }

    @Test
    void aPageSizeOrCursorOutOfBoundsIsTheFieldsFault() {
        ApiResponse big = api.get(w.token("officerA"), "/api/v1/opportunities?limit=101");
        assertEquals(400, big.status(), big::toString);
        assertEquals(List.of("limit"), big.problemFields(), big::toString);
        ApiResponse bad = api.get(w.token("officerA"), "/api/v1/opportunities?cursor=bm90LWEtY3Vyc29y");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("cursor"), bad.problemFields(), bad::toString);
    }

    /** Distance, then deadline with none last: the order the search promises between neighbours. */
    private static boolean notAfter(JsonNode a, JsonNode b) {
        int da = a.get("distance").asInt();
        int db = b.get("distance").asInt();
        if (da != db) {
            return da < db;
        }
        String ka = a.hasNonNull("deadline") ? a.get("deadline").asText() : "9999-12-31";
        String kb = b.hasNonNull("deadline") ? b.get("deadline").asText() : "9999-12-31";
        return ka.compareTo(kb) <= 0;
    }

    private static List<JsonNode> readAll(String token, String path, Integer limit) {
        return LinkPages.all(api, token, limit == null ? path : path + "&limit=" + limit);
    }
}
