package vn.donghanh.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.escalation.EscalationJob;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.BulkCases;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;
import vn.donghanh.support.TestDatabase;
import vn.donghanh.support.World;

/**
 * The commune summary of a unit with many communes gives every commune its own figures (none dropped, none
 * mixed with another's), and costs the same number of queries for one commune as for thirty holding as many
 * cases: each figure is read for the whole unit at once, never a query per commune. The cases are overdue
 * (a daily plan from the 18th, nothing checked in), so each has an alert from one escalation scan.
 */
class SummaryEveryCommuneTest extends IntegrationTest {
    static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
    static final int COMMUNES = 30;
    static final int CASES_IN_ONE = 60;

    static World w;
    /** Commune id → its number of cases, for the district of many communes. */
    static final Map<String, Integer> many = new LinkedHashMap<>();

    static String oneCommune;

    @BeforeAll
    static void twoDistricts() throws SQLException {
        CLOCK.set(NOW);
        w = World.create(api);
        String districtMany = w.unit("DM", "Huyện Nhiều Xã " + w.tag, "DISTRICT", w.province);
        String districtOne = w.unit("DO", "Huyện Một Xã " + w.tag, "DISTRICT", w.province);
        w.account("supMany", "SUPERVISOR", districtMany, null, "Giám sát huyện nhiều xã");
        w.account("supOne", "SUPERVISOR", districtOne, null, "Giám sát huyện một xã");
        oneCommune = w.unit("O1", "Xã Một " + w.tag, "COMMUNE", districtOne);
        try (Connection c = connect()) {
            overdueCases(c, oneCommune, CASES_IN_ONE);
            for (int i = 0; i < COMMUNES; i++) {
                String commune = w.unit("M" + i, "Xã Nhiều " + i + " " + w.tag, "COMMUNE", districtMany);
                // 1, 2, 3, 1, 2, 3 …: 60 cases in all, as in the district of one commune.
                int n = 1 + i % 3;
                overdueCases(c, commune, n);
                many.put(commune, n);
            }
        }
        assertEquals(
                CASES_IN_ONE, many.values().stream().mapToInt(Integer::intValue).sum());
        bean(EscalationJob.class).runOnce();
    }

    private static void overdueCases(Connection c, String commune, int n) throws SQLException {
        List<BulkCases.Person> people = BulkCases.insert(c, n, commune, w.id("officerA"), NOW);
        BulkCases.registeredEvents(c, people, w.id("officerA"), NOW);
        BulkCases.selfCheckinPlans(c, people, "FREQ=DAILY", LocalDate.of(2026, 11, 18), w.id("officerA"), NOW);
    }

    @AfterAll
    static void leaveSupervision() {
        // Other test classes scan the same database: these cases stop costing them anything.
        if (w != null) {
            Sql.update(
                    "UPDATE managed_case SET status = 'COMPLETED' WHERE admin_unit_id IN"
                            + " (SELECT id FROM admin_unit WHERE path LIKE CONCAT((SELECT path FROM admin_unit WHERE id = ?), '%'))",
                    w.province);
        }
    }

    @BeforeEach
    void fixTheClock() {
        CLOCK.set(NOW);
    }

    @Test
    void everyCommuneOfTheProvinceHasItsOwnFigures() {
        ApiResponse r = api.get(w.token("supervisor"), "/api/v1/reports/commune-summary");
        assertEquals(200, r.status(), r::toString);
        Map<String, JsonNode> byId = new HashMap<>();
        r.json().get("communes").forEach(c -> byId.put(c.get("adminUnitId").asText(), c));
        // The province's own communes A and B, the district of one and the district of thirty.
        assertEquals(2 + 1 + COMMUNES, byId.size(), "every commune of the province, each once");
        Map<String, Integer> expected = new HashMap<>(many);
        expected.put(oneCommune, CASES_IN_ONE);
        expected.forEach((commune, n) -> {
            JsonNode c = byId.get(commune);
            assertNotNull(c, "commune " + commune + " is in the summary");
            assertEquals(n, c.get("byStatus").get("ACTIVE").asInt(), "active in " + commune);
            assertEquals(n, c.get("overdueCases").asInt(), "overdue in " + commune);
            assertEquals(n, c.get("alertsThisMonth").asInt(), "alerts in " + commune);
            assertEquals(0, c.get("satisfiedThisMonth").asLong());
            // The 18th and 19th of every case at least (the 20th is still open until its end).
            assertTrue(c.get("expectedThisMonth").asLong() >= 2L * n, "expected in " + commune);
            assertEquals(0, c.get("compliancePercentThisMonth").asInt());
        });
    }

    @Test
    void thirtyCommunesCostTheQueriesOfOne() {
        CommuneSummaryService service = bean(CommuneSummaryService.class);
        TransactionOperations<?> tx = bean(TransactionOperations.class);
        Caller supOne = supervisor("supOne");
        Caller supMany = supervisor("supMany");
        // Warm both once (the first call of a statement may cost the driver a metadata read).
        assertEquals(1, service.summary(supOne).communes().size());
        assertEquals(COMMUNES, service.summary(supMany).communes().size());

        long one = selects(() -> tx.execute(TransactionDefinition.READ_ONLY, s -> service.summary(supOne)));
        long thirty = selects(() -> tx.execute(TransactionDefinition.READ_ONLY, s -> service.summary(supMany)));
        assertEquals(one, thirty, "the same queries for 1 commune of 60 cases as for 30 communes of 60 cases");
    }

    /** The in-process caller a signed-in supervisor is: what the bench's "summary of unit X as caller Y" builds too. */
    private static Caller supervisor(String key) {
        String unit = w.unitOf(key);
        String path = bean(AdminUnitService.class).require(unit, "unit").path();
        return new Caller(w.id(key), Role.SUPERVISOR, "Giám sát", unit, path, null, null, "127.0.0.1");
    }

    /** SELECT statements the database ran during {@code call} (nothing else runs meanwhile: jobs are the tests'). */
    private static long selects(Runnable call) {
        long before = selectCount();
        call.run();
        return selectCount() - before;
    }

    private static long selectCount() {
        TransactionOperations<?> tx = bean(TransactionOperations.class);
        JdbcOperations jdbc = bean(JdbcOperations.class);
        return tx.execute(
                TransactionDefinition.READ_ONLY,
                status -> jdbc.prepareStatement("SHOW GLOBAL STATUS LIKE 'Com_select'", ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(2);
                    }
                }));
    }

    private static Connection connect() throws SQLException {
        TestDatabase.Connection db = TestDatabase.get();
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }
}
