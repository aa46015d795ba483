package vn.donghanh.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.BulkCases;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Pages;
import vn.donghanh.support.Sql;
import vn.donghanh.support.TestDatabase;
import vn.donghanh.support.World;

/**
 * The escalation scan is incremental and has no cap: with more cases than the old cap of 5,000 (6,000 bulk cases and
 * one with a phone login, each with a daily self check-in plan, all overdue), the first scan alerts for every one; a
 * second scan with nothing changed evaluates nothing; a check-in on one case makes the next scan evaluate that one case
 * and resolve its alert; a day later, only the case whose deadline passed is evaluated again (the overdue ones cannot
 * change by time alone). The overdue list, served
 * from the stored state, is complete and in order across pages, and the same as when every row was evaluated live.
 * The tests run in order: each builds on the scan before it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalEscalationTest extends IntegrationTest {
    static final int BULK = 6_000;
    static final int CASES = BULK + 1;
    static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
    /** Daily from Wednesday 18 Nov, no grace: overdue since the end of the 18th in Hanoi. */
    static final Instant OVERDUE_SINCE = Instant.parse("2026-11-18T17:00:00Z");
    /** More than one page, fewer than all: the list is followed across seven pages. */
    static final int PAGE = 900;

    static World w;
    static World.Person person;
    static Set<String> caseIds = new HashSet<>();
    static List<String> listedBeforeAnyScan;
    static EscalationJob.ScanResult first;

    @BeforeAll
    static void manyOverdueCases() throws SQLException {
        assertTrue(BULK > 5_000, "above the old cap");
        CLOCK.set(NOW);
        w = World.create(api);
        try (Connection c = connect()) {
            List<BulkCases.Person> people = BulkCases.insert(c, BULK, w.communeA, w.id("officerA"), NOW);
            BulkCases.registeredEvents(c, people, w.id("officerA"), NOW);
            BulkCases.selfCheckinPlans(c, people, "FREQ=DAILY", LocalDate.of(2026, 11, 18), w.id("officerA"), NOW);
            people.forEach(p -> caseIds.add(p.caseId()));
        }
        person = w.activatedPerson("Lò Văn Tăng Dần", null);
        ApiResponse plan = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + person.caseId() + "/checkin-plans",
                Map.of("kind", "SELF_CHECKIN", "rrule", "FREQ=DAILY", "effectiveFrom", "2026-11-18"));
        assertEquals(201, plan.status(), plan::toString);
        caseIds.add(person.caseId());
        // Every row is touched (new plans): the list evaluates them all live.
        listedBeforeAnyScan = listed();
        first = bean(EscalationJob.class).runOnce();
    }

    @AfterAll
    static void leaveSupervision() {
        // Other test classes scan the same database: these cases stop costing them anything.
        if (w != null) {
            Sql.update("UPDATE managed_case SET status = 'COMPLETED' WHERE admin_unit_id = ?", w.communeA);
            Sql.update(
                    "UPDATE supervision_watch SET next_check_at = NULL, overdue_since = NULL WHERE case_id IN"
                            + " (SELECT id FROM managed_case WHERE admin_unit_id = ?)",
                    w.communeA);
        }
    }

    @BeforeEach
    void fixTheClock() {
        CLOCK.set(NOW);
    }

    @Test
    @Order(1)
    void theFirstScanEvaluatesAndAlertsForEveryCase() {
        assertTrue(first.cases() >= CASES, "every case of the commune evaluated (others' too): " + first);
        assertEquals(CASES, openAlertsOfCommune(), "one alert per overdue case, none missed above the old cap");
    }

    @Test
    @Order(2)
    void aSecondScanWithNothingChangedEvaluatesNothing() {
        EscalationJob.ScanResult second = bean(EscalationJob.class).runOnce();
        assertEquals(0, second.plans(), "nothing was written and no deadline passed: " + second);
        assertEquals(0, second.cases());
        assertEquals(CASES, openAlertsOfCommune());
    }

    @Test
    @Order(3)
    void theOverdueListIsCompleteAndInOrderAcrossPagesAndTheSameAsLive() {
        List<String> stored = listed();
        assertEquals(CASES, stored.size(), "every overdue case, more than " + PAGE + " a page");
        assertEquals(stored.stream().sorted().toList(), stored, "longest overdue first, then by case");
        Set<String> seen = new HashSet<>();
        stored.forEach(k -> assertTrue(seen.add(k.substring(k.indexOf('|') + 1)), "no case twice: " + k));
        assertEquals(caseIds, seen);
        assertTrue(stored.get(0).startsWith(OVERDUE_SINCE + "|"));
        assertEquals(listedBeforeAnyScan, stored, "stored state lists exactly what live evaluation listed");
    }

    @Test
    @Order(4)
    void aCheckinMakesTheNextScanEvaluateThatCaseAloneAndResolveItsAlert() {
        ApiResponse self = api.post(
                person.token(),
                "/api/v1/cases/" + person.caseId() + "/checkins",
                Map.of("id", UUID.randomUUID().toString(), "kind", "SELF", "occurredAt", "2026-11-20T09:30:00+07:00"));
        assertEquals(201, self.status(), self::toString);
        assertTrue(
                listed().stream().noneMatch(k -> k.endsWith("|" + person.caseId())),
                "off the list at once, before any scan");

        EscalationJob.ScanResult next = bean(EscalationJob.class).runOnce();
        assertEquals(1, next.cases(), "only the case written to: " + next);
        assertEquals(1, next.plans());
        assertEquals(
                0,
                Sql.query(
                                "SELECT COUNT(*) FROM overdue_alert WHERE case_id = ? AND resolved_at IS NULL",
                                rs -> rs.getInt(1),
                                person.caseId())
                        .get(0),
                "its alert is resolved");
        assertEquals(CASES - 1, openAlertsOfCommune());
    }

    @Test
    @Order(5)
    void aDayLaterTheOverdueAreNotLookedAtAgainAndTheOneWhoseDeadlinePassedIs() {
        // 22 Nov 01:00 in Hanoi: the 21st's deadline passed. The 6,000 overdue since the 18th cannot change by time
        // alone (more misses do not move "since"): they are not evaluated. The one who checked in on the 20th missed
        // the 21st: that case is evaluated and gets its new alert.
        Instant later = Instant.parse("2026-11-21T18:00:00Z");
        CLOCK.set(later);
        EscalationJob.ScanResult dayLater = bean(EscalationJob.class).runOnce();
        assertTrue(dayLater.cases() >= 1, dayLater::toString);
        assertEquals(
                List.of(person.caseId()),
                Sql.query(
                        "SELECT w.case_id FROM supervision_watch w JOIN managed_case c ON c.id = w.case_id"
                                + " WHERE c.admin_unit_id = ? AND w.evaluated_at = ?",
                        rs -> rs.getString(1),
                        w.communeA,
                        Timestamp.from(later)),
                "of the commune, only the case whose deadline passed was evaluated");
        assertEquals(
                List.of(Instant.parse("2026-11-21T17:00:00Z")),
                Sql.query(
                        "SELECT overdue_since FROM overdue_alert WHERE case_id = ? AND resolved_at IS NULL",
                        rs -> rs.getTimestamp(1).toInstant(),
                        person.caseId()),
                "its new alert, overdue since the end of the 21st");
        assertEquals(CASES, openAlertsOfCommune(), "the 6,000 keep their alerts, none raised twice");
        assertEquals(0, bean(EscalationJob.class).runOnce().plans(), "and then nothing again");
    }

    /** The commune's overdue list, page after page, as "overdueSince|caseId" in the order given. */
    private static List<String> listed() {
        List<String> out = new ArrayList<>();
        for (JsonNode i : Pages.all(api, w.token("officerA"), "/api/v1/overdue", PAGE)) {
            out.add(i.get("overdueSince").asText() + "|" + i.get("caseId").asText());
        }
        return out;
    }

    private static int openAlertsOfCommune() {
        return Sql.query(
                        "SELECT COUNT(*) FROM overdue_alert oa JOIN managed_case c ON c.id = oa.case_id"
                                + " WHERE c.admin_unit_id = ? AND oa.resolved_at IS NULL",
                        rs -> rs.getInt(1),
                        w.communeA)
                .get(0);
    }

    private static Connection connect() throws SQLException {
        TestDatabase.Connection db = TestDatabase.get();
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }
}
