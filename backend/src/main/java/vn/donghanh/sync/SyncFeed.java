package vn.donghanh.sync;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
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
 * The phones' pull. Without a cursor, a snapshot of what the caller may see now ({@link SyncSnapshot}); then
 * changes since a cursor, in the caller's scope: case records of the cases the caller may see
 * (the same SQL predicate as the case list), messages and notifications addressed to the caller,
 * and removals of cases that have left the caller's scope (and are still out of it). A record
 * changed several times appears once per page, as it is now.
 */
@Singleton
public class SyncFeed {
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final SyncSnapshot snapshot;
    private final SyncSettings settings;
    private final AuditLog audit;
    private final ClosedCaseRetirement retirement;
    private final SyncPublisher publisher;
    /** Per type: the records with these ids, as the list endpoints show them, by id. */
    private final Map<Type, Function<Collection<String>, Map<String, Object>>> loaders = new EnumMap<>(Type.class);

    public SyncFeed(
            JdbcOperations jdbc,
            TransactionOperations<Connection> tx,
            SyncSnapshot snapshot,
            SyncSettings settings,
            AuditLog audit,
            ClosedCaseRetirement retirement,
            SyncPublisher publisher,
            CaseQueries cases,
            AppointmentService appointments,
            CheckinService checkins,
            ContactLogService contacts,
            ReminderService reminders,
            HelpService helpRequests,
            MessageService messages,
            InboxService inbox) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.tx = tx;
        this.snapshot = snapshot;
        this.settings = settings;
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

    /** Changes a sync request may number itself before reading (the publisher job numbers the rest). */
    static final int CATCH_UP = 500;

    /**
     * One page: of a snapshot when the cursor is empty or a snapshot's (its last page hands over an incremental
     * cursor at the snapshot's position), else of the changes after the cursor. Numbering changes is mostly
     * SyncPublisher's job (every second); a request first numbers at most {@link #CATCH_UP} changes itself, so a
     * phone syncing right after a write sees it (the job keeps the backlog small, so this is usually nothing,
     * and never the 5,000-row publish a request once paid). The feed reads only numbered changes: it never
     * skips one.
     */
    public SyncModels.SyncPage page(Caller caller, String cursor, int limit) {
        SyncCursor from = SyncCursor.decode(cursor);
        publisher.publishBatch(CATCH_UP);
        // A write transaction: reading through the feed appends to the audit log.
        return tx.executeWrite(status -> {
            List<String> caseIds = casesOnPhone(caller);
            SyncCursor at = from.isStart() ? from.at(lastPublished()) : from;
            long pruned = prunedThrough();
            if (at.position() < pruned) {
                throw new ApiException(
                        HttpStatus.GONE,
                        "resync-required",
                        "the changes after this cursor are no longer kept; start again without a cursor",
                        List.of());
            }
            SyncModels.SyncPage page = at.snapshot()
                    ? snapshotPage(caller, caseIds, at, limit)
                    : incrementalPage(caller, caseIds, at.position(), limit);
            // A removal shows nothing of the case: only what is read of a case is audited, once per case.
            Set<String> read = new LinkedHashSet<>();
            page.changes().stream()
                    .filter(c -> c.type() != Type.MESSAGE && c.type() != Type.NOTIFICATION && c.type() != Type.REMOVED)
                    .forEach(c -> read.add(c.caseId()));
            List<AuditEntry> entries = new ArrayList<>(read.size());
            read.forEach(caseId -> entries.add(AuditEntry.of(caller, AuditAction.SYNC_READ, caseId, "sync", null)));
            if (!entries.isEmpty()) {
                audit.appendAll(entries);
            }
            return page;
        });
    }

    private SyncModels.SyncPage snapshotPage(Caller caller, List<String> caseIds, SyncCursor from, int limit) {
        List<SyncSnapshot.Item> items = snapshot.items(caller, caseIds, from, limit + 1);
        boolean more = items.size() > limit;
        List<SyncSnapshot.Item> page = more ? items.subList(0, limit) : items;
        List<Change> changes = new ArrayList<>(page.size());
        page.forEach(i -> changes.add(new Change(from.position(), i.type(), i.id(), i.caseId())));
        // The last page hands over to the feed at the position the snapshot began at.
        String next = more
                ? from.past(page.get(page.size() - 1)).encode()
                : SyncCursor.after(from.position()).encode();
        return new SyncModels.SyncPage(next, more, render(changes));
    }

    private SyncModels.SyncPage incrementalPage(Caller caller, List<String> caseIds, long after, int limit) {
        List<Change> rows = changes(caller, caseIds, after, limit + 1);
        boolean more = rows.size() > limit;
        List<Change> page = more ? rows.subList(0, limit) : rows;
        // The cursor passes every row read, also those the caller is not given (see shown).
        long last = page.isEmpty() ? after : page.get(page.size() - 1).seq();
        Set<String> inScope = new HashSet<>(caseIds);
        Set<Type> caseTypes = caseTypes(caller);
        List<Change> shown =
                page.stream().filter(c -> shown(c, inScope, caseTypes)).toList();
        return new SyncModels.SyncPage(SyncCursor.after(last).encode(), more, render(shown));
    }

    /**
     * What of the rows read the caller is given: their messages and notifications; a case record only while
     * the case is in their scope (a V17 history copy addressed to a mentor, too); a removal only while the case
     * is out of it (a case back in scope by now comes with its changes instead, and the phone keeps what it has).
     */
    private static boolean shown(Change c, Set<String> inScope, Set<Type> caseTypes) {
        return switch (c.type()) {
            case MESSAGE, NOTIFICATION -> true;
            case REMOVED -> !inScope.contains(c.caseId());
            default -> caseTypes.contains(c.type()) && inScope.contains(c.caseId());
        };
    }

    private static Set<Type> caseTypes(Caller caller) {
        Set<Type> types =
                EnumSet.of(Type.CASE, Type.APPOINTMENT, Type.CHECKIN, Type.CONTACT, Type.REMINDER, Type.HELP_REQUEST);
        if (caller.is(Role.PERSON)) {
            types.remove(Type.CONTACT); // the helpers' notes
        }
        return types;
    }

    /**
     * The ids of the cases on the caller's phone, sorted. Cases closed long ago are no longer on the staff phones
     * (ClosedCaseRetirement removed them). More than {@code donghanh.sync.max-cases-per-user} is refused with both
     * numbers: a phone is never handed part of its scope as if it were all of it.
     */
    private List<String> casesOnPhone(Caller caller) {
        CaseScope scope = CaseScope.of(caller).onPhones(retirement.cutoff(), caller.is(Role.PERSON));
        int cap = settings.getMaxCasesPerUser();
        List<Object> params = new ArrayList<>(scope.params());
        params.add(cap + 1);
        List<String> ids =
                SqlLists.query(jdbc, scope.caseIds() + " ORDER BY c.id LIMIT ?", params, rs -> rs.getString(1));
        if (ids.size() > cap) {
            long all = SqlLists.one(
                            jdbc,
                            "SELECT COUNT(*) FROM (" + scope.caseIds() + ") s",
                            scope.params(),
                            rs -> rs.getLong(1))
                    .orElseThrow();
            throw ApiException.unprocessable(
                    "sync-scope-too-large",
                    "the caller's scope holds " + all + " cases, more than the " + cap
                            + " one phone may download; sync a smaller unit",
                    null);
        }
        return ids;
    }

    private long lastPublished() {
        return SqlLists.one(jdbc, "SELECT last_seq FROM sync_publisher WHERE id = 1", List.of(), rs -> rs.getLong(1))
                .orElseThrow();
    }

    private long prunedThrough() {
        return SqlLists.one(jdbc, "SELECT pruned_through FROM sync_prune WHERE id = 1", List.of(), rs -> rs.getLong(1))
                .orElseThrow();
    }

    /**
     * The change rows after {@code after} that may concern the caller, oldest first: three index range reads
     * (V29) instead of one scan of every change since the cursor: the rows addressed to the caller's account
     * (account_id, published_seq), the rows of the caller's cases (case_id, published_seq; the one IN-list of
     * their ids) and the officers' removals by unit (entity, published_seq). What of them is shown is decided
     * by {@link #shown}, against the same case ids.
     */
    private List<Change> changes(Caller caller, List<String> caseIds, long after, int max) {
        String caseTypes = String.join(
                ",", caseTypes(caller).stream().map(t -> "'" + t.name() + "'").toList());
        String inScope = caseIds.isEmpty() ? "1 = 0" : "case_id IN (" + SqlLists.placeholders(caseIds.size()) + ")";
        CaseScope scope = CaseScope.of(caller);
        String columns = "SELECT published_seq, entity, entity_id, case_id FROM sync_change ";
        // Addressed to the caller: their messages and notifications, a case's history copied for its new mentor
        // (V17), the mentor's removal when their assignment ended (V16).
        String mine = columns + "WHERE account_id = ? AND published_seq > ? ORDER BY published_seq LIMIT ?";
        String ofCases = columns + "WHERE " + inScope + " AND published_seq > ? AND account_id IS NULL AND entity IN ("
                + caseTypes + ") ORDER BY published_seq LIMIT ?";
        // An officer's removals: of a case that left a unit their units cover.
        String removals = columns + "WHERE entity = 'REMOVED' AND published_seq > ? AND account_id IS NULL AND "
                + scope.coversUnit("from_unit_id") + " ORDER BY published_seq LIMIT ?";
        String sql = "(" + mine + ") UNION ALL (" + ofCases + ") UNION ALL (" + removals
                + ") ORDER BY published_seq LIMIT ?";
        List<Object> params = new ArrayList<>();
        params.add(caller.accountId());
        params.add(after);
        params.add(max);
        params.addAll(caseIds);
        params.add(after);
        params.add(max);
        params.add(after);
        params.addAll(scope.unitParams());
        params.add(max);
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
}
