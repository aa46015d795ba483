package vn.donghanh.sync;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import vn.donghanh.appointment.AppointmentService;
import vn.donghanh.appointment.ReminderService;
import vn.donghanh.checkin.CheckinService;
import vn.donghanh.common.CaseRecordId;
import vn.donghanh.contact.ContactQueries;
import vn.donghanh.help.HelpService;
import vn.donghanh.message.MessageService;
import vn.donghanh.notification.InboxService;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;
import vn.donghanh.sync.SyncModels.Type;

/**
 * A phone's first sync: what it may see now rather than the history of every change. The records come by case
 * (in case id order; per case its summary first, then appointments, check-ins, contacts, reminders, help
 * requests and the caller's messages), then the caller's notifications; each as the feed shows it. History that
 * piles up (check-ins, contacts, past appointments, reminders, messages, notifications) reaches back
 * {@code donghanh.sync.snapshot-history}; cases, future appointments and open help requests whatever their age.
 *
 * <p>The snapshot's position (the last published change number) is taken when it begins, before any row is
 * read: every change numbered up to it is in the rows read after, and every later one comes from the feed
 * once the snapshot's last page hands over a cursor at that position.
 */
@Singleton
class SyncSnapshot {
    /** Cases whose records are gathered at once: a page starts with a few and doubles while it has room. */
    private static final int FIRST_CHUNK = 8;

    private static final int MAX_CHUNK = 256;

    private final Clock clock;
    private final SyncSettings settings;
    private final AppointmentService appointments;
    private final CheckinService checkins;
    private final ContactQueries contacts;
    private final ReminderService reminders;
    private final HelpService helpRequests;
    private final MessageService messages;
    private final InboxService inbox;

    SyncSnapshot(
            Clock clock,
            SyncSettings settings,
            AppointmentService appointments,
            CheckinService checkins,
            ContactQueries contacts,
            ReminderService reminders,
            HelpService helpRequests,
            MessageService messages,
            InboxService inbox) {
        this.clock = clock;
        this.settings = settings;
        this.appointments = appointments;
        this.checkins = checkins;
        this.contacts = contacts;
        this.reminders = reminders;
        this.helpRequests = helpRequests;
        this.messages = messages;
        this.inbox = inbox;
    }

    /** One record of the snapshot, in snapshot order: by case, then type, then id; notifications last. */
    record Item(Type type, String id, String caseId) {}

    /** Up to {@code max} items after {@code from}, of the cases {@code caseIds} (sorted by id). */
    List<Item> items(Caller caller, List<String> caseIds, SyncCursor from, int max) {
        Instant now = clock.instant();
        Instant since = now.atOffset(ZoneOffset.UTC)
                .minus(settings.getSnapshotHistory())
                .toInstant();
        List<Item> out = new ArrayList<>();
        if (!from.inNotifications()) {
            // A few cases first (a page of 500 is often a handful of busy cases), more while the page has room.
            int chunkSize = FIRST_CHUNK;
            int i = firstCaseAtOrAfter(caseIds, from.caseId());
            while (i < caseIds.size() && out.size() < max) {
                int end = Math.min(caseIds.size(), i + chunkSize);
                for (Item item : ofCases(caller, caseIds.subList(i, end), since, now)) {
                    if (out.size() < max && from.isBefore(item)) {
                        out.add(item);
                    }
                }
                i = end;
                chunkSize = Math.min(MAX_CHUNK, chunkSize * 2);
            }
        }
        if (out.size() < max) {
            String afterId = from.inNotifications() ? from.entityId() : "";
            inbox.snapshotIds(caller.accountId(), since, now, afterId, max - out.size())
                    .forEach(r -> out.add(new Item(Type.NOTIFICATION, r.id(), r.caseId())));
        }
        return out;
    }

    private static int firstCaseAtOrAfter(List<String> sorted, String caseId) {
        if (caseId.isEmpty()) {
            return 0;
        }
        int i = java.util.Collections.binarySearch(sorted, caseId);
        return i >= 0 ? i : -i - 1;
    }

    /** Every snapshot record of these cases, in snapshot order. */
    private List<Item> ofCases(Caller caller, List<String> chunk, Instant since, Instant now) {
        List<Item> out = new ArrayList<>();
        chunk.forEach(id -> out.add(new Item(Type.CASE, id, id)));
        add(out, Type.APPOINTMENT, appointments.snapshotIds(chunk, since));
        add(out, Type.CHECKIN, checkins.snapshotIds(chunk, since));
        if (!caller.is(Role.PERSON)) {
            add(out, Type.CONTACT, contacts.snapshotIds(chunk, since)); // the helpers' notes
        }
        add(out, Type.REMINDER, reminders.snapshotIds(chunk, since, now));
        add(out, Type.HELP_REQUEST, helpRequests.snapshotIds(chunk, since));
        add(out, Type.MESSAGE, messages.snapshotIds(chunk, caller.accountId(), since));
        out.sort(ORDER);
        return out;
    }

    private static void add(List<Item> out, Type type, Collection<CaseRecordId> ids) {
        ids.forEach(r -> out.add(new Item(type, r.id(), r.caseId())));
    }

    static final Comparator<Item> ORDER = Comparator.comparing(Item::caseId)
            .thenComparing(Item::type)
            .thenComparing((Function<Item, String>) Item::id);
}
