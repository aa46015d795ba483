package vn.donghanh.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.checkin.ComplianceService;
import vn.donghanh.support.BulkCases;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Pages;
import vn.donghanh.support.Sql;
import vn.donghanh.support.TestDatabase;
import vn.donghanh.support.World;

/**
 * Nothing is silently truncated: with more open cases than any internal bound (chunks of
 * {@link ComplianceService#CHUNK} cases, escalation batches of {@link EscalationJob#BATCH}), all of
 * them overdue, one scan alerts for every one (the highest id included), the commune summary counts
 * every one, and the overdue and alert lists, followed page by page, return every one exactly once.
 */
class EveryOpenCaseTest extends IntegrationTest {
    static final int CASES = 6_000;
    static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
    /** Daily from Wednesday 18 Nov, no grace: overdue since the end of the 18th in Hanoi. */
    static final Instant OVERDUE_SINCE = Instant.parse("2026-11-18T17:00:00Z");

    static World w;
    static List<String> caseIds;
    static String highestId;

    @BeforeAll
    static void manyOverdueCases() throws SQLException {
        assertTrue(CASES > ComplianceService.CHUNK * 5 && CASES > EscalationJob.BATCH * 10, "more than any bound");
        CLOCK.set(NOW);
        w = World.create(api);
        try (Connection c = connect()) {
            List<BulkCases.Person> people = BulkCases.insert(c, CASES, w.communeA, w.id("officerA"), NOW);
            BulkCases.registeredEvents(c, people, w.id("officerA"), NOW);
            BulkCases.selfCheckinPlans(c, people, "FREQ=DAILY", LocalDate.of(2026, 11, 18), w.id("officerA"), NOW);
            caseIds = people.stream().map(BulkCases.Person::caseId).toList();
        }
        // The scan walks cases by id: the last of them is the one a cap would have missed.
        highestId = caseIds.stream().max(Comparator.naturalOrder()).orElseThrow();
        bean(EscalationJob.class).runOnce();
    }

    @AfterAll
    static void leaveSupervision() {
        // Other test classes scan the same database: these cases stop costing them anything.
        if (w != null) {
            Sql.update("UPDATE managed_case SET status = 'COMPLETED' WHERE admin_unit_id = ?", w.communeA);
        }
    }

    @BeforeEach
    void fixTheClock() {
        CLOCK.set(NOW);
    }

    @Test
    void oneScanAlertsForEveryOverdueCaseUpToTheHighestId() {
        assertEquals(1, alertsOf(highestId), "the case with the highest id has its alert");
        assertEquals(
                CASES,
                Sql.query(
                                "SELECT COUNT(*) FROM overdue_alert oa JOIN managed_case c ON c.id = oa.case_id"
                                        + " WHERE c.admin_unit_id = ? AND oa.resolved_at IS NULL AND oa.overdue_since = ?",
                                rs -> rs.getInt(1),
                                w.communeA,
                                Timestamp.from(OVERDUE_SINCE))
                        .get(0),
                "one alert per overdue case");
        assertEquals(
                CASES,
                Sql.query(
                                "SELECT COUNT(*) FROM overdue_alert oa JOIN managed_case c ON c.id = oa.case_id"
                                        + " WHERE c.admin_unit_id = ? AND oa.officer_notified_at IS NOT NULL",
                                rs -> rs.getInt(1),
                                w.communeA)
                        .get(0),
                "no mentor: every alert went to the officers");
    }

    @Test
    void theCommuneSummaryCountsEveryCase() {
        JsonNode commune = null;
        for (JsonNode c : api.get(w.token("officerA"), "/api/v1/reports/commune-summary")
                .json()
                .get("communes")) {
            if (c.get("adminUnitId").asText().equals(w.communeA)) {
                commune = c;
            }
        }
        assertEquals(CASES, commune.get("byStatus").get("ACTIVE").asInt());
        assertEquals(CASES, commune.get("overdueCases").asInt());
        assertEquals(0, commune.get("satisfiedThisMonth").asLong());
        assertTrue(commune.get("expectedThisMonth").asLong() >= 2L * CASES, "the 18th and 19th of every case at least");
        assertEquals(CASES, commune.get("alertsThisMonth").asInt());
    }

    @Test
    void theOverdueListPagedToItsEndHoldsEveryCaseOnceLongestFirst() {
        List<JsonNode> items =
                Pages.all(api, w.token("officerA"), "/api/v1/overdue", ComplianceService.MAX_OVERDUE_PAGE);
        assertEquals(CASES, items.size());
        Set<String> seen = new HashSet<>();
        items.forEach(i -> seen.add(i.get("caseId").asText()));
        assertEquals(new HashSet<>(caseIds), seen, "every case, none twice");
        List<String> order = new ArrayList<>();
        items.forEach(i ->
                order.add(i.get("overdueSince").asText() + "|" + i.get("caseId").asText()));
        assertEquals(order.stream().sorted().toList(), order, "longest overdue first, then by case");
        assertEquals(OVERDUE_SINCE.toString(), items.get(0).get("overdueSince").asText());
    }

    @Test
    void theAlertListPagedToItsEndHoldsEveryAlertOnce() {
        List<JsonNode> alerts = Pages.all(api, w.token("officerA"), "/api/v1/alerts", 200);
        Set<String> cases = new HashSet<>();
        alerts.forEach(a -> cases.add(a.get("caseId").asText()));
        assertEquals(CASES, alerts.size());
        assertEquals(new HashSet<>(caseIds), cases);
    }

    @Test
    void oneRunEscalatesEveryDueAlertAndHelpRequestNotJustOneBatch() throws SQLException {
        // As if a mentor had been told of each alert 49 h ago and nobody acted since.
        Sql.update(
                "UPDATE overdue_alert oa JOIN managed_case c ON c.id = oa.case_id SET oa.officer_notified_at = NULL,"
                        + " oa.mentor_notified_at = ? WHERE c.admin_unit_id = ?",
                Timestamp.from(NOW.minus(Duration.ofHours(49))),
                w.communeA);
        int helpRequests = EscalationJob.BATCH * 2 + 1;
        try (Connection c = connect();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO help_request (id, case_id, category, created_at) VALUES (?, ?, 'CRISIS', ?)")) {
            for (int i = 0; i < helpRequests; i++) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, caseIds.get(i));
                ps.setTimestamp(3, Timestamp.from(NOW.minus(Duration.ofMinutes(20))));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        bean(EscalationJob.class).runOnce();
        assertEquals(
                0,
                Sql.query(
                                "SELECT COUNT(*) FROM overdue_alert oa JOIN managed_case c ON c.id = oa.case_id"
                                        + " WHERE c.admin_unit_id = ? AND oa.officer_notified_at IS NULL",
                                rs -> rs.getInt(1),
                                w.communeA)
                        .get(0),
                "every alert due reached the officers in one run");
        assertEquals(
                0,
                Sql.query(
                                "SELECT COUNT(*) FROM help_request h JOIN managed_case c ON c.id = h.case_id"
                                        + " WHERE c.admin_unit_id = ? AND h.escalated_at IS NULL",
                                rs -> rs.getInt(1),
                                w.communeA)
                        .get(0),
                "every unanswered help request reached the officers in one run");
    }

    private static int alertsOf(String caseId) {
        return Sql.query(
                        "SELECT COUNT(*) FROM overdue_alert WHERE case_id = ? AND resolved_at IS NULL",
                        rs -> rs.getInt(1),
                        caseId)
                .get(0);
    }

    private static Connection connect() throws SQLException {
        TestDatabase.Connection db = TestDatabase.get();
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }
}
