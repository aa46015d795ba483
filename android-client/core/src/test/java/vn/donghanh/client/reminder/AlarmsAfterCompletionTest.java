package vn.donghanh.client.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.Account;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.model.Session;
import vn.donghanh.client.outbox.Backoff;
import vn.donghanh.client.store.InMemoryOutboxStore;
import vn.donghanh.client.store.InMemorySessionStore;
import vn.donghanh.client.store.InMemorySyncStore;
import vn.donghanh.client.support.Fixtures;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;
import vn.donghanh.client.time.Rfc3339;

/**
 * When a case completes (or is suspended, or moves), the server sends its future occurrences again as
 * CANCELLED, with a cancelCause this client does not read. A sync must then take back every local alarm it
 * had set for them: from sync to AlarmCoordinator to the scheduler, not only the planner on its own.
 */
class AlarmsAfterCompletionTest {
    private static final TimeZone HCM = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");

    /** What AlarmManager holds, as the app's scheduler remembers it. */
    static final class RecordingScheduler implements AlarmScheduler {
        final List<PlannedAlarm> set = new ArrayList<>();

        @Override
        public List<PlannedAlarm> scheduled() {
            return new ArrayList<>(set);
        }

        @Override
        public void schedule(PlannedAlarm alarm) {
            set.add(alarm);
        }

        @Override
        public void cancel(PlannedAlarm alarm) {
            set.removeIf(a -> a.key.equals(alarm.key));
        }
    }

    private static String dose(String id, String startsAt, String status, String cause) {
        return "{\"type\":\"APPOINTMENT\",\"id\":\"" + id + "\",\"caseId\":\"" + Fixtures.CASE_ID + "\","
                + "\"appointment\":{\"id\":\"" + id + "\",\"seriesId\":\"s\",\"caseId\":\"" + Fixtures.CASE_ID
                + "\",\"type\":\"METHADONE_DOSE\",\"placeId\":\"p\",\"placeName\":\"Cơ sở điều trị\","
                + "\"discreetPlace\":true,\"startsAt\":\"" + startsAt + "\",\"durationMinutes\":30,\"status\":\""
                + status + "\",\"moved\":false" + (cause == null ? "" : ",\"cancelCause\":\"" + cause + "\"") + "}}";
    }

    private static String page(String cursor, String... changes) {
        return "{\"cursor\":\"" + cursor + "\",\"hasMore\":false,\"changes\":[" + String.join(",", changes) + "]}";
    }

    private static DongHanhClient person(ScriptedServer server, ManualClock clock, AlarmScheduler scheduler) {
        InMemorySessionStore sessions = new InMemorySessionStore();
        sessions.save(new Session(
                "access-1",
                "refresh-1",
                clock.nowMillis() + 3_600_000,
                new Account("acc-person", Role.PERSON, "Nguyễn Văn An", "unit", Fixtures.CASE_ID, null)));
        return DongHanhClient.builder("http://server")
                .transport(server)
                .clock(clock)
                .zone(HCM)
                .sessionStore(sessions)
                .outboxStore(new InMemoryOutboxStore())
                .syncStore(new InMemorySyncStore())
                .alarmScheduler(scheduler)
                .backoff(new Backoff(1_000, 60_000, new java.util.Random(1)))
                .build();
    }

    @Test
    void theOccurrencesACompletionCancelledRingNoMore() throws Exception {
        ManualClock clock = new ManualClock(Rfc3339.parse("2026-11-20T06:58:00+07:00"));
        ScriptedServer server = new ScriptedServer();
        RecordingScheduler scheduler = new RecordingScheduler();
        DongHanhClient client = person(server, clock, scheduler);
        server.on("GET /api/v1/cases/" + Fixtures.CASE_ID + "/reminder-settings", new IOException("offline"))
                .on("GET /api/v1/cases/" + Fixtures.CASE_ID + "/reminder-settings", new IOException("offline"))
                .on(
                        "GET /api/v1/sync",
                        200,
                        page(
                                "c1",
                                dose("d20", "2026-11-20T07:30:00+07:00", "SCHEDULED", null),
                                dose("d21", "2026-11-21T07:30:00+07:00", "SCHEDULED", null),
                                dose("d22", "2026-11-22T07:30:00+07:00", "SCHEDULED", null)))
                .on(
                        "GET /api/v1/sync",
                        200,
                        page(
                                "c2",
                                dose("d20", "2026-11-20T07:30:00+07:00", "CANCELLED", "CASE_CLOSED"),
                                dose("d21", "2026-11-21T07:30:00+07:00", "CANCELLED", "CASE_CLOSED"),
                                dose("d22", "2026-11-22T07:30:00+07:00", "CANCELLED", "CASE_CLOSED")));

        client.syncNow(true);
        assertEquals(3, scheduler.set.size(), "one 30-minute alarm per dose ahead");

        client.syncNow(true);
        assertTrue(scheduler.set.isEmpty(), "after completion no alarm is left: " + scheduler.set.size());
        assertEquals(3, client.records().appointments(Fixtures.CASE_ID).size(), "kept, as CANCELLED");
        assertTrue(client.alarms().replan().isEmpty());
    }
}
