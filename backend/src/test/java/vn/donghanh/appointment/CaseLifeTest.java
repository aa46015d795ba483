package vn.donghanh.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.casefile.CaseMovedEvent;
import vn.donghanh.escalation.EscalationJob;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Pages;
import vn.donghanh.support.Sql;
import vn.donghanh.support.World;

/**
 * Appointments, reminders and check-in plans follow the case's life: completion and death end them, a
 * suspension pauses them, resuming brings them back from the resume date, and a move to another commune
 * cancels the appointments at the old commune's places. What the person's phone syncs is checked too: after
 * completion no future occurrence comes as SCHEDULED, so the phone's alarm planner sets no alarm.
 */
class CaseLifeTest extends IntegrationTest {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 06:58 on Friday 20 November 2026 in Vietnam: the 07:30 dose's reminder (07:00) is queued, not yet shown. */
    static final Instant EARLY = at(2026, 11, 20, 6, 58);

    static World w;
    static String clinic;
    static String districtHospital;

    @BeforeAll
    static void world() {
        w = World.create(api);
        clinic = w.org("Cơ sở điều trị Methadone Xã A", "METHADONE_CLINIC", w.communeA);
        // A place of the province, not of the commune: a move to another commune keeps its appointments.
        districtHospital = w.org("Cơ sở điều trị Methadone của tỉnh", "METHADONE_CLINIC", w.province);
    }

    @BeforeEach
    void fixTheClock() {
        CLOCK.set(EARLY);
    }

    static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(VN).toInstant();
    }

    /** A person of commune A, 12 months of voluntary rehab management from January 2025 (due for completion). */
    private World.Person person(String name) {
        Map<String, Object> body = World.caseBody(w.communeA, name);
        body.put("basis", "VOLUNTARY_REHAB");
        body.put("decisionDate", "2025-01-02");
        body.put("startDate", "2025-01-05");
        String phone = "08" + String.format("%08d", Math.floorMod((w.tag + name).hashCode(), 100_000_000));
        body.put("phone", phone);
        String caseId = w.registerCase("officerA", body).get("id").asText();
        String code = api.post(w.token("officerA"), "/api/v1/cases/" + caseId + "/activation-code", null)
                .json()
                .get("code")
                .asText();
        ApiResponse r = api.post(null, "/api/v1/auth/activate", Map.of("phone", phone, "code", code, "pin", "135790"));
        assertEquals(200, r.status(), r::toString);
        return new World.Person(
                caseId,
                r.json().get("accessToken").asText(),
                r.json().get("account").get("id").asText(),
                phone);
    }

    private static String dailyDose(String caseId, String place, String startsAt) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = new HashMap<>(Map.of(
                "id",
                id,
                "type",
                "METHADONE_DOSE",
                "placeId",
                place,
                "startsAt",
                startsAt,
                "durationMinutes",
                30,
                "rrule",
                "FREQ=DAILY"));
        ApiResponse r = api.post(w.token("officerA"), "/api/v1/cases/" + caseId + "/appointments", body);
        assertEquals(201, r.status(), r::toString);
        return id;
    }

    private static String dailyPlan(String caseId, String from) {
        ApiResponse r = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/checkin-plans",
                Map.of("kind", "SELF_CHECKIN", "rrule", "FREQ=DAILY", "effectiveFrom", from));
        assertEquals(201, r.status(), r::toString);
        return r.json().get("seriesId").asText();
    }

    private static void status(String caseId, String status, String effectiveDate) {
        ApiResponse r = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/status-changes",
                Map.of("status", status, "reason", "Theo quyết định của UBND xã", "effectiveDate", effectiveDate));
        assertEquals(201, r.status(), r::toString);
    }

    /** The case's occurrences in [from, from + 30 days), as the officer sees them. */
    private static List<JsonNode> occurrences(String caseId, Instant from) {
        return occurrences(caseId, from, "officerA");
    }

    private static List<JsonNode> occurrences(String caseId, Instant from, String officer) {
        ApiResponse r = api.get(
                w.token(officer),
                "/api/v1/cases/" + caseId + "/appointments?from=" + from + "&to=" + from.plusSeconds(30L * 86400));
        assertEquals(200, r.status(), r::toString);
        List<JsonNode> out = new ArrayList<>();
        r.json().forEach(out::add);
        return out;
    }

    private static long count(List<JsonNode> occurrences, String status, String cause) {
        return occurrences.stream()
                .filter(o -> o.get("status").asText().equals(status)
                        && (cause == null
                                ? !o.has("cancelCause") || o.get("cancelCause").isNull()
                                : cause.equals(o.path("cancelCause").asText())))
                .count();
    }

    /** Reminders queued ahead (not yet due, so not yet shown) for the case. */
    private static int queuedReminders(String caseId) {
        return Sql.query(
                        "SELECT COUNT(*) FROM reminder WHERE case_id = ? AND due_at > ?",
                        rs -> rs.getInt(1),
                        caseId,
                        java.sql.Timestamp.from(CLOCK.instant()))
                .get(0);
    }

    /** The person's whole sync feed from the start: each record once, as it is now. */
    private static List<JsonNode> personsFeed(World.Person p) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 100; pages++) {
            ApiResponse r = api.get(p.token(), "/api/v1/sync?limit=500" + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, r.status(), r::toString);
            r.json().get("changes").forEach(all::add);
            cursor = r.json().get("cursor").asText();
            if (!r.json().get("hasMore").asBoolean()) {
                return all;
            }
        }
        throw new AssertionError("the feed never ran out");
    }

    /** The future occurrences the person's phone would set alarms for: SCHEDULED and still ahead. */
    private static List<String> alarmsThePhoneWouldSet(World.Person p) {
        Instant now = CLOCK.instant();
        List<String> out = new ArrayList<>();
        for (JsonNode c : personsFeed(p)) {
            if (c.get("type").asText().equals("APPOINTMENT")) {
                JsonNode o = c.get("appointment");
                if (o.get("status").asText().equals("SCHEDULED")
                        && Instant.parse(o.get("startsAt").asText()).isAfter(now)) {
                    out.add(o.get("startsAt").asText());
                }
            }
        }
        return out;
    }

    private static JsonNode plans(String caseId) {
        ApiResponse r = api.get(w.token("officerA"), "/api/v1/cases/" + caseId + "/checkin-plans");
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    private static JsonNode overdueItem(String caseId) {
        for (JsonNode i : Pages.all(api, w.token("officerA"), "/api/v1/overdue")) {
            if (i.get("caseId").asText().equals(caseId)) {
                return i;
            }
        }
        return null;
    }

    private static int occurrencesOfSeries(String seriesId) {
        return Sql.query(
                        "SELECT COUNT(*) FROM appointment_occurrence WHERE series_id = ?", rs -> rs.getInt(1), seriesId)
                .get(0);
    }

    @Test
    void completionCancelsWhatIsAheadWithdrawsQueuedRemindersEndsPlansAndThePhoneGetsNoAlarm() {
        World.Person p = person("Hoàn Thành Sạch Sẽ");
        String series = dailyDose(p.caseId(), clinic, "2026-11-20T07:30:00");
        dailyPlan(p.caseId(), "2026-11-18");
        bean(ReminderService.class).runOnce();
        assertEquals(1, queuedReminders(p.caseId()), "the 07:00 reminder of today's dose is queued ahead");
        assertEquals(14, alarmsThePhoneWouldSet(p).size(), "before: 20 November to 3 December");
        assertNotNull(overdueItem(p.caseId()), "no check-in since the 18th: overdue before completion");

        status(p.caseId(), "COMPLETED", "2026-11-20");

        List<JsonNode> ahead = occurrences(p.caseId(), CLOCK.instant());
        assertEquals(14, ahead.size());
        assertEquals(14, count(ahead, "CANCELLED", "CASE_CLOSED"), ahead::toString);
        assertEquals(0, queuedReminders(p.caseId()), "the queued reminder is withdrawn");
        JsonNode plan = plans(p.caseId()).get(0);
        assertEquals("2026-11-20", plan.get("effectiveTo").asText(), "the plan ends with management");
        assertNull(overdueItem(p.caseId()), "a completed case is on nobody's overdue list");

        assertEquals(List.of(), alarmsThePhoneWouldSet(p), "the phone's sync feed carries no SCHEDULED future one");
        List<String> cancelled = new ArrayList<>();
        personsFeed(p).stream()
                .filter(c -> c.get("type").asText().equals("APPOINTMENT"))
                .forEach(c ->
                        cancelled.add(c.get("appointment").path("cancelCause").asText()));
        assertEquals(14, cancelled.stream().filter("CASE_CLOSED"::equals).count(), cancelled::toString);

        // Reminders are not queued again and the series never grows.
        CLOCK.set(at(2026, 11, 23, 6, 58));
        bean(ReminderService.class).runOnce();
        assertEquals(0, queuedReminders(p.caseId()));
        bean(AppointmentHorizonJob.class).runOnce();
        assertEquals(14, occurrencesOfSeries(series), "a closed case's series generates nothing more");
        assertEquals(List.of(), alarmsThePhoneWouldSet(p));
    }

    @Test
    void deathEndsAppointmentsAndPlansFromItsDate() {
        World.Person p = person("Đã Qua Đời");
        dailyDose(p.caseId(), clinic, "2026-11-20T07:30:00");
        dailyPlan(p.caseId(), "2026-11-18");
        CLOCK.set(at(2026, 11, 20, 10, 0));

        status(p.caseId(), "DECEASED", "2026-11-19");

        List<JsonNode> all = occurrences(p.caseId(), at(2026, 11, 20, 0, 0));
        assertEquals(1, count(all, "SCHEDULED", null), "today's 07:30 dose is past: it keeps its status");
        assertEquals(13, count(all, "CANCELLED", "CASE_CLOSED"));
        assertEquals("2026-11-19", plans(p.caseId()).get(0).get("effectiveTo").asText());
        assertNull(overdueItem(p.caseId()));
    }

    @Test
    void suspensionPausesEverythingAndResumingExpectsAgainFromTheResumeDate() {
        World.Person p = person("Tạm Dừng Rồi Tiếp Tục");
        String series = dailyDose(p.caseId(), clinic, "2026-11-20T07:30:00");
        String plan = dailyPlan(p.caseId(), "2026-11-20");
        ApiResponse checkin = api.post(
                p.token(),
                "/api/v1/cases/" + p.caseId() + "/checkins",
                Map.of("id", UUID.randomUUID().toString(), "kind", "SELF", "occurredAt", "2026-11-20T06:50:00+07:00"));
        assertEquals(201, checkin.status(), checkin::toString);

        // Saturday 21 November, 08:00: detained. Today's 07:30 dose is past; 22 November to 3 December are ahead.
        CLOCK.set(at(2026, 11, 21, 6, 58));
        bean(ReminderService.class).runOnce();
        CLOCK.set(at(2026, 11, 21, 7, 55));
        status(p.caseId(), "SUSPENDED", "2026-11-21");
        List<JsonNode> paused = occurrences(p.caseId(), at(2026, 11, 20, 0, 0));
        assertEquals(2, count(paused, "SCHEDULED", null), "20 and 21 November have begun or passed");
        assertEquals(12, count(paused, "CANCELLED", "CASE_PAUSED"));
        assertEquals(0, queuedReminders(p.caseId()));
        assertEquals(List.of(), alarmsThePhoneWouldSet(p));
        JsonNode versions = plans(p.caseId());
        assertEquals(1, versions.size());
        assertEquals("2026-11-21", versions.get(0).get("effectiveTo").asText());

        // While paused: no overdue, no escalation, no new occurrences, no reminders.
        CLOCK.set(at(2026, 11, 25, 6, 58));
        assertNull(overdueItem(p.caseId()));
        bean(EscalationJob.class).runOnce();
        assertEquals(
                0,
                Sql.query("SELECT COUNT(*) FROM overdue_alert WHERE case_id = ?", rs -> rs.getInt(1), p.caseId())
                        .get(0));
        bean(AppointmentHorizonJob.class).runOnce();
        assertEquals(14, occurrencesOfSeries(series), "a paused case's series waits");
        // An appointment made for later while the person is away waits too.
        ApiResponse weekly = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + p.caseId() + "/appointments",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "type",
                        "COUNSELLING",
                        "placeId",
                        clinic,
                        "startsAt",
                        "2026-11-27T09:00:00",
                        "durationMinutes",
                        60,
                        "rrule",
                        "FREQ=WEEKLY"));
        assertEquals(201, weekly.status(), weekly::toString);
        assertEquals(0, weekly.json().get("upcoming").size(), "no occurrence while suspended");
        String counselling = weekly.json().get("id").asText();
        bean(ReminderService.class).runOnce();
        assertEquals(0, queuedReminders(p.caseId()));

        // Wednesday 25 November, 09:00: back.
        CLOCK.set(at(2026, 11, 25, 9, 0));
        status(p.caseId(), "ACTIVE", "2026-11-25");
        List<JsonNode> resumed = occurrences(p.caseId(), at(2026, 11, 20, 0, 0));
        assertEquals(
                4, count(resumed, "CANCELLED", "CASE_PAUSED"), "22 to 25 November, the paused stretch, stay cancelled");
        assertEquals(
                2 + 8 + 6 + 2,
                count(resumed, "SCHEDULED", null),
                "doses 20-21 November, 26 November - 3 December back, 4-9 December generated from the resume;"
                        + " the two counsellings");
        assertEquals(2, occurrencesOfSeries(counselling), "27 November and 4 December, generated on resuming");
        assertEquals(14 + 2, alarmsThePhoneWouldSet(p).size(), "doses 26 November to 9 December, two counsellings");
        versions = plans(p.caseId());
        assertEquals(2, versions.size());
        assertEquals(plan, versions.get(1).get("seriesId").asText(), "the same plan goes on");
        assertEquals("2026-11-25", versions.get(1).get("effectiveFrom").asText());
        assertTrue(versions.get(1).get("effectiveTo") == null
                || versions.get(1).get("effectiveTo").isNull());
        assertNull(overdueItem(p.caseId()), "the paused stretch is never overdue; the 25th is still open");

        // The restored occurrences queue their reminders again.
        CLOCK.set(at(2026, 11, 26, 6, 58));
        bean(ReminderService.class).runOnce();
        assertEquals(1, queuedReminders(p.caseId()), "26 November's dose is reminded");

        // Thursday 26 November, 09:00, no check-in on the 25th: overdue since the 25th, not since the pause.
        CLOCK.set(at(2026, 11, 26, 9, 0));
        JsonNode item = overdueItem(p.caseId());
        assertNotNull(item);
        assertEquals("2026-11-25T17:00:00Z", item.get("overdueSince").asText());
        JsonNode compliance = api.get(
                        w.token("officerA"),
                        "/api/v1/cases/" + p.caseId() + "/compliance?from=2026-11-01&to=2026-12-01")
                .json()
                .get("plans")
                .get(0);
        assertEquals(2, compliance.get("expected").asInt(), "the 20th (checked in) and the 25th; not 21-24");
        assertEquals(1, compliance.get("satisfied").asInt());
    }

    @Test
    void aSuspendedCaseThatClosesKeepsNothingToResume() {
        World.Person p = person("Tạm Dừng Rồi Qua Đời");
        String series = dailyDose(p.caseId(), clinic, "2026-11-20T07:30:00");
        dailyPlan(p.caseId(), "2026-11-18");
        CLOCK.set(at(2026, 11, 20, 10, 0));
        status(p.caseId(), "SUSPENDED", "2026-11-20");
        assertEquals(13, count(occurrences(p.caseId(), at(2026, 11, 20, 0, 0)), "CANCELLED", "CASE_PAUSED"));

        CLOCK.set(at(2026, 11, 22, 10, 0));
        status(p.caseId(), "DECEASED", "2026-11-22");
        List<JsonNode> all = occurrences(p.caseId(), at(2026, 11, 20, 0, 0));
        assertEquals(2, count(all, "CANCELLED", "CASE_PAUSED"), "21 and 22 November passed while paused");
        assertEquals(11, count(all, "CANCELLED", "CASE_CLOSED"), "what is still ahead ends for good");
        assertEquals(
                List.of("CASE_CLOSED"),
                Sql.query("SELECT end_cause FROM checkin_plan WHERE case_id = ?", rs -> rs.getString(1), p.caseId()),
                "the paused plan is ended, not waiting");
        assertEquals(
                List.of(true),
                Sql.query(
                        "SELECT cancelled_at IS NOT NULL FROM appointment_series WHERE id = ?",
                        rs -> rs.getBoolean(1),
                        series));
    }

    @Test
    void aMoveCancelsTheOldCommunesAppointmentsOnlyAndTellsThePersonDiscreetly() {
        World.Person p = person("Chuyển Nơi Ở");
        String atClinic = dailyDose(p.caseId(), clinic, "2026-11-20T07:30:00");
        String atHospital = dailyDose(p.caseId(), districtHospital, "2026-11-20T14:00:00");
        dailyPlan(p.caseId(), "2026-11-18");
        bean(ReminderService.class).runOnce();
        assertEquals(1, queuedReminders(p.caseId()));

        move(p.caseId(), w.communeA, w.communeB, LocalDate.of(2026, 11, 20));

        List<JsonNode> ahead = occurrences(p.caseId(), CLOCK.instant(), "officerB");
        assertEquals(14, count(ahead, "CANCELLED", "CASE_MOVED"), "the old commune's clinic");
        assertEquals(14, count(ahead, "SCHEDULED", null), "the province's clinic carries over");
        ahead.stream()
                .filter(o -> o.get("status").asText().equals("SCHEDULED"))
                .forEach(o -> assertEquals(atHospital, o.get("seriesId").asText()));
        assertEquals(0, queuedReminders(p.caseId()), "the clinic's queued reminder is withdrawn");
        assertEquals(
                List.of(true),
                Sql.query(
                        "SELECT cancelled_at IS NOT NULL FROM appointment_series WHERE id = ?",
                        rs -> rs.getBoolean(1),
                        atClinic),
                "the clinic's series generates no more");
        JsonNode plan = plans(p.caseId(), "officerB").get(0);
        assertTrue(plan.get("effectiveTo") == null || plan.get("effectiveTo").isNull(), "plans carry over");
        assertEquals(14, alarmsThePhoneWouldSet(p).size());

        List<JsonNode> notices = new ArrayList<>();
        api.get(p.token(), "/api/v1/inbox?limit=200").json().get("items").forEach(n -> {
            if (n.get("kind").asText().equals("APPOINTMENTS_CHANGED")) {
                notices.add(n);
            }
        });
        assertEquals(1, notices.size(), notices::toString);
        assertEquals(
                "Lịch hẹn của bạn đã thay đổi. Mở ứng dụng để xem lịch mới.",
                notices.get(0).get("body").asText());
        String words = notices.get(0).get("title").asText() + " "
                + notices.get(0).get("body").asText();
        assertFalse(
                words.toLowerCase().contains("methadone") || words.toLowerCase().contains("xã"), words);

        // Told once: the same move published again finds nothing more to cancel.
        move(p.caseId(), w.communeA, w.communeB, LocalDate.of(2026, 11, 20));
        long again = 0;
        for (JsonNode n : api.get(p.token(), "/api/v1/inbox?limit=200").json().get("items")) {
            if (n.get("kind").asText().equals("APPOINTMENTS_CHANGED")) {
                again++;
            }
        }
        assertEquals(1, again);
    }

    private static JsonNode plans(String caseId, String officer) {
        ApiResponse r = api.get(w.token(officer), "/api/v1/cases/" + caseId + "/checkin-plans");
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    /** What the lead's transfer acceptance does: the case row names the new commune, then the event, in one transaction. */
    @SuppressWarnings("unchecked")
    private static void move(String caseId, String from, String to, LocalDate day) {
        TransactionOperations<Object> tx = context().getBean(TransactionOperations.class);
        tx.executeWrite(status -> {
            context()
                    .getBean(JdbcOperations.class)
                    .prepareStatement("UPDATE managed_case SET admin_unit_id = ? WHERE id = ?", ps -> {
                        ps.setString(1, to);
                        ps.setString(2, caseId);
                        return ps.executeUpdate();
                    });
            context()
                    .getEventPublisher(CaseMovedEvent.class)
                    .publishEvent(new CaseMovedEvent(caseId, from, to, day, w.id("officerB")));
            return null;
        });
    }
}
