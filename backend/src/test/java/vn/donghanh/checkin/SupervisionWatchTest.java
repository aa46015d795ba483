package vn.donghanh.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.escalation.EscalationJob;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;
import vn.donghanh.support.World;

/**
 * Every write that can change a plan's state touches the case's rows of {@code supervision_watch} (V28's triggers set
 * {@code next_check_at} to the epoch), so the next escalation scan and the overdue list look at that case again; a
 * scan then stores the next instant the state can change by time alone, and a case nothing happened to is not looked
 * at. Each write here goes through the API, as a phone or the console would make it.
 */
class SupervisionWatchTest extends IntegrationTest {
    static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
    static final Instant TOUCHED = Instant.EPOCH;
    /** Far enough ahead that only a trigger brings it back to "due". */
    static final Timestamp LATER = Timestamp.from(Instant.parse("2030-01-01T00:00:00Z"));

    static World w;

    @BeforeAll
    static void world() {
        w = World.create(api);
    }

    @BeforeEach
    void fixTheClock() {
        CLOCK.set(NOW);
    }

    private static String plan(String caseId, String kind) {
        return plan(caseId, kind, "2026-11-18");
    }

    private static String plan(String caseId, String kind, String from) {
        ApiResponse r = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/checkin-plans",
                Map.of("kind", kind, "rrule", "FREQ=DAILY", "effectiveFrom", from));
        assertEquals(201, r.status(), r::toString);
        return r.json().get("id").asText();
    }

    /** The case's rows as if a scan had just stored them and nothing was due until 2030. */
    private static void settle(String caseId) {
        Sql.update("UPDATE supervision_watch SET next_check_at = ? WHERE case_id = ?", LATER, caseId);
        assertEquals(
                List.of(LATER.toInstant()),
                nextChecks(caseId).stream().distinct().toList());
    }

    private static List<Instant> nextChecks(String caseId) {
        return Sql.query(
                "SELECT next_check_at FROM supervision_watch WHERE case_id = ? ORDER BY series_id",
                rs -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant(),
                caseId);
    }

    private static void assertTouched(String caseId, String what) {
        List<Instant> next = nextChecks(caseId);
        assertFalse(next.isEmpty(), what + ": the case has watch rows");
        next.forEach(n -> assertEquals(TOUCHED, n, what + " touches every row of the case"));
    }

    @Test
    void aNewPlanGetsItsRowTouchedAndTheScanStoresWhenItCanNextChange() {
        String onTime = w.registerCase("officerA", w.communeA, "Lò Văn Mới Bắt Đầu")
                .get("id")
                .asText();
        String late = w.registerCase("officerA", w.communeA, "Lò Văn Đã Trễ")
                .get("id")
                .asText();
        plan(onTime, "SELF_CHECKIN", "2026-11-20");
        plan(late, "SELF_CHECKIN", "2026-11-18");
        assertTouched(onTime, "a plan created");
        assertTouched(late, "a plan created");
        bean(EscalationJob.class).runOnce();
        // Daily from today (the 20th): not overdue; nothing recorded by the end of the 20th in Hanoi would make it so.
        assertEquals(Instant.parse("2026-11-20T17:00:00Z"), watch(onTime)[1]);
        assertNull(watch(onTime)[0]);
        // Daily from the 18th, nothing recorded: overdue since the end of the 18th; more misses do not move that, so
        // only a write can change it.
        assertEquals(Instant.parse("2026-11-18T17:00:00Z"), watch(late)[0]);
        assertNull(watch(late)[1]);
    }

    /** {overdue_since, next_check_at} of the case's one row. */
    private static Instant[] watch(String caseId) {
        List<Instant[]> rows = Sql.query(
                "SELECT overdue_since, next_check_at FROM supervision_watch WHERE case_id = ?",
                rs -> new Instant[] {
                    rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant(),
                    rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()
                },
                caseId);
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    @Test
    void aCheckinAnOfficePresenceAndAContactTouchTheCase() {
        World.Person p = w.activatedPerson("Lò Văn Ghi Nhận", "mentorA1");
        plan(p.caseId(), "SELF_CHECKIN");
        plan(p.caseId(), "OFFICE_PRESENCE");
        plan(p.caseId(), "MENTOR_CONTACT");

        settle(p.caseId());
        ApiResponse self = api.post(
                p.token(),
                "/api/v1/cases/" + p.caseId() + "/checkins",
                Map.of("id", UUID.randomUUID().toString(), "kind", "SELF", "occurredAt", "2026-11-20T09:30:00+07:00"));
        assertEquals(201, self.status(), self::toString);
        assertTouched(p.caseId(), "a self check-in");

        settle(p.caseId());
        ApiResponse presence = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + p.caseId() + "/checkins",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "kind",
                        "OFFICE_PRESENCE",
                        "occurredAt",
                        "2026-11-20T09:40:00+07:00"));
        assertEquals(201, presence.status(), presence::toString);
        assertTouched(p.caseId(), "an office presence");

        settle(p.caseId());
        Map<String, Object> contact = new HashMap<>();
        contact.put("id", UUID.randomUUID().toString());
        contact.put("type", "HOME_VISIT");
        contact.put("occurredAt", "2026-11-20T09:00:00+07:00");
        contact.put("summary", "Thăm nhà, gia đình hợp tác");
        contact.put("concerns", List.of());
        contact.put("followUpNeeded", false);
        ApiResponse logged = api.post(w.token("mentorA1"), "/api/v1/cases/" + p.caseId() + "/contacts", contact);
        assertEquals(201, logged.status(), logged::toString);
        assertTouched(p.caseId(), "a mentor's contact");
    }

    @Test
    void aPlanChangedOrEndedTouchesTheCase() {
        String caseId = w.registerCase("officerA", w.communeA, "Lò Văn Đổi Lịch")
                .get("id")
                .asText();
        String planId = plan(caseId, "SELF_CHECKIN");

        settle(caseId);
        ApiResponse changed = api.post(
                w.token("officerA"),
                "/api/v1/checkin-plans/" + planId + "/changes",
                Map.of("rrule", "FREQ=WEEKLY;BYDAY=MO", "effectiveFrom", "2026-11-23"));
        assertEquals(201, changed.status(), changed::toString);
        assertTouched(caseId, "a plan changed");

        settle(caseId);
        ApiResponse ended = api.post(
                w.token("officerA"),
                "/api/v1/checkin-plans/" + changed.json().get("id").asText() + "/end",
                Map.of("effectiveTo", "2026-12-01"));
        assertTrue(ended.status() == 200 || ended.status() == 201, ended::toString);
        assertTouched(caseId, "a plan ended");
    }

    @Test
    void aSuspensionAResumptionAndClosingTouchTheCaseAndTheScanParksIt() {
        String caseId = w.registerCase("officerA", w.communeA, "Lò Văn Tạm Dừng")
                .get("id")
                .asText();
        plan(caseId, "SELF_CHECKIN");
        bean(EscalationJob.class).runOnce();
        assertEquals(1, openAlerts(caseId), "overdue since the 18th, no mentor: an alert");

        settle(caseId);
        status(caseId, "SUSPENDED");
        assertTouched(caseId, "a suspension");
        bean(EscalationJob.class).runOnce();
        assertEquals(0, openAlerts(caseId), "suspended: nothing is expected, the alert is resolved");
        assertNull(nextChecks(caseId).get(0), "a suspended case waits for a write, not for the clock");
        assertNull(Sql.query(
                        "SELECT overdue_since FROM supervision_watch WHERE case_id = ?",
                        rs -> rs.getTimestamp(1),
                        caseId)
                .get(0));

        status(caseId, "ACTIVE");
        assertTouched(caseId, "a resumption");

        // Management ended (a case closes as COMPLETED only at its period's end; a death closes it at once).
        settle(caseId);
        status(caseId, "DECEASED");
        assertTouched(caseId, "closing the case");
    }

    @Test
    void aTransferTouchesTheCaseAndTheOverdueListFollowsIt() {
        String caseId = w.registerCase("officerA", w.communeA, "Lò Văn Chuyển Xã")
                .get("id")
                .asText();
        plan(caseId, "SELF_CHECKIN");
        bean(EscalationJob.class).runOnce();
        assertTrue(overdueCases("officerA").contains(caseId));

        settle(caseId);
        ApiResponse started = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/transfers",
                Map.of("toUnitId", w.communeB, "moveDate", "2026-11-20", "reason", "Về ở với gia đình"));
        assertEquals(201, started.status(), started::toString);
        settle(caseId);
        ApiResponse accepted = api.post(
                w.token("officerB"),
                "/api/v1/transfers/" + started.json().get("id").asText() + "/answers",
                Map.of("state", "ACCEPTED"));
        assertEquals(200, accepted.status(), accepted::toString);
        assertTouched(caseId, "a transfer accepted");
        assertTrue(overdueCases("officerB").contains(caseId), "the receiving commune sees it at once");
        assertFalse(overdueCases("officerA").contains(caseId), "the sending commune no longer does");
    }

    @Test
    void aCheckinLeavesTheOverdueListAtOnceBeforeAnyScan() {
        World.Person p = w.activatedPerson("Lò Văn Vừa Báo", null);
        plan(p.caseId(), "SELF_CHECKIN");
        bean(EscalationJob.class).runOnce();
        assertTrue(overdueCases("officerA").contains(p.caseId()), "stored as overdue by the scan");
        assertNotNull(Sql.query(
                        "SELECT overdue_since FROM supervision_watch WHERE case_id = ?",
                        rs -> rs.getTimestamp(1),
                        p.caseId())
                .get(0));

        ApiResponse self = api.post(
                p.token(),
                "/api/v1/cases/" + p.caseId() + "/checkins",
                Map.of("id", UUID.randomUUID().toString(), "kind", "SELF", "occurredAt", "2026-11-20T09:30:00+07:00"));
        assertEquals(201, self.status(), self::toString);
        assertFalse(overdueCases("officerA").contains(p.caseId()), "touched rows are evaluated live by the list");
        assertFalse(overdueIds("officerA").contains(p.caseId()), "and by the case list's overdue filter");
    }

    private static void status(String caseId, String status) {
        ApiResponse r = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/status-changes",
                Map.of("status", status, "reason", "Theo quyết định của UBND xã", "effectiveDate", "2026-11-20"));
        assertEquals(201, r.status(), r::toString);
    }

    private static int openAlerts(String caseId) {
        return Sql.query(
                        "SELECT COUNT(*) FROM overdue_alert WHERE case_id = ? AND resolved_at IS NULL",
                        rs -> rs.getInt(1),
                        caseId)
                .get(0);
    }

    private static List<String> overdueCases(String officer) {
        ApiResponse r = api.get(w.token(officer), "/api/v1/overdue?limit=1000");
        assertEquals(200, r.status(), r::toString);
        List<String> out = new java.util.ArrayList<>();
        r.json().get("items").forEach(i -> out.add(i.get("caseId").asText()));
        return out;
    }

    /** The console case list's "overdue" filter, as officerA of commune A. */
    private static java.util.Set<String> overdueIds(String officer) {
        String path = bean(vn.donghanh.adminunit.AdminUnitService.class)
                .require(w.communeA, "unit")
                .path();
        return bean(ComplianceService.class)
                .overdueCaseIds(new vn.donghanh.security.Caller(
                        w.id(officer),
                        vn.donghanh.security.Role.OFFICER,
                        "Cán bộ",
                        w.communeA,
                        path,
                        null,
                        null,
                        null));
    }
}
