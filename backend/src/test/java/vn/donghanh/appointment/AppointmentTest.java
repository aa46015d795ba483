package vn.donghanh.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;
import vn.donghanh.support.World;

/** A daily methadone dose at 7:30 Vietnam time, with the service's clock at 07:00 on Friday 20 November 2026. */
class AppointmentTest extends IntegrationTest {
    static final Instant NOW = Instant.parse("2026-11-20T00:00:00Z");
    static World w;
    static String clinic;

    @BeforeAll
    static void world() {
        w = World.create(api);
        clinic = w.org("Cơ sở điều trị Methadone Đồng Hỷ", "METHADONE_CLINIC", w.communeA);
    }

    @BeforeEach
    void fixTheClock() {
        CLOCK.set(NOW);
    }

    private ApiResponse create(String token, String caseId, String id, String type, String startsAt, String rrule) {
        Map<String, Object> body = new HashMap<>(
                Map.of("id", id, "type", type, "placeId", clinic, "startsAt", startsAt, "durationMinutes", 30));
        if (rrule != null) {
            body.put("rrule", rrule);
        }
        return api.post(token, "/api/v1/cases/" + caseId + "/appointments", body);
    }

    private static int occurrencesOf(String seriesId) {
        return Sql.query(
                        "SELECT COUNT(*) FROM appointment_occurrence WHERE series_id = ?", rs -> rs.getInt(1), seriesId)
                .get(0);
    }

    @Test
    void aOneOffAppointmentWeeksAheadHasItsOccurrenceAtOnceAndOnlyOne() {
        String caseId =
                w.registerCase("officerA", w.communeA, "Hẹn Khám Xa").get("id").asText();
        String seriesId = UUID.randomUUID().toString();
        // 25 days ahead of the clock: beyond the 14-day horizon, which only recurring series roll forward.
        ApiResponse created =
                create(w.token("officerA"), caseId, seriesId, "HEALTH_CHECK", "2026-12-15T09:00:00", null);
        assertEquals(201, created.status(), created::toString);
        assertEquals(1, created.json().get("upcoming").size(), created::toString);
        assertEquals(
                "2026-12-15T02:00:00Z",
                created.json().get("upcoming").get(0).get("startsAt").asText());
        bean(AppointmentHorizonJob.class).runOnce();
        CLOCK.set(NOW.plus(java.time.Duration.ofDays(20)));
        bean(AppointmentHorizonJob.class).runOnce();
        assertEquals(1, occurrencesOf(seriesId), "never a second one");
    }

    @Test
    void aDailyDoseIsGeneratedWithinTheHorizonOnlyAndTheHorizonMoves() {
        World.Person person = w.activatedPerson("Uống Thuốc Hằng Ngày", "mentorA1");
        String seriesId = UUID.randomUUID().toString();
        ApiResponse created = create(
                w.token("officerA"), person.caseId(), seriesId, "METHADONE_DOSE", "2026-11-20T07:30:00", "FREQ=DAILY");
        assertEquals(201, created.status(), created::toString);
        assertEquals(14, created.json().get("upcoming").size(), "20 November to 3 December");
        assertEquals(
                "2026-11-20T00:30:00Z",
                created.json().get("upcoming").get(0).get("startsAt").asText());
        assertEquals(
                201,
                create(
                                w.token("officerA"),
                                person.caseId(),
                                seriesId,
                                "METHADONE_DOSE",
                                "2026-11-20T07:30:00",
                                "FREQ=DAILY")
                        .status(),
                "a retried create is the same appointment");
        assertEquals(14, occurrencesOf(seriesId));

        JsonNode mine = api.get(person.token(), "/api/v1/cases/" + person.caseId() + "/appointments")
                .json();
        assertEquals(14, mine.size());
        assertEquals(
                "Cơ sở điều trị Methadone Đồng Hỷ", mine.get(0).get("placeName").asText());

        CLOCK.advance(Duration.ofDays(3));
        AppointmentHorizonJob job = bean(AppointmentHorizonJob.class);
        job.runOnce();
        job.runOnce();
        assertEquals(17, occurrencesOf(seriesId), "three more days, once");

        ApiResponse series = api.post(w.token("officerA"), "/api/v1/appointments/" + seriesId + "/cancel", null);
        assertEquals(200, series.status(), series::toString);
        assertTrue(series.json().get("cancelled").asBoolean());
        CLOCK.advance(Duration.ofDays(5));
        job.runOnce();
        assertEquals(17, occurrencesOf(seriesId), "a cancelled series grows no further");
        List<String> statuses = new ArrayList<>();
        api.get(person.token(), "/api/v1/cases/" + person.caseId() + "/appointments")
                .json()
                .forEach(o -> statuses.add(o.get("status").asText()));
        assertTrue(statuses.stream().allMatch("CANCELLED"::equals), statuses::toString);
    }

    @Test
    void oneOccurrenceMovesOrIsCancelledAndAMissedDoseTellsTheMentor() {
        World.Person person = w.activatedPerson("Lỡ Hẹn Một Lần", "mentorA2");
        ApiResponse created = create(
                w.token("officerA"),
                person.caseId(),
                UUID.randomUUID().toString(),
                "METHADONE_DOSE",
                "2026-11-20T07:30:00",
                "FREQ=DAILY");
        JsonNode upcoming = created.json().get("upcoming");
        String today = upcoming.get(0).get("id").asText();
        String tuesday = upcoming.get(4).get("id").asText();
        String wednesday = upcoming.get(5).get("id").asText();

        ApiResponse moved = api.post(
                w.token("officerA"),
                "/api/v1/appointment-occurrences/" + tuesday + "/move",
                Map.of("startsAt", "2026-11-24T09:00:00"));
        assertEquals(200, moved.status(), moved::toString);
        assertEquals("2026-11-24T02:00:00Z", moved.json().get("startsAt").asText());
        assertTrue(moved.json().get("moved").asBoolean());
        assertEquals(
                400,
                api.post(
                                w.token("officerA"),
                                "/api/v1/appointment-occurrences/" + tuesday + "/move",
                                Map.of("startsAt", "2026-11-19T09:00:00"))
                        .status(),
                "not into the past");
        assertEquals(
                "CANCELLED",
                api.post(w.token("officerA"), "/api/v1/appointment-occurrences/" + wednesday + "/cancel", null)
                        .json()
                        .get("status")
                        .asText());

        assertEquals(
                409,
                api.post(
                                w.token("officerA"),
                                "/api/v1/appointment-occurrences/" + today + "/attendance",
                                Map.of("attendance", "MISSED"))
                        .status(),
                "07:00: the 07:30 dose has not begun");
        CLOCK.set(Instant.parse("2026-11-20T03:00:00Z"));
        ApiResponse missed = api.post(
                w.token("officerA"),
                "/api/v1/appointment-occurrences/" + today + "/attendance",
                Map.of("attendance", "MISSED"));
        assertEquals(200, missed.status(), missed::toString);
        List<String> kinds = new ArrayList<>();
        api.get(w.token("mentorA2"), "/api/v1/inbox")
                .json()
                .get("items")
                .forEach(n -> kinds.add(n.get("kind").asText()));
        assertTrue(kinds.contains("APPOINTMENT_MISSED"), kinds::toString);
        assertEquals(
                409,
                api.post(
                                w.token("officerA"),
                                "/api/v1/appointment-occurrences/" + wednesday + "/attendance",
                                Map.of("attendance", "ATTENDED"))
                        .status(),
                "a cancelled appointment takes no attendance");
    }

    @Test
    void mentorsManageOnlyTheirMeetingsAndOthersSeeNothing() {
        World.Person person = w.activatedPerson("Gặp Người Giúp Đỡ", "mentorA3");
        assertEquals(
                403,
                create(
                                w.token("mentorA3"),
                                person.caseId(),
                                UUID.randomUUID().toString(),
                                "METHADONE_DOSE",
                                "2026-11-21T07:30:00",
                                null)
                        .status());
        ApiResponse meeting = create(
                w.token("mentorA3"),
                person.caseId(),
                UUID.randomUUID().toString(),
                "MENTOR_MEETING",
                "2026-11-22T16:00:00",
                null);
        assertEquals(201, meeting.status(), meeting::toString);
        assertEquals(1, meeting.json().get("upcoming").size());
        assertEquals(
                404,
                create(
                                w.token("officerOther"),
                                person.caseId(),
                                UUID.randomUUID().toString(),
                                "COUNSELLING",
                                "2026-11-22T08:00:00",
                                null)
                        .status());
        assertEquals(
                404,
                api.get(w.token("mentorA1"), "/api/v1/cases/" + person.caseId() + "/appointments")
                        .status());
        assertEquals(
                400,
                create(
                                w.token("officerA"),
                                person.caseId(),
                                UUID.randomUUID().toString(),
                                "COUNSELLING",
                                "2026-11-22T08:00:00",
                                "FREQ=SOMETIMES")
                        .status());
        assertEquals(
                400,
                create(
                                w.token("officerA"),
                                person.caseId(),
                                UUID.randomUUID().toString(),
                                "COUNSELLING",
                                "2028-01-01T08:00:00",
                                null)
                        .status(),
                "more than a year ahead");
    }
}
