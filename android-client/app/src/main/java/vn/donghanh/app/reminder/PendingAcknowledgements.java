package vn.donghanh.app.reminder;

import vn.donghanh.app.DongHanhApp;
import vn.donghanh.app.storage.AlarmTable;
import vn.donghanh.client.DongHanhClient;

/**
 * An answer from a notification needs the server's reminder id, which arrives by sync. When it
 * has not arrived yet the answer waits in SQLite and is queued after a later sync.
 */
public final class PendingAcknowledgements {
    private PendingAcknowledgements() {}

    /** Queues an answer in core's outbox now if possible, else keeps it. Blocking (SQLite). */
    static void answer(DongHanhApp app, DongHanhClient client, AlarmTable.Row answer) {
        if (!client.reminderAcknowledger().acknowledge(answer.alarm, answer.response)) {
            app.pendingAcknowledgements().put(answer.alarm, answer.response);
        }
    }

    /** After a sync: queues the kept answers whose reminder is now known; returns how many. */
    public static int queueWhatNowMatches(DongHanhApp app, DongHanhClient client) {
        int queued = 0;
        for (AlarmTable.Row kept : app.pendingAcknowledgements().all()) {
            if (client.reminderAcknowledger().acknowledge(kept.alarm, kept.response)) {
                app.pendingAcknowledgements().remove(kept.alarm.key);
                queued++;
            }
        }
        return queued;
    }
}
