package vn.donghanh.client.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.Alert;
import vn.donghanh.client.model.OverdueItem;
import vn.donghanh.client.support.Fixtures;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;

/** The paged lists the screens show whole are read to their end: every page, by nextCursor. */
class PagedListsTest {
    private final ManualClock clock = new ManualClock(1_795_480_200_000L);
    private ScriptedServer server;
    private DongHanhClient client;

    static String overdue(String caseId) {
        return "{\"caseId\":\"" + caseId + "\",\"fullName\":\"Nguyễn Văn An\",\"kind\":\"SELF_CHECKIN\","
                + "\"overdueSince\":\"2026-11-21T08:00:00+07:00\",\"overdueHours\":48}";
    }

    static String page(String nextCursor, String... items) {
        return "{\"items\":[" + String.join(",", items) + "]"
                + (nextCursor == null ? "" : ",\"nextCursor\":\"" + nextCursor + "\"") + "}";
    }

    @BeforeEach
    void setUp() {
        server = new ScriptedServer();
        client = Fixtures.personClient(server, clock);
    }

    @Test
    void theOverdueListFollowsNextCursorToTheLastPage() throws Exception {
        server.on("GET /api/v1/overdue", 200, page("c/1+", overdue("a"), overdue("b")))
                .on("GET /api/v1/overdue", 200, page(null, overdue("c")));

        List<OverdueItem> items = client.api().overdue();

        assertEquals(3, items.size());
        assertEquals("c", items.get(2).caseId);
        assertEquals(2, server.requests.size());
        assertTrue(server.requests.get(0).url.endsWith("/api/v1/overdue?limit=1000"), server.requests.get(0).url);
        assertTrue(
                server.requests.get(1).url.endsWith("&cursor=c%2F1%2B"),
                "the cursor goes back encoded: " + server.requests.get(1).url);
    }

    @Test
    void alertsAreReadPageByPage() throws Exception {
        String alert = "{\"id\":\"alert-1\",\"caseId\":\"x\",\"fullName\":\"Lê Văn Cường\",\"kind\":\"SELF_CHECKIN\","
                + "\"overdueSince\":\"2026-11-22T00:00:00+07:00\"}";
        server.on("GET /api/v1/alerts", 200, page("next", alert))
                .on("GET /api/v1/alerts", 200, page(null, alert.replace("alert-1", "alert-2")));

        List<Alert> alerts = client.api().alerts();

        assertEquals(2, alerts.size());
        assertEquals("alert-2", alerts.get(1).id);
    }

    @Test
    void aCursorThatDoesNotMoveIsAnErrorNotALoop() {
        server.on("GET /api/v1/alerts", 200, page("same")).on("GET /api/v1/alerts", 200, page("same"));

        assertThrows(IllegalStateException.class, () -> client.api().alerts());
    }
}
