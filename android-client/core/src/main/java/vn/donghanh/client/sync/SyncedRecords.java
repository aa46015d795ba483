package vn.donghanh.client.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import vn.donghanh.client.model.AppointmentOccurrence;
import vn.donghanh.client.model.CaseSummary;
import vn.donghanh.client.model.Checkin;
import vn.donghanh.client.model.Contact;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.model.Message;
import vn.donghanh.client.model.Notification;
import vn.donghanh.client.model.Reminder;
import vn.donghanh.client.reminder.ReminderSettings;
import vn.donghanh.client.store.StoredRecord;
import vn.donghanh.client.store.SyncStore;

/** Typed, sorted reads of the synced records, so screens work offline. {@code caseId} null = all cases. */
public final class SyncedRecords {
    private final SyncStore store;

    public SyncedRecords(SyncStore store) {
        this.store = store;
    }

    public CaseSummary caseSummary(String caseId) {
        StoredRecord r = store.record(RecordType.CASE.name(), caseId);
        return r == null ? null : CaseSummary.from(Json.parse(r.json));
    }

    public List<CaseSummary> cases() {
        List<CaseSummary> out = new ArrayList<>();
        for (StoredRecord r : store.records(RecordType.CASE.name())) {
            out.add(CaseSummary.from(Json.parse(r.json)));
        }
        return out;
    }

    /** Earliest first. */
    public List<AppointmentOccurrence> appointments(String caseId) {
        List<AppointmentOccurrence> out = new ArrayList<>();
        for (StoredRecord r : of(RecordType.APPOINTMENT, caseId)) {
            out.add(AppointmentOccurrence.from(Json.parse(r.json)));
        }
        Collections.sort(out, new Comparator<AppointmentOccurrence>() {
            @Override
            public int compare(AppointmentOccurrence a, AppointmentOccurrence b) {
                return Long.compare(a.startsAtMillis, b.startsAtMillis);
            }
        });
        return out;
    }

    /** Newest first. */
    public List<Checkin> checkins(String caseId) {
        List<Checkin> out = new ArrayList<>();
        for (StoredRecord r : of(RecordType.CHECKIN, caseId)) {
            out.add(Checkin.from(Json.parse(r.json)));
        }
        Collections.sort(out, new Comparator<Checkin>() {
            @Override
            public int compare(Checkin a, Checkin b) {
                return Long.compare(b.occurredAtMillis, a.occurredAtMillis);
            }
        });
        return out;
    }

    /** Newest first. */
    public List<Contact> contacts(String caseId) {
        List<Contact> out = new ArrayList<>();
        for (StoredRecord r : of(RecordType.CONTACT, caseId)) {
            out.add(Contact.from(Json.parse(r.json)));
        }
        Collections.sort(out, new Comparator<Contact>() {
            @Override
            public int compare(Contact a, Contact b) {
                return Long.compare(b.occurredAtMillis, a.occurredAtMillis);
            }
        });
        return out;
    }

    /** Oldest first, like a conversation. */
    public List<Message> messages(String caseId) {
        List<Message> out = new ArrayList<>();
        for (StoredRecord r : of(RecordType.MESSAGE, caseId)) {
            out.add(Message.from(Json.parse(r.json)));
        }
        Collections.sort(out, new Comparator<Message>() {
            @Override
            public int compare(Message a, Message b) {
                return Long.compare(a.sentAtMillis, b.sentAtMillis);
            }
        });
        return out;
    }

    public List<Reminder> reminders(String caseId) {
        List<Reminder> out = new ArrayList<>();
        for (StoredRecord r : of(RecordType.REMINDER, caseId)) {
            out.add(Reminder.from(Json.parse(r.json)));
        }
        return out;
    }

    /** Kind of the locally kept reminder settings record (not a sync feed type). */
    public static final String REMINDER_SETTINGS = "REMINDER_SETTINGS";

    /** The person's own reminder settings as last fetched, or {@code defaults}. */
    public ReminderSettings reminderSettings(String caseId, ReminderSettings defaults) {
        StoredRecord r = caseId == null ? null : store.record(REMINDER_SETTINGS, caseId);
        return r == null ? defaults : ReminderSettings.fromServer(Json.parse(r.json), defaults);
    }

    /** Keeps the settings next to the synced records (same store, cursor unchanged). */
    public void saveReminderSettings(String caseId, String json) {
        store.applyPage(Collections.singletonList(new StoredRecord(REMINDER_SETTINGS, caseId, caseId, json)),
                store.cursor());
    }

    /** Newest first. */
    public List<Notification> notifications() {
        List<Notification> out = new ArrayList<>();
        for (StoredRecord r : store.records(RecordType.NOTIFICATION.name())) {
            out.add(Notification.from(Json.parse(r.json)));
        }
        Collections.sort(out, new Comparator<Notification>() {
            @Override
            public int compare(Notification a, Notification b) {
                return Long.compare(b.createdAtMillis, a.createdAtMillis);
            }
        });
        return out;
    }

    private List<StoredRecord> of(RecordType type, String caseId) {
        List<StoredRecord> out = new ArrayList<>();
        for (StoredRecord r : store.records(type.name())) {
            if (caseId == null || caseId.equals(r.caseId)) {
                out.add(r);
            }
        }
        return out;
    }
}
