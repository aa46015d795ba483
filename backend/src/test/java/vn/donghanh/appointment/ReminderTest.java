package vn.donghanh.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
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
import vn.donghanh.support.World;

/** Reminders at the right local time, discreet and in the person's language; clock at 06:55 Vietnam time. */
class ReminderTest extends IntegrationTest {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Instant NOW = LocalDateTime.of(2026, 11, 20, 6, 55).atZone(VN).toInstant();
    static World w;
    static String clinic;
    static String station;

    @BeforeAll
    static void world() {
        w = World.create(api);
        clinic = w.org("Cơ sở điều trị Methadone Đồng Hỷ", "METHADONE_CLINIC", w.communeA);
        station = w.org("Trạm Y tế xã Đồng Hỷ", "HEALTH_STATION", w.communeA);
    }

    @BeforeEach
    void fixTheClock() {
        CLOCK.set(NOW);
    }

    private void appointment(String caseId, String type, String place, String startsAt, String rrule) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "id",
                UUID.randomUUID().toString(),
                "type",
                type,
                "placeId",
                place,
                "startsAt",
                startsAt,
                "durationMinutes",
                30));
        if (rrule != null) {
            body.put("rrule", rrule);
        }
        ApiResponse r = api.post(w.token("officerA"), "/api/v1/cases/" + caseId + "/appointments", body);
        assertEquals(201, r.status(), r::toString);
    }

    private static List<String> reminderTexts(String token) {
        List<String> out = new ArrayList<>();
        api.get(token, "/api/v1/inbox?limit=200").json().get("items").forEach(n -> {
            if ("APPOINTMENT_REMINDER".equals(n.get("kind").asText())) {
                out.add(n.get("body").asText());
            }
        });
        return out;
    }

    @Test
    void aMethadoneDoseIsRemindedHalfAnHourBeforeDiscreetlyAndOnce() {
        World.Person person = w.activatedPerson("Nhắc Lịch Methadone", null);
        appointment(person.caseId(), "METHADONE_DOSE", clinic, "2026-11-20T07:30:00", "FREQ=DAILY");
        ReminderService reminders = bean(ReminderService.class);
        reminders.runOnce();
        assertEquals(List.of(), reminderTexts(person.token()), "06:55: the 07:00 reminder is not due yet");
        CLOCK.set(LocalDateTime.of(2026, 11, 20, 7, 0).atZone(VN).toInstant());
        reminders.runOnce();
        reminders.runOnce();
        List<String> texts = reminderTexts(person.token());
        assertEquals(List.of("Bạn có lịch hẹn lúc 07:30 ngày 20/11 tại cơ sở y tế."), texts);
        assertFalse(texts.get(0).toLowerCase().contains("methadone"), "nothing about treatment on the lock screen");

        JsonNode list = api.get(w.token("officerA"), "/api/v1/cases/" + person.caseId() + "/reminders")
                .json()
                .get("items");
        assertEquals(1, list.size());
        assertEquals("PT30M", list.get(0).get("offsetBefore").asText());
        assertEquals("PENDING", list.get(0).get("deliveryStatus").asText());
        ApiResponse ack = api.post(
                person.token(),
                "/api/v1/reminders/" + list.get(0).get("id").asText() + "/acknowledge",
                Map.of("response", "COMING"));
        assertEquals(200, ack.status(), ack::toString);
        assertEquals("COMING", ack.json().get("acknowledgement").asText());
        assertEquals(
                404,
                api.post(
                                w.activatedPerson("Người Khác Nhắc", null).token(),
                                "/api/v1/reminders/" + list.get(0).get("id").asText() + "/acknowledge",
                                Map.of("response", "DONE"))
                        .status());
    }

    @Test
    void remindersAvoidQuietHoursAndSpeakThePersonsLanguage() {
        World.Person person = w.activatedPerson("Nói Tiếng Anh", null);
        Map<String, Object> edit = new HashMap<>();
        JsonNode c =
                api.get(w.token("officerA"), "/api/v1/cases/" + person.caseId()).json();
        for (String f : List.of(
                "fullName",
                "dateOfBirth",
                "sex",
                "ethnicity",
                "phone",
                "address",
                "basis",
                "decisionNumber",
                "decisionDate",
                "startDate")) {
            edit.put(f, c.get(f).asText());
        }
        edit.put("preferredLanguage", "en");
        edit.put("version", c.get("version").asInt());
        assertEquals(
                200,
                api.put(w.token("officerA"), "/api/v1/cases/" + person.caseId(), edit)
                        .status());
        // Counselling at 06:30 on Saturday: 1 h before is 05:30 (quiet) -> 06:00; the day before, 06:30 Friday (now
        // 06:55: late but due).
        appointment(person.caseId(), "COUNSELLING", station, "2026-11-21T06:30:00", null);
        bean(ReminderService.class).runOnce();
        assertEquals(
                List.of("You have an appointment at 06:30 on 21/11 at Trạm Y tế xã Đồng Hỷ."),
                reminderTexts(person.token()));
        CLOCK.set(LocalDateTime.of(2026, 11, 21, 5, 30).atZone(VN).toInstant());
        bean(ReminderService.class).runOnce();
        assertEquals(1, reminderTexts(person.token()).size(), "05:30 is in the quiet hours");
        CLOCK.set(LocalDateTime.of(2026, 11, 21, 6, 0).atZone(VN).toInstant());
        bean(ReminderService.class).runOnce();
        assertEquals(2, reminderTexts(person.token()).size(), "sent when the quiet hours end");
    }

    @Test
    void anOccurrenceSaysItsPlaceIsDiscreetExactlyWhenTheReminderLeavesItsNameOut() {
        World.Person person = w.activatedPerson("Nơi Kín Đáo", null);
        Map<String, String> placeByTime = new HashMap<>();
        Map<String, String> nameByPlace = new HashMap<>();
        LocalDateTime first = LocalDateTime.of(2026, 11, 21, 8, 0);
        List<String> types = new ArrayList<>();
        for (vn.donghanh.organisation.OrganisationType t : vn.donghanh.organisation.OrganisationType.values()) {
            types.add(t.name());
        }
        for (int i = 0; i < types.size(); i++) {
            String name = "Nơi hẹn " + types.get(i) + " " + w.tag;
            String place = w.org(name, types.get(i), w.communeA);
            LocalDateTime at = first.plusMinutes(10L * i);
            appointment(person.caseId(), "HEALTH_CHECK", place, at.toString() + ":00", null);
            placeByTime.put(at.toLocalTime().toString(), place);
            nameByPlace.put(place, name);
        }
        // The day-before reminders of all of them are due by 10:45 on the 20th.
        CLOCK.set(LocalDateTime.of(2026, 11, 20, 10, 45).atZone(VN).toInstant());
        bean(ReminderService.class).runOnce();
        List<String> texts = reminderTexts(person.token());
        assertEquals(types.size(), texts.size(), texts::toString);

        Map<String, Boolean> discreetByPlace = new HashMap<>();
        api.get(person.token(), "/api/v1/cases/" + person.caseId() + "/appointments")
                .json()
                .forEach(o -> discreetByPlace.put(
                        o.get("placeId").asText(), o.get("discreetPlace").asBoolean()));
        assertEquals(nameByPlace.keySet(), discreetByPlace.keySet());
        for (String text : texts) {
            String time = text.substring("Bạn có lịch hẹn lúc ".length(), "Bạn có lịch hẹn lúc ".length() + 5);
            String place = placeByTime.get(time);
            assertEquals(
                    !text.contains(nameByPlace.get(place)),
                    discreetByPlace.get(place),
                    text + " / discreetPlace of " + nameByPlace.get(place));
            assertEquals(discreetByPlace.get(place), text.endsWith(" tại cơ sở y tế."), text);
        }
        assertEquals(
                List.of("METHADONE_CLINIC", "REHAB_FACILITY", "COUNSELLING_POINT"),
                types.stream()
                        .filter(t -> discreetByPlace.get(placeByTime.get(first.plusMinutes(10L * types.indexOf(t))
                                .toLocalTime()
                                .toString())))
                        .toList(),
                "the treatment places");
    }

    @Test
    void thePlannerMovesRemindersOutOfTheQuietHours() {
        ReminderPlanner planner = new ReminderPlanner(LocalTime.of(21, 0), LocalTime.of(6, 0));
        Instant at0630 = LocalDateTime.of(2026, 11, 21, 6, 30).atZone(VN).toInstant();
        assertEquals(
                LocalDateTime.of(2026, 11, 21, 6, 0).atZone(VN).toInstant(),
                planner.dueAt(at0630, Duration.ofHours(1), VN));
        Instant at0600 = LocalDateTime.of(2026, 11, 21, 6, 0).atZone(VN).toInstant();
        assertEquals(
                LocalDateTime.of(2026, 11, 20, 20, 59).atZone(VN).toInstant(),
                planner.dueAt(at0600, Duration.ofMinutes(30), VN),
                "06:00 is too late for a 06:00 appointment: the evening before, just before the quiet hours");
        Instant at2230 = LocalDateTime.of(2026, 11, 21, 22, 30).atZone(VN).toInstant();
        assertEquals(
                LocalDateTime.of(2026, 11, 21, 20, 59).atZone(VN).toInstant(),
                planner.dueAt(at2230, Duration.ofHours(1), VN));
        Instant at1400 = LocalDateTime.of(2026, 11, 21, 14, 0).atZone(VN).toInstant();
        assertEquals(at1400.minus(Duration.ofDays(1)), planner.dueAt(at1400, Duration.ofDays(1), VN));
        assertTrue(planner.quiet(LocalTime.of(23, 0))
                && planner.quiet(LocalTime.of(5, 59))
                && !planner.quiet(LocalTime.of(6, 0)));
    }
}
