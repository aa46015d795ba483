package vn.donghanh.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.donghanh.delivery.OutboxDispatcher;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;
import vn.donghanh.support.World;

/**
 * Reminders are queued up to ten minutes before they are due, so the busy minute only delivers;
 * until the due time nobody sees them (inbox, sync feed, phone), and a move or a cancellation in
 * between takes them back.
 */
class QueuedAheadTest extends IntegrationTest {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private static void at(int hour, int minute) {
        CLOCK.set(LocalDateTime.of(2026, 11, 20, hour, minute).atZone(VN).toInstant());
    }

    private static String appointment(World w, String caseId, String place, String startsAt) {
        ApiResponse r = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/appointments",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "type",
                        "COUNSELLING",
                        "placeId",
                        place,
                        "startsAt",
                        startsAt,
                        "durationMinutes",
                        30));
        assertEquals(201, r.status(), r::toString);
        return r.json().get("upcoming").get(0).get("id").asText();
    }

    private static List<String> inboxReminders(World.Person p) {
        List<String> out = new ArrayList<>();
        api.get(p.token(), "/api/v1/inbox?limit=200").json().get("items").forEach(n -> {
            if ("APPOINTMENT_REMINDER".equals(n.get("kind").asText())) {
                out.add(n.get("body").asText());
            }
        });
        return out;
    }

    private static List<String> syncedTypes(World.Person p) {
        List<String> out = new ArrayList<>();
        api.get(p.token(), "/api/v1/sync?limit=500")
                .json()
                .get("changes")
                .forEach(c -> out.add(c.get("type").asText()));
        return out;
    }

    private static String outboxStatusOfReminders(String caseId) {
        List<String> s = Sql.query(
                "SELECT o.status FROM outbox o JOIN reminder r ON r.notification_id = o.notification_id "
                        + "WHERE r.case_id = ? ORDER BY r.due_at",
                rs -> rs.getString(1),
                caseId);
        return String.join(",", s);
    }

    @Test
    void aQueuedReminderIsInvisibleUntilItsMinuteAndThenDelivered() {
        at(8, 0);
        World w = World.create(api);
        String station = w.org("Trạm Y tế xã Đồng Hỷ", "HEALTH_STATION", w.communeA);
        World.Person p = w.activatedPerson("Nhắc Trước Mười Phút", null);
        assertEquals(
                200,
                api.put(
                                p.token(),
                                "/api/v1/cases/" + p.caseId() + "/reminder-settings",
                                Map.of("channel", "APP", "offsets", List.of("PT1H")))
                        .status());
        appointment(w, p.caseId(), station, "2026-11-20T10:00:00");
        ReminderService reminders = bean(ReminderService.class);
        OutboxDispatcher dispatcher = bean(OutboxDispatcher.class);

        at(8, 49);
        assertEquals(0, reminders.runOnce(), "11 minutes before 09:00: not yet queued");
        at(8, 52);
        assertEquals(1, reminders.runOnce(), "queued 8 minutes ahead");
        dispatcher.runOnce();
        assertEquals("PENDING", outboxStatusOfReminders(p.caseId()), "not delivered before 09:00");
        assertEquals(List.of(), inboxReminders(p), "not in the inbox before 09:00");
        assertFalse(
                syncedTypes(p).contains("REMINDER") || syncedTypes(p).contains("NOTIFICATION"),
                "not on the phone before 09:00");

        at(9, 0);
        assertEquals(0, reminders.runOnce(), "queued once");
        dispatcher.runOnce();
        assertEquals("SENT", outboxStatusOfReminders(p.caseId()));
        assertEquals(List.of("Bạn có lịch hẹn lúc 10:00 ngày 20/11 tại Trạm Y tế xã Đồng Hỷ."), inboxReminders(p));
        List<String> synced = syncedTypes(p);
        assertTrue(synced.contains("REMINDER") && synced.contains("NOTIFICATION"), synced::toString);
    }

    @Test
    void aMoveOrACancellationTakesBackWhatWasQueued() {
        at(8, 0);
        World w = World.create(api);
        String station = w.org("Trạm Y tế xã Đồng Hỷ", "HEALTH_STATION", w.communeA);
        World.Person p = w.activatedPerson("Đổi Giờ Hẹn", null);
        assertEquals(
                200,
                api.put(
                                p.token(),
                                "/api/v1/cases/" + p.caseId() + "/reminder-settings",
                                Map.of("channel", "APP", "offsets", List.of("PT1H")))
                        .status());
        String moved = appointment(w, p.caseId(), station, "2026-11-20T11:00:00");
        String cancelled = appointment(w, p.caseId(), station, "2026-11-20T11:05:00");
        ReminderService reminders = bean(ReminderService.class);
        OutboxDispatcher dispatcher = bean(OutboxDispatcher.class);

        at(9, 56);
        assertEquals(2, reminders.runOnce());
        assertEquals(
                200,
                api.post(
                                w.token("officerA"),
                                "/api/v1/appointment-occurrences/" + moved + "/move",
                                Map.of("startsAt", "2026-11-20T15:00:00"))
                        .status());
        assertEquals(
                200,
                api.post(w.token("officerA"), "/api/v1/appointment-occurrences/" + cancelled + "/cancel", null)
                        .status());
        JsonNode list = api.get(w.token("officerA"), "/api/v1/cases/" + p.caseId() + "/reminders")
                .json()
                .get("items");
        assertEquals(0, list.size(), "nothing was shown or sent yet: both are taken back");

        at(10, 5);
        reminders.runOnce();
        dispatcher.runOnce();
        assertEquals(List.of(), inboxReminders(p), "no reminder for the old time");
        at(14, 0);
        assertEquals(1, reminders.runOnce(), "the moved appointment is reminded at its new time");
        assertEquals(List.of("Bạn có lịch hẹn lúc 15:00 ngày 20/11 tại Trạm Y tế xã Đồng Hỷ."), inboxReminders(p));
    }

    @Test
    void aFullyQueuedOccurrenceIsWalkedAgainWhenThePersonAddsAnOffset() {
        at(8, 0);
        World w = World.create(api);
        String station = w.org("Trạm Y tế xã Đồng Hỷ", "HEALTH_STATION", w.communeA);
        World.Person p = w.activatedPerson("Thêm Giờ Nhắc", null);
        String path = "/api/v1/cases/" + p.caseId() + "/reminder-settings";
        assertEquals(
                200,
                api.put(p.token(), path, Map.of("channel", "APP", "offsets", List.of("PT2H")))
                        .status());
        appointment(w, p.caseId(), station, "2026-11-20T12:00:00");
        ReminderService reminders = bean(ReminderService.class);
        at(9, 52);
        assertEquals(1, reminders.runOnce(), "2 h before, queued");
        assertEquals(
                1,
                Sql.query(
                                "SELECT COUNT(*) FROM reminder_queued q JOIN appointment_occurrence o ON o.id = q.occurrence_id "
                                        + "WHERE o.case_id = ?",
                                rs -> rs.getInt(1),
                                p.caseId())
                        .get(0),
                "nothing left to queue: not walked again");
        at(10, 0);
        assertEquals(
                200,
                api.put(p.token(), path, Map.of("channel", "APP", "offsets", List.of("PT2H", "PT30M")))
                        .status());
        at(11, 25);
        assertEquals(1, reminders.runOnce(), "the new 30-minute reminder is queued");
        assertEquals(0, reminders.runOnce());
    }
}
