package vn.donghanh.client.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import vn.donghanh.client.model.AppointmentOccurrence;
import vn.donghanh.client.model.CaseSummary;
import vn.donghanh.client.model.Checkin;
import vn.donghanh.client.model.Contact;
import vn.donghanh.client.model.HelpRequest;
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
        return sorted(
                parse(of(RecordType.APPOINTMENT, caseId), AppointmentOccurrence::from),
                (a, b) -> Long.compare(a.startsAtMillis, b.startsAtMillis));
    }

    /** Newest first. */
    public List<Checkin> checkins(String caseId) {
        return sorted(
                parse(of(RecordType.CHECKIN, caseId), Checkin::from),
                (a, b) -> Long.compare(b.occurredAtMillis, a.occurredAtMillis));
    }

    /** Newest first. */
    public List<Contact> contacts(String caseId) {
        return sorted(
                parse(of(RecordType.CONTACT, caseId), Contact::from),
                (a, b) -> Long.compare(b.occurredAtMillis, a.occurredAtMillis));
    }

    /** Oldest first, like a conversation. */
    public List<Message> messages(String caseId) {
        return sorted(
                parse(of(RecordType.MESSAGE, caseId), Message::from),
                (a, b) -> Long.compare(a.sentAtMillis, b.sentAtMillis));
    }

    public List<Reminder> reminders(String caseId) {
        return parse(of(RecordType.REMINDER, caseId), Reminder::from);
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
        store.applyPage(
                Collections.singletonList(new StoredRecord(REMINDER_SETTINGS, caseId, caseId, json)), store.cursor());
    }

    /** Newest first; {@code caseId} null = every case on the phone. */
    public List<HelpRequest> helpRequests(String caseId) {
        return sorted(
                parse(of(RecordType.HELP_REQUEST, caseId), HelpRequest::from),
                (a, b) -> Long.compare(b.createdAtMillis, a.createdAtMillis));
    }

    /** Kind of the locally kept "last complete sync" record (not a sync feed type). */
    static final String SYNCED_AT = "LOCAL_SYNCED_AT";

    /** When the last sync reached the end of the feed, or null before the first one. */
    public Long lastSyncedAtMillis() {
        StoredRecord r = store.record(SYNCED_AT, SYNCED_AT);
        return r == null ? null : Json.longValue(Json.parse(r.json), "at", 0L);
    }

    /** Notes that the feed was read to its end at {@code nowMillis} (what "synced N minutes ago" shows). */
    public void markSynced(long nowMillis) {
        org.json.JSONObject at = new org.json.JSONObject();
        Json.put(at, "at", nowMillis);
        store.applyPage(
                Collections.singletonList(new StoredRecord(SYNCED_AT, SYNCED_AT, null, at.toString())), store.cursor());
    }

    /** Newest first. */
    public List<Notification> notifications() {
        return sorted(
                parse(store.records(RecordType.NOTIFICATION.name()), Notification::from),
                (a, b) -> Long.compare(b.createdAtMillis, a.createdAtMillis));
    }

    private static <T> List<T> parse(List<StoredRecord> records, Json.Reader<T> parser) {
        List<T> out = new ArrayList<>();
        for (StoredRecord r : records) {
            out.add(parser.from(Json.parse(r.json)));
        }
        return out;
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        Collections.sort(items, order);
        return items;
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
