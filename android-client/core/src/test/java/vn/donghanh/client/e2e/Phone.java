package vn.donghanh.client.e2e;

import java.util.ArrayList;
import java.util.List;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.http.UrlConnectionTransport;
import vn.donghanh.client.reminder.AlarmScheduler;
import vn.donghanh.client.reminder.PlannedAlarm;
import vn.donghanh.client.store.InMemoryOutboxStore;
import vn.donghanh.client.store.InMemorySessionStore;
import vn.donghanh.client.store.InMemorySyncStore;
import vn.donghanh.client.support.OfflineSwitch;

/** One simulated phone: the real client against the real backend, with a network switch. */
final class Phone {
    final OfflineSwitch network = new OfflineSwitch(new UrlConnectionTransport());
    final InMemoryOutboxStore outboxStore = new InMemoryOutboxStore();
    final InMemorySyncStore syncStore = new InMemorySyncStore();
    final RecordingAlarms alarms = new RecordingAlarms();
    final DongHanhClient client = DongHanhClient.builder(Backend.baseUrl())
            .transport(network)
            .sessionStore(new InMemorySessionStore())
            .outboxStore(outboxStore)
            .syncStore(syncStore)
            .alarmScheduler(alarms)
            .build();

    /** Stands in for the app's AlarmManager scheduler (an Android part, not the backend). */
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
    }
}
