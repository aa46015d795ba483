package vn.donghanh.appointment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.CaseRecordId;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Page;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * Appointment reminders for the person: what the endpoints, the sync feed and the appointments ask of them (scope,
 * role checks and audit here; SQL in {@link ReminderStore}; firing in {@link ReminderFiring}; words in
 * {@link ReminderText}).
 */
@Singleton
public class ReminderService {
    private final ReminderStore store;
    private final ReminderFiring firing;
    private final CaseService cases;
    private final AuditLog audit;
    private final Clock clock;

    ReminderService(ReminderStore store, ReminderFiring firing, CaseService cases, AuditLog audit, Clock clock) {
        this.store = store;
        this.firing = firing;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Fires every reminder that has come due; safe to run on several instances and repeatedly.
     *
     * @return how many reminders this run created
     */
    public int runOnce() {
        return firing.runOnce();
    }

    /** A person's new reminder settings may add offsets: walk the case's occurrences again. */
    public void forgetQueued(String caseId) {
        store.forgetQueued(caseId);
    }

    /**
     * Takes back reminders queued ahead for an occurrence that was just moved or cancelled, while
     * nothing has been shown or sent yet (their due time is still to come); a moved occurrence is
     * reminded again at its new time.
     */
    public void withdrawQueuedForOccurrence(String occurrenceId) {
        withdraw(store.queuedNotificationsOfOccurrence(occurrenceId, clock.instant()));
    }

    /** {@link #withdrawQueuedForOccurrence} for every occurrence of a series. */
    public void withdrawQueuedForSeries(String seriesId) {
        withdraw(store.queuedNotificationsOfSeries(seriesId, clock.instant()));
    }

    /**
     * {@link #withdrawQueuedForOccurrence} for every occurrence of the case (it closed or paused), and the case's
     * occurrences are walked again by the next run: an occurrence a resumption brings back queues its reminders anew.
     */
    public void withdrawQueuedForCase(String caseId) {
        withdraw(store.queuedNotificationsOfCase(caseId, clock.instant()));
        store.forgetQueued(caseId);
    }

    private void withdraw(List<String> notifications) {
        if (!notifications.isEmpty()) {
            store.withdraw(notifications);
        }
    }

    /**
     * The case's reminders, newest appointment first (startsAt, dueAt, then id, all descending), one page
     * after {@code cursor}: a daily methadone dose alone adds two a day.
     */
    @Transactional
    public Page<ReminderModels.Reminder> forCase(Caller caller, String caseId, String cursor, int limit) {
        cases.inScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.APPOINTMENTS_READ, caseId, "reminders", null));
        List<String> after = cursor == null ? null : Cursor.decode(cursor, 3);
        return Page.ofOverfetched(
                store.pageOfCase(caseId, after, limit),
                limit,
                last -> Cursor.encode(
                        last.startsAt().toInstant().toString(),
                        last.dueAt().toInstant().toString(),
                        last.id()));
    }

    /** Reminders by id, unscoped: the sync feed has already scoped the ids. */
    public List<ReminderModels.Reminder> byIds(Collection<String> ids) {
        return store.byIds(ids);
    }

    /** The person answers their own reminder; one audit row, and the one reminder read back. */
    @Transactional
    public ReminderModels.Reminder acknowledge(
            Caller caller, String reminderId, ReminderModels.Acknowledgement response) {
        if (!caller.is(Role.PERSON)) {
            throw ApiException.forbidden("the person acknowledges their reminders");
        }
        if (!store.acknowledge(reminderId, caller.accountId(), response, clock.instant())) {
            throw ApiException.notFound();
        }
        audit.append(AuditEntry.of(
                caller, AuditAction.APPOINTMENT_CHANGE, caller.caseId(), "reminder:" + reminderId, response.name()));
        return store.byIds(List.of(reminderId)).get(0);
    }

    /** For the phones' snapshot (sync): the ids of the cases' reminders due between {@code since} and {@code now}. */
    public List<CaseRecordId> snapshotIds(Collection<String> caseIds, Instant since, Instant now) {
        return store.snapshotIds(caseIds, since, now);
    }
}
