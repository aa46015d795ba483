package vn.donghanh.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/** A closed case stays on the officers' phones for a while, then leaves them (the console keeps it). */
class ClosedCaseRetirementTest extends IntegrationTest {
    static World w;
    /** The officer's feed from before this class's world: every change of it (a phone that never stopped). */
    static String fromStart;

    @BeforeAll
    static void world() {
        fromStart = SyncFeedTest.publishedCursor();
        w = World.create(api);
    }

    /** The changes about this case from the start of the officer's feed, as a phone would pull them. */
    private static List<String> changesAbout(String caseId) {
        bean(SyncPublisher.class).publish();
        List<String> out = new ArrayList<>();
        String cursor = fromStart;
        for (int pages = 0; pages < 100; pages++) {
            ApiResponse r = api.get(
                    w.token("officerA"), "/api/v1/sync?limit=500" + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, r.status(), r::toString);
            for (JsonNode c : r.json().get("changes")) {
                if (caseId.equals(c.path("caseId").asText())) {
                    out.add(c.get("type").asText());
                }
            }
            cursor = r.json().get("cursor").asText();
            if (!r.json().get("hasMore").asBoolean()) {
                return out;
            }
        }
        throw new AssertionError("the feed never ran out");
    }

    @Test
    void aClosedCaseLeavesTheOfficersPhonesOnceItsTimeIsUp() {
        String caseId = w.registerCase("officerA", w.communeA, "Hà Văn Đã Mất " + w.tag)
                .get("id")
                .asText();
        String today =
                LocalDate.now(CLOCK.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))).toString();
        ApiResponse closed = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/status-changes",
                Map.of("status", "DECEASED", "reason", "Gia đình báo tin", "effectiveDate", today));
        assertEquals(201, closed.status(), closed::toString);
        ClosedCaseRetirement retirement = context().getBean(ClosedCaseRetirement.class);
        retirement.runOnce();
        assertEquals(List.of("CASE"), changesAbout(caseId), "still on the phone while recently closed");

        CLOCK.advance(Duration.ofDays(31));
        w.tokens.put("officerA", World.login(api, w.username("officerA"), World.PASSWORD));
        assertTrue(retirement.runOnce() >= 1);
        retirement.runOnce();
        assertEquals(List.of("REMOVED"), changesAbout(caseId), "removed once, and nothing else of it");
        assertEquals(
                200, api.get(w.token("officerA"), "/api/v1/cases/" + caseId).status(), "the record itself stays");
    }
}
