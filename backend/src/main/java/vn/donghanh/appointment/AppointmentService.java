package vn.donghanh.appointment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseEntity;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.checkin.ComplianceCalculator;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.CaseRecordId;
import vn.donghanh.notification.CaseResponders;
import vn.donghanh.notification.NotificationText;
import vn.donghanh.notification.Notifier;
import vn.donghanh.organisation.OrganisationEntity;
import vn.donghanh.organisation.OrganisationService;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * Appointments of a case: one-off or recurring (RRULE in the case's time zone), at a place (an
 * organisation). Occurrences exist only within a rolling horizon ({@code donghanh.appointments.horizon},
 * 14 days) that {@link AppointmentHorizonJob} moves forward. Officers manage them; a mentor manages
 * their own mentor meetings. A missed appointment tells the mentor.
 */
@Singleton
public class AppointmentService {
    /** The most occurrences one case's appointment list returns; a longer period is refused, never cut short. */
    static final int MAX_LISTED = 1000;

    private final AppointmentStore store;
    private final CaseService cases;
    private final OrganisationService organisations;
    private final CaseResponders responders;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration horizon;
    private final ReminderService reminders;

    public AppointmentService(
            AppointmentStore store,
            CaseService cases,
            OrganisationService organisations,
            CaseResponders responders,
            Notifier notifier,
            AuditLog audit,
            Clock clock,
            AppointmentSettings settings,
            ReminderService reminders) {
        this.store = store;
        this.cases = cases;
        this.organisations = organisations;
        this.responders = responders;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
        this.horizon = settings.getHorizon();
        this.reminders = reminders;
    }

    @Transactional
    public AppointmentModels.Series create(Caller caller, String caseId, AppointmentModels.CreateAppointment r) {
        CaseEntity c = cases.inScope(caller, caseId);
        requireManager(caller, r.type());
        String id = r.id().toString();
        AppointmentModels.Series existing = series(id);
        if (existing != null) {
            if (!existing.caseId().equals(caseId)
                    || existing.type() != r.type()
                    || !existing.firstStartsAt().equals(r.startsAt())) {
                throw ApiException.conflict("id-in-use", "id is already used by another appointment");
            }
            return existing;
        }
        if (CaseStatus.valueOf(c.status()).isClosed()) {
            throw ApiException.conflict("case-closed", "the case is " + c.status());
        }
        organisations.require(r.placeId().toString(), "placeId");
        ZoneId zone = ZoneId.of(c.timeZone());
        LocalDateTime today = LocalDateTime.now(clock.withZone(zone));
        if (r.startsAt().isBefore(today.minusDays(1)) || r.startsAt().isAfter(today.plusYears(1))) {
            throw ApiException.badField("startsAt", "must be between yesterday and a year from now");
        }
        if (r.rrule() != null) {
            String problem =
                    ComplianceCalculator.validate(r.rrule(), r.startsAt().toLocalDate(), zone);
            if (problem != null) {
                throw ApiException.badField("rrule", problem);
            }
        }
        Instant now = clock.instant();
        store.insertSeries(
                id,
                caseId,
                r.type(),
                r.placeId().toString(),
                r.startsAt(),
                r.rrule(),
                r.durationMinutes(),
                r.note() == null ? null : r.note().strip(),
                r.startsAt().atZone(zone).toInstant().minusSeconds(1),
                caller.accountId(),
                now);
        // A suspended case's appointments wait for it: the series generates its occurrences when the case resumes.
        if (CaseStatus.valueOf(c.status()) != CaseStatus.SUSPENDED) {
            extend(id, now.plus(horizon));
        }
        audit.append(AuditEntry.of(
                caller, AuditAction.APPOINTMENT_CHANGE, caseId, "appointment:" + id, "created " + r.type()));
        return series(id);
    }

    /** Generates the series' occurrences up to {@code until}; idempotent (one row per original start). */
    @Transactional
    public void extend(String seriesId, Instant until) {
        // The case row is locked first, then the series: a status change locks its case and then, through
        // AppointmentsFollowTheCase, the case's series; the same order here keeps the two from deadlocking.
        String caseId = store.caseOfSeries(seriesId);
        ZoneId zone = caseId == null ? null : cases.timeZoneForUpdate(caseId).orElse(null);
        AppointmentStore.Extensible s = zone == null ? null : store.lockForExtension(seriesId);
        // A recurring series is generated up to the horizon; a one-off whenever it has not been yet.
        if (s == null || (s.rrule() != null && !until.isAfter(s.generatedUntil()))) {
            return;
        }
        Instant first = s.first().atZone(zone).toInstant();
        List<Instant> starts = new ArrayList<>();
        if (s.rrule() == null) {
            starts.add(first);
        } else {
            RecurrenceRuleIterator it;
            try {
                it = new RecurrenceRule(s.rrule()).iterator(first.toEpochMilli(), TimeZone.getTimeZone(zone));
            } catch (InvalidRecurrenceRuleException e) {
                throw new IllegalStateException(e);
            }
            // lib-recur skips a DTSTART that does not match the rule; the first appointment is always kept.
            starts.add(first);
            while (it.hasNext()) {
                Instant next = Instant.ofEpochMilli(it.nextMillis());
                if (!next.isBefore(until) || starts.size() > 2000) {
                    break;
                }
                starts.add(next);
            }
        }
        for (Instant start : starts) {
            // A one-off has its single occurrence at once, however far ahead: no job extends it later.
            if (start.isAfter(s.generatedUntil()) && (s.rrule() == null || start.isBefore(until))) {
                store.insertOccurrence(seriesId, s.caseId(), start);
            }
        }
        store.generatedUntil(seriesId, s.rrule() == null && !first.isBefore(until) ? first : until);
    }

    /**
     * The case's management ended (completed, deceased, transferred out): in the caller's transaction, its
     * occurrences from now on are cancelled (CASE_CLOSED), its series end and its queued reminders are withdrawn.
     */
    void endWithCase(String caseId) {
        Instant now = clock.instant();
        store.cancelAheadOfCase(caseId, now, AppointmentModels.CancelCause.CASE_CLOSED);
        store.cancelSeriesOfCase(caseId, now);
        reminders.withdrawQueuedForCase(caseId);
    }

    /**
     * The case is suspended: its occurrences from now on are cancelled (CASE_PAUSED) and its queued reminders
     * withdrawn; the series stay, and the horizon job leaves them alone until the case resumes.
     */
    void pauseWithCase(String caseId) {
        store.cancelAheadOfCase(caseId, clock.instant(), AppointmentModels.CancelCause.CASE_PAUSED);
        reminders.withdrawQueuedForCase(caseId);
    }

    /**
     * The suspended case is active again: the occurrences the pause cancelled that are still ahead are SCHEDULED
     * again (their reminders queue anew), and every running series generates its horizon from now on; the
     * paused stretch gets no occurrences.
     */
    void resumeWithCase(String caseId) {
        Instant now = clock.instant();
        store.resumeAheadOfCase(caseId, now);
        for (AppointmentStore.Running s : store.runningSeriesOfCase(caseId)) {
            extend(s.seriesId(), now.plus(horizon));
        }
    }

    /**
     * The case moved to another commune: its running series whose place belongs to {@code oldUnitId} are cancelled
     * with their occurrences from {@code from} on (CASE_MOVED) and their queued reminders; places elsewhere (a
     * district clinic, a province hospital) carry over. Answers whether any series was cancelled.
     */
    boolean cancelAtPlacesOf(String caseId, String oldUnitId, Instant from) {
        List<AppointmentStore.Running> running = store.runningSeriesOfCase(caseId);
        Map<String, OrganisationEntity> places = organisations.entitiesByIds(running.stream()
                .map(AppointmentStore.Running::placeId)
                .distinct()
                .toList());
        Instant now = clock.instant();
        boolean any = false;
        for (AppointmentStore.Running s : running) {
            OrganisationEntity place = places.get(s.placeId());
            if (place != null && oldUnitId.equals(place.adminUnitId())) {
                store.cancelSeriesForMove(s.seriesId(), now, from.isAfter(now) ? from : now);
                reminders.withdrawQueuedForSeries(s.seriesId());
                any = true;
            }
        }
        return any;
    }

    /** Series whose occurrences end before the horizon: the daily job extends them. */
    @Transactional(readOnly = true)
    public List<String> seriesToExtend(Instant until) {
        List<AppointmentStore.Due> due = store.seriesToExtend(until);
        // A closed case's series are cancelled with it; a suspended case's wait for its resumption.
        Set<String> waiting = cases.notUnderSupervision(
                due.stream().map(AppointmentStore.Due::caseId).distinct().toList());
        return due.stream()
                .filter(d -> !waiting.contains(d.caseId()))
                .map(AppointmentStore.Due::seriesId)
                .toList();
    }

    public Duration horizon() {
        return horizon;
    }

    @Transactional
    public List<AppointmentModels.Occurrence> forCase(Caller caller, String caseId, Instant from, Instant to) {
        Instant f = from != null ? from : clock.instant().minus(Duration.ofHours(12));
        Instant t = to != null ? to : f.plus(horizon);
        if (!t.isAfter(f) || Duration.between(f, t).toDays() > 366) {
            throw ApiException.badField("to", "must be after from, and at most a year later");
        }
        cases.inScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.APPOINTMENTS_READ, caseId, "appointments", null));
        // Bounded by the period (at most a year, each series at most daily), but a case may hold several daily
        // series: rather than cut the list short, a period with more than MAX_LISTED is refused.
        List<AppointmentModels.Occurrence> found = named(store.ofCase(caseId, f, t, MAX_LISTED + 1));
        if (found.size() > MAX_LISTED) {
            throw ApiException.badField(
                    "to", "the period holds more than " + MAX_LISTED + " appointments; ask for a shorter one");
        }
        return found;
    }

    @Transactional
    public AppointmentModels.Occurrence move(Caller caller, String occurrenceId, LocalDateTime startsAt) {
        AppointmentModels.Occurrence o = managed(caller, occurrenceId);
        CaseEntity c = cases.inScope(caller, o.caseId());
        Instant at = startsAt.atZone(ZoneId.of(c.timeZone())).toInstant();
        if (at.isBefore(clock.instant())) {
            throw ApiException.badField("startsAt", "cannot move an appointment into the past");
        }
        store.moveOccurrence(occurrenceId, at);
        reminders.withdrawQueuedForOccurrence(occurrenceId);
        audit.append(AuditEntry.of(
                caller, AuditAction.APPOINTMENT_CHANGE, o.caseId(), "occurrence:" + occurrenceId, "moved"));
        return occurrence(occurrenceId);
    }

    @Transactional
    public AppointmentModels.Occurrence cancelOccurrence(Caller caller, String occurrenceId) {
        AppointmentModels.Occurrence o = managed(caller, occurrenceId);
        store.cancelOccurrence(occurrenceId);
        reminders.withdrawQueuedForOccurrence(occurrenceId);
        audit.append(AuditEntry.of(
                caller, AuditAction.APPOINTMENT_CHANGE, o.caseId(), "occurrence:" + occurrenceId, "cancelled"));
        return occurrence(occurrenceId);
    }

    /** Cancels the series: no more occurrences, and the ones still ahead are cancelled. */
    @Transactional
    public AppointmentModels.Series cancelSeries(Caller caller, String seriesId) {
        AppointmentModels.Series s = series(seriesId);
        if (s == null) {
            throw ApiException.notFound();
        }
        cases.inScope(caller, s.caseId());
        requireManager(caller, s.type());
        store.cancelSeries(seriesId, clock.instant());
        reminders.withdrawQueuedForSeries(seriesId);
        audit.append(AuditEntry.of(
                caller, AuditAction.APPOINTMENT_CHANGE, s.caseId(), "appointment:" + seriesId, "cancelled"));
        return series(seriesId);
    }

    @Transactional
    public AppointmentModels.Occurrence attendance(
            Caller caller, String occurrenceId, AppointmentModels.Attendance attendance) {
        AppointmentModels.Occurrence o = managed(caller, occurrenceId);
        if (o.status() == AppointmentModels.OccurrenceStatus.CANCELLED) {
            throw ApiException.conflict("appointment-cancelled", "the appointment was cancelled");
        }
        if (o.startsAt().toInstant().isAfter(clock.instant())) {
            throw ApiException.conflict("appointment-ahead", "attendance is recorded once the appointment has begun");
        }
        store.attendance(occurrenceId, attendance, caller.accountId(), clock.instant());
        if (attendance == AppointmentModels.Attendance.MISSED) {
            responders
                    .mentor(o.caseId())
                    .ifPresent(mentor -> notifier.notify(
                            mentor,
                            NotificationText.APPOINTMENT_MISSED,
                            Notifier.Priority.NORMAL,
                            o.caseId(),
                            occurrenceId,
                            "missed:" + occurrenceId + ":" + mentor));
        }
        audit.append(AuditEntry.of(
                caller, AuditAction.APPOINTMENT_CHANGE, o.caseId(), "occurrence:" + occurrenceId, attendance.name()));
        return occurrence(occurrenceId);
    }

    private AppointmentModels.Occurrence managed(Caller caller, String occurrenceId) {
        AppointmentModels.Occurrence o = occurrence(occurrenceId);
        if (o == null) {
            throw ApiException.notFound();
        }
        // Scope first: an out-of-scope record answers 404 whatever the caller's role.
        cases.inScope(caller, o.caseId());
        requireManager(caller, o.type());
        return o;
    }

    private static void requireManager(Caller caller, AppointmentModels.Type type) {
        boolean allowed =
                caller.is(Role.OFFICER) || (caller.is(Role.MENTOR) && type == AppointmentModels.Type.MENTOR_MEETING);
        if (!allowed) {
            throw ApiException.forbidden("officers manage appointments; mentors their own mentor meetings");
        }
    }

    /**
     * The case's appointment series (kind, place, rule, note; occurrences left empty, see
     * {@link #forCase}), every one (a case has a few): what the console shows beside each occurrence, so
     * that no occurrence of the case misses its series.
     */
    @Transactional
    public List<AppointmentModels.Series> seriesOfCase(Caller caller, String caseId) {
        cases.inScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.APPOINTMENTS_READ, caseId, "appointment-series", null));
        return store.seriesOfCase(caseId);
    }

    /** Occurrences by id, unscoped: the sync feed has already scoped the ids (a page of at most 500). */
    public List<AppointmentModels.Occurrence> occurrencesByIds(Collection<String> ids) {
        return named(store.occurrencesByIds(ids));
    }

    private AppointmentModels.Occurrence occurrence(String id) {
        AppointmentModels.Occurrence o = store.occurrence(id);
        return o == null ? null : named(List.of(o)).get(0);
    }

    /** The occurrences with their places' names and types from their owner, one query for the whole list. */
    private List<AppointmentModels.Occurrence> named(List<AppointmentModels.Occurrence> found) {
        Map<String, OrganisationEntity> places = organisations.entitiesByIds(found.stream()
                .map(AppointmentModels.Occurrence::placeId)
                .distinct()
                .toList());
        return found.stream().map(o -> at(o, places.get(o.placeId()))).toList();
    }

    /** An occurrence as read, its place still to be named. */
    private static AppointmentModels.Occurrence at(AppointmentModels.Occurrence o, OrganisationEntity place) {
        return new AppointmentModels.Occurrence(
                o.id(),
                o.seriesId(),
                o.caseId(),
                o.type(),
                o.placeId(),
                place.name(),
                place.address(),
                DiscreetPlaces.hidesName(place.type()),
                o.startsAt(),
                o.durationMinutes(),
                o.status(),
                o.attendance(),
                o.moved(),
                o.cancelCause());
    }

    private AppointmentModels.Series series(String id) {
        AppointmentModels.Series head = store.series(id);
        if (head != null) {
            // Bounded by nature: occurrences exist only up to the rolling horizon and a series repeats at most daily.
            head.upcoming().addAll(named(store.ofSeriesFrom(id, clock.instant().minus(Duration.ofDays(1)))));
        }
        return head;
    }

    /** For the phones' snapshot (sync): the ids of the cases' occurrences starting since {@code since}. */
    public List<CaseRecordId> snapshotIds(Collection<String> caseIds, Instant since) {
        return store.snapshotIds(caseIds, since);
    }
}
