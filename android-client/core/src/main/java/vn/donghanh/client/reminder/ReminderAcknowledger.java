package vn.donghanh.client.reminder;

import vn.donghanh.client.model.Reminder;
import vn.donghanh.client.outbox.Outbox;
import vn.donghanh.client.sync.SyncedRecords;

/**
 * "I'll be there" / "done" from a local alarm's notification. The server's reminder for the same
 * occurrence and offset (same times on both sides) carries the id the API wants; it reaches the
 * phone through the sync feed.
 */
public final class ReminderAcknowledger {
    private final SyncedRecords records;
    private final Outbox outbox;

    public ReminderAcknowledger(SyncedRecords records, Outbox outbox) {
        this.records = records;
        this.outbox = outbox;
    }

    /**
     * Queues the answer (COMING or DONE). Returns false when the server's reminder has not been
     * synced yet: the app syncs and asks again (keeping the answer meanwhile).
     */
    public boolean acknowledge(PlannedAlarm alarm, String response) {
        Reminder match = null;
        for (Reminder r : records.reminders(alarm.caseId)) {
            if (!alarm.occurrenceId.equals(r.occurrenceId)) {
                continue;
            }
            if (IsoDuration.minutes(r.offsetBefore) == alarm.offsetMinutes) {
                match = r;
                break;
            }
            if (match == null) {
                match = r;
            }
        }
        if (match == null) {
            return false;
        }
        outbox.queueReminderAcknowledgement(alarm.caseId, match.id, response);
        return true;
    }
}
