package vn.donghanh.sync;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.donghanh.appointment.AppointmentModels;
import vn.donghanh.appointment.AppointmentService;
import vn.donghanh.appointment.ReminderModels;
import vn.donghanh.appointment.ReminderService;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.casefile.CaseQueries;
import vn.donghanh.casefile.CaseScope;
import vn.donghanh.checkin.CheckinModels;
import vn.donghanh.checkin.CheckinService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.SqlLists;
import vn.donghanh.contact.ContactLogService;
import vn.donghanh.contact.ContactModels;
import vn.donghanh.help.HelpModels;
import vn.donghanh.help.HelpService;
import vn.donghanh.message.MessageModels;
import vn.donghanh.message.MessageService;
import vn.donghanh.notification.InboxService;
import vn.donghanh.notification.NotificationModels;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;
import vn.donghanh.sync.SyncModels.SyncChange;
import vn.donghanh.sync.SyncModels.Type;

/**
 * Changes since a cursor, in the caller's scope: case records of the cases the caller may see
 * (the same SQL predicate as the case list), messages and notifications addressed to the caller,
 * and removals of cases that have left the caller's scope (and are still out of it). A record
 * changed several times appears once per page, as it is now.
 */
@Singleton
public class SyncFeed {
    private static final String CURSOR_TAG = "sync";
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final SyncPublisher publisher;
    private final AuditLog audit;
    private final ClosedCaseRetirement retirement;
    /** Per type: the records with these ids, as the list endpoints show them, by id. */
    private final Map<Type, Function<Collection<String>, Map<String, Object>>> loaders = new EnumMap<>(Type.class);

    public SyncFeed(
            JdbcOperations jdbc,
            TransactionOperations<Connection> tx,
            SyncPublisher publisher,
            AuditLog audit,
            ClosedCaseRetirement retirement,
            CaseQueries cases,
            AppointmentService appointments,
            CheckinService checkins,
            ContactLogService contacts,
            ReminderService reminders,
            HelpService helpRequests,
            MessageService messages,
            InboxService inbox) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.publisher = publisher;
        this.audit = audit;
        this.retirement = retirement;
        loaders.put(Type.CASE, ids -> byId(cases.summariesByIds(ids), CaseModels.CaseSummary::id));
        loaders.put(
                Type.APPOINTMENT, ids -> byId(appointments.occurrencesByIds(ids), AppointmentModels.Occurrence::id));
        loaders.put(Type.CHECKIN, ids -> byId(checkins.byIds(ids), CheckinModels.Checkin::id));
        loaders.put(Type.CONTACT, ids -> byId(contacts.byIds(ids), ContactModels.Contact::id));
        loaders.put(Type.REMINDER, ids -> byId(reminders.byIds(ids), ReminderModels.Reminder::id));
        loaders.put(Type.HELP_REQUEST, ids -> byId(helpRequests.byIds(ids), HelpModels.HelpRequest::id));
        loaders.put(Type.MESSAGE, ids -> byId(messages.byIds(ids), MessageModels.Message::id));
        loaders.put(Type.NOTIFICATION, ids -> byId(inbox.byIds(ids), NotificationModels.Notification::id));
    }

    private static <T> Map<String, Object> byId(List<T> records, Function<T, String> id) {
        Map<String, Object> out = new HashMap<>();
        records.forEach(r -> out.put(id.apply(r), r));
        return out;
    }

    public static int limit(Integer requested) {
        if (requested == null) {
            return 200;
        }
        if (requested < 1 || requested > 500) {
            throw ApiException.badField("limit", "must be between 1 and 500");
        }
        return requested;
    }

    private record Change(long seq, Type type, String id, String caseId) {}

    public SyncModels.SyncPage page(Caller caller, String cursor, int limit) {
        long after = decode(cursor);
        publisher.publish();
        // A write transaction: reading through the feed appends to the audit log.
        return tx.executeWrite(status -> {
            List<Change> rows = changes(caller, after, limit + 1);
            boolean more = rows.size() > limit;
            List<Change> page = more ? rows.subList(0, limit) : rows;
            long last = page.isEmpty() ? after : page.get(page.size() - 1).seq();
            List<SyncChange> out = render(page);
            Set<String> cases = new LinkedHashSet<>();
            // A removal shows nothing of the case: only what is read of a case is audited.
            out.stream()
                    .filter(c -> c.type() != Type.MESSAGE && c.type() != Type.NOTIFICATION && c.type() != Type.REMOVED)
                    .forEach(c -> cases.add(c.caseId()));
            for (String caseId : cases) {
                audit.append(AuditEntry.of(caller, AuditAction.SYNC_READ, caseId, "sync", null));
            }
            return new SyncModels.SyncPage(Cursor.encode(CURSOR_TAG, Long.toString(last)), more, out);
        });
    }

    private List<Change> changes(Caller caller, long after, int max) {
        // Cases closed long ago are no longer on the staff phones (ClosedCaseRetirement removed them).
        CaseScope scope = CaseScope.of(caller).onPhones(retirement.cutoff(), caller.is(Role.PERSON));
        List<String> caseTypes = caller.is(Role.PERSON)
                ? List.of(
                        "CASE",
                        "APPOINTMENT",
                        "CHECKIN",
                        "REMINDER",
                        "HELP_REQUEST") // contact logs are the helpers' notes
                : List.of("CASE", "APPOINTMENT", "CHECKIN", "CONTACT", "REMINDER", "HELP_REQUEST");
        String inScope = scope.caseIds();
        // Removals (V16): the mentor's own (their assignment ended), or an officer's whose units covered the
        // unit the case moved away from; either only while the case is out of the caller's scope when read
        // (a case back in scope by now comes with its changes instead, and the phone keeps what it has).
        String sql = "SELECT sc.published_seq, sc.entity, sc.entity_id, sc.case_id FROM sync_change sc "
                + "WHERE sc.published_seq > ? AND ((sc.account_id = ? AND sc.entity IN ('MESSAGE', 'NOTIFICATION')) "
                + "OR ((sc.account_id IS NULL OR sc.account_id = ?) AND sc.entity IN ("
                + String.join(",", caseTypes.stream().map(t -> "'" + t + "'").toList())
                + ") AND sc.case_id IN (" + inScope + ")) "
                + "OR (sc.entity = 'REMOVED' AND (sc.account_id = ? OR (sc.account_id IS NULL AND "
                + scope.coversUnit("sc.from_unit_id") + ")) AND sc.case_id NOT IN (" + inScope + "))) "
                + "ORDER BY sc.published_seq LIMIT ?";
        List<Object> params = new ArrayList<>();
        params.add(after);
        params.add(caller.accountId());
        // A case's history copied for its new mentor (V17) is addressed to them, like their messages.
        params.add(caller.accountId());
        params.addAll(scope.params());
        params.add(caller.accountId());
        params.addAll(scope.unitParams());
        params.addAll(scope.params());
        params.add(max);
        return SqlLists.query(
                jdbc,
                sql,
                params,
                rs -> new Change(rs.getLong(1), Type.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)));
    }

    /** Loads each changed record once, as it is now, in the order of its latest change. */
    private List<SyncChange> render(List<Change> page) {
        Map<String, Change> latest = new LinkedHashMap<>();
        for (Change c : page) {
            String key = c.type() + ":" + c.id();
            latest.remove(key);
            latest.put(key, c);
        }
        Map<Type, Set<String>> idsByType = new EnumMap<>(Type.class);
        latest.values().stream()
                .filter(c -> c.type() != Type.REMOVED)
                .forEach(c -> idsByType
                        .computeIfAbsent(c.type(), t -> new LinkedHashSet<>())
                        .add(c.id()));
        Map<Type, Map<String, Object>> records = new EnumMap<>(Type.class);
        idsByType.forEach((type, ids) -> records.put(type, loaders.get(type).apply(ids)));
        List<SyncChange> out = new ArrayList<>();
        for (Change c : latest.values()) {
            if (c.type() == Type.REMOVED) {
                out.add(SyncChange.removed(c.caseId()));
                continue;
            }
            // A record taken back since (a reminder withdrawn before it was due) is simply left out.
            Object record = records.get(c.type()).get(c.id());
            if (record != null) {
                out.add(SyncChange.of(c.type(), c.id(), c.caseId(), record));
            }
        }
        return out;
    }

    private static long decode(String cursor) {
        if (cursor == null) {
            return 0;
        }
        List<String> parts = Cursor.decode(cursor, 2);
        if (!CURSOR_TAG.equals(parts.get(0))) {
            throw ApiException.badField("cursor", "is not a cursor this feed issued");
        }
        try {
            long seq = Long.parseLong(parts.get(1));
            if (seq < 0) {
                throw new NumberFormatException();
            }
            return seq;
        } catch (NumberFormatException e) {
            throw ApiException.badField("cursor", "is not a cursor this feed issued");
        }
    }
}
