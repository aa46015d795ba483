package vn.donghanh.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * /health says how the server is built (disk, database checks) only to an ADMIN; anyone else,
 * signed in or not, a person included, learns UP or DOWN and nothing more.
 */
class HealthDetailsTest extends IntegrationTest {
    @Test
    void detailsOnlyForAdmin() {
        World w = World.create(api);
        World.Person person = w.activatedPerson("Nguyễn Văn Sức Khoẻ", null);
        for (String token : new String[] {null, person.token(), w.token("officerA"), w.token("supervisor")}) {
            ApiResponse health = api.get(token, "/health");
            assertEquals(200, health.status(), health::toString);
            assertEquals(Map.of("status", "UP"), fields(health.json()), "status alone: " + health.text());
        }
        ApiResponse admin = api.get(w.admin, "/health");
        assertEquals(200, admin.status(), admin::toString);
        JsonNode database = admin.json().path("details").path("database");
        assertEquals(
                "UP", database.path("status").asText(), "the database check is shown to an admin: " + admin.text());
        assertFalse(admin.text().contains("jdbc:"), "not even an admin is shown the connection URL: " + admin.text());
        assertTrue(admin.json().path("details").has("diskSpace"), admin.text());
    }

    private static Map<String, String> fields(JsonNode json) {
        Map<String, String> out = new java.util.TreeMap<>();
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        names.forEach(n -> out.put(n, json.get(n).asText()));
        return out;
    }
}
