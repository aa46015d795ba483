package vn.donghanh.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;

/** What anyone can reach without signing in: health, the contract and its browsable page; nothing more. */
class ServiceSurfaceTest extends IntegrationTest {
    @Test
    void healthIsUpAndRevealsNoDetailsAnonymously() {
        ApiResponse health = api.get(null, "/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.json().get("status").asText());
        assertFalse(health.text().contains("jdbc:"), "no connection details for anonymous callers");
    }

    @Test
    void theSpecAndTheDocsPageAreServed() {
        ApiResponse spec = api.get(null, "/api/v1/openapi.yaml");
        assertEquals(200, spec.status());
        assertTrue(spec.text().startsWith("openapi: 3.0"), spec.text().substring(0, 40));
        ApiResponse page = api.get(null, "/api/docs");
        assertEquals(200, page.status());
        assertTrue(page.text().contains("swagger-ui-bundle.js"));
        ApiResponse bundle = api.outsideContract(null, "/api/docs/ui/swagger-ui-bundle.js");
        assertEquals(200, bundle.status());
        assertTrue(bundle.body().length > 100_000);
    }

    @Test
    void unknownRoutesAndMetricsNeedATokenAndAnswerProblems() {
        ApiResponse unknown = api.outsideContract(null, "/api/v1/nothing-here");
        assertTrue(unknown.status() == 401 || unknown.status() == 404, unknown::toString);
        assertTrue(unknown.contentType().startsWith("application/problem+json"));
        assertEquals(401, api.outsideContract(null, "/prometheus").status());
    }

    @Test
    void metricsAreServedToAdminsOnly() {
        String admin = vn.donghanh.support.World.login(api, "admin", ADMIN_PASSWORD);
        api.get(admin, "/api/v1/me");
        ApiResponse metrics = api.outsideContract(admin, "/prometheus");
        assertEquals(200, metrics.status(), metrics::toString);
        assertTrue(metrics.text().contains("http_server_requests_seconds"), "request timings are recorded");
        vn.donghanh.support.World w = vn.donghanh.support.World.create(api);
        assertEquals(
                403, api.outsideContract(w.token("officerA"), "/prometheus").status());
    }
}
