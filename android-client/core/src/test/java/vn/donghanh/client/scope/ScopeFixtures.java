package vn.donghanh.client.scope;

import java.util.ArrayList;
import java.util.List;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.http.HttpTransport;
import vn.donghanh.client.model.Account;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.model.Session;
import vn.donghanh.client.outbox.Backoff;
import vn.donghanh.client.reminder.AlarmScheduler;
import vn.donghanh.client.reminder.PlannedAlarm;
import vn.donghanh.client.store.InMemoryOutboxStore;
import vn.donghanh.client.store.InMemorySessionStore;
import vn.donghanh.client.store.InMemorySyncStore;
import vn.donghanh.client.time.Clock;

/** Phones whose cases leave their scope: a mentor with two mentees, a person with alarms. */
final class ScopeFixtures {
    static final String KEPT = "22222222-2222-2222-2222-222222222222";
    static final String LEAVING = "33333333-3333-3333-3333-333333333333";

    final InMemorySessionStore sessions = new InMemorySessionStore();
    final InMemoryOutboxStore outbox = new InMemoryOutboxStore();
    final InMemorySyncStore sync = new InMemorySyncStore();
    final RecordingAlarms alarms = new RecordingAlarms();

    DongHanhClient client(HttpTransport transport, Clock clock, String accountId, Role role, String caseId) {
        sessions.save(new Session(
                "access-1",
                "refresh-1",
                clock.nowMillis() + 3_600_000,
                new Account(accountId, role, "Lê Thị Hoa", "unit", caseId, null)));
        DongHanhClient.Builder b = DongHanhClient.builder("http://server")
                .transport(transport)
                .clock(clock)
                .sessionStore(sessions)
                .outboxStore(outbox)
                .syncStore(sync)
                .backoff(new Backoff(1_000, 60_000, new java.util.Random(1)));
        if (role == Role.PERSON) {
            b.alarmScheduler(alarms);
        }
        return b.build();
    }

    static String page(String cursor, boolean hasMore, String... changes) {
        return "{\"cursor\":\"" + cursor + "\",\"hasMore\":" + hasMore + ",\"changes\":[" + String.join(",", changes)
                + "]}";
    }

    static String removed(String caseId) {
        return "{\"type\":\"REMOVED\",\"id\":\"" + caseId + "\",\"caseId\":\"" + caseId + "\"}";
    }

    static String caseRecord(String caseId, String name) {
        return "{\"type\":\"CASE\",\"id\":\"" + caseId + "\",\"caseId\":\"" + caseId + "\",\"case\":{\"id\":\"" + caseId
                + "\",\"fullName\":\"" + name + "\",\"status\":\"ACTIVE\"}}";
    }

    static String appointment(String id, String caseId, String startsAt) {
        return "{\"type\":\"APPOINTMENT\",\"id\":\"" + id + "\",\"caseId\":\"" + caseId + "\","
                + "\"appointment\":{\"id\":\"" + id + "\",\"seriesId\":\"s\",\"caseId\":\"" + caseId
                + "\",\"type\":\"COUNSELLING\",\"placeId\":\"p\",\"placeName\":\"Điểm tư vấn\","
                + "\"startsAt\":\"" + startsAt + "\",\"durationMinutes\":60,\"status\":\"SCHEDULED\","
                + "\"moved\":false}}";
    }

    /** Stands in for the app's AlarmManager scheduler. */
    static final class RecordingAlarms implements AlarmScheduler {
        final List<PlannedAlarm> set = new ArrayList<>();

        @Override
        public synchronized List<PlannedAlarm> scheduled() {
            return new ArrayList<>(set);
        }

        @Override
        public synchronized void schedule(PlannedAlarm alarm) {
            set.removeIf(a -> a.key.equals(alarm.key));
            set.add(alarm);
        }

        @Override
        public synchronized void cancel(PlannedAlarm alarm) {
            set.removeIf(a -> a.key.equals(alarm.key));
        }

        synchronized int of(String caseId) {
            int n = 0;
            for (PlannedAlarm a : set) {
                if (caseId.equals(a.caseId)) {
                    n++;
                }
            }
            return n;
        }
    }
}
