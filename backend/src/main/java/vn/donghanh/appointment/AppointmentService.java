package vn.donghanh.appointment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
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
import vn.donghanh.common.Inserts;
import vn.donghanh.common.SqlLists;
import vn.donghanh.common.Times;
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

    private final JdbcOperations jdbc;
    private final CaseService cases;
    private final OrganisationService organisations;
    private final CaseResponders responders;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration horizon;
    private final ReminderService reminders;

    public AppointmentService(
            JdbcOperations jdbc,
            CaseService cases,
            OrganisationService organisations,
            CaseResponders responders,
            Notifier notifier,
            AuditLog audit,
            Clock clock,
            AppointmentSettings settings,
            ReminderService reminders) {
        this.jdbc = jdbc;
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
        jdbc.prepareStatement("""
                INSERT INTO appointment_series (id, case_id, type, place_id, first_start_local, rrule, duration_minutes, note,
                  generated_until, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, id);
            ps.setString(2, caseId);
            ps.setString(3, r.type().name());
            ps.setString(4, r.placeId().toString());
            ps.setObject(5, r.startsAt());
            ps.setString(6, r.rrule());
            ps.setInt(7, r.durationMinutes());
            ps.setString(8, r.note() == null ? null : r.note().strip());
            ps.setTimestamp(
                    9, Timestamp.from(r.startsAt().atZone(zone).toInstant().minusSeconds(1)));
            ps.setString(10, caller.accountId());
            ps.setTimestamp(11, Timestamp.from(now));
            return ps.executeUpdate();
        });
        extend(id, now.plus(horizon));
        audit.append(AuditEntry.of(
                caller, AuditAction.APPOINTMENT_CHANGE, caseId, "appointment:" + id, "created " + r.type()));
        return series(id);
    }

    /** Generates the series' occurrences up to {@code until}; idempotent (one row per original start). */
    @Transactional
    public void extend(String seriesId, Instant until) {
        record S(String caseId, LocalDateTime first, String rrule, Instant generatedUntil) {}
        S s = SqlLists.query(
                        jdbc,
                        """
                SELECT s.case_id, s.first_start_local, s.rrule, s.generated_until FROM appointment_series s
                WHERE s.id = ? AND s.cancelled_at IS NULL FOR UPDATE""",
                        List.of(seriesId),
                        rs -> new S(
                                rs.getString(1),
                                rs.getObject(2, LocalDateTime.class),
                                rs.getString(3),
                                rs.getTimestamp(4).toInstant()))
                .stream()
                .findFirst()
                .orElse(null);
        // The case row is locked too, as the join of the series with its case in one FOR UPDATE did.
        ZoneId zone = s == null ? null : cases.timeZoneForUpdate(s.caseId()).orElse(null);
        if (s == null || zone == null || !until.isAfter(s.generatedUntil())) {
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
            if (start.isAfter(s.generatedUntil()) && start.isBefore(until)) {
                jdbc.prepareStatement("""
                        INSERT INTO appointment_occurrence (id, series_id, case_id, original_starts_at, starts_at, status)
                        VALUES (?, ?, ?, ?, ?, 'SCHEDULED')""", ps -> {
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setString(2, seriesId);
                    ps.setString(3, s.caseId());
                    ps.setTimestamp(4, Timestamp.from(start));
                    ps.setTimestamp(5, Timestamp.from(start));
                    return Inserts.insertOnce(ps);
                });
            }
        }
        jdbc.prepareStatement("UPDATE appointment_series SET generated_until = ? WHERE id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(until));
            ps.setString(2, seriesId);
            return ps.executeUpdate();
        });
    }

    /** Series whose occurrences end before the horizon: the daily job extends them. */
    @Transactional(readOnly = true)
    public List<String> seriesToExtend(Instant until) {
        record Due(String seriesId, String caseId) {}
        List<Due> due = SqlLists.query(
                jdbc, """
                SELECT s.id, s.case_id FROM appointment_series s
                WHERE s.cancelled_at IS NULL AND s.rrule IS NOT NULL AND s.generated_until < ?""", List.of(Timestamp.from(until)), rs -> new Due(rs.getString(1), rs.getString(2)));
        java.util.Set<String> closed =
                cases.closed(due.stream().map(Due::caseId).distinct().toList());
        return due.stream()
                .filter(d -> !closed.contains(d.caseId()))
                .map(Due::seriesId)
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
        List<AppointmentModels.Occurrence> found = occurrences(
                "o.case_id = ? AND o.starts_at >= ? AND o.starts_at < ?" + " ORDER BY o.starts_at, o.id LIMIT "
                        + (MAX_LISTED + 1),
                caseId,
                Timestamp.from(f),
                Timestamp.from(t));
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
        update("UPDATE appointment_occurrence SET starts_at = ? WHERE id = ?", Timestamp.from(at), occurrenceId);
        reminders.withdrawQueuedForOccurrence(occurrenceId);
        audit.append(AuditEntry.of(
                caller, AuditAction.APPOINTMENT_CHANGE, o.caseId(), "occurrence:" + occurrenceId, "moved"));
        return occurrence(occurrenceId);
    }

    @Transactional
    public AppointmentModels.Occurrence cancelOccurrence(Caller caller, String occurrenceId) {
        AppointmentModels.Occurrence o = managed(caller, occurrenceId);
        update("UPDATE appointment_occurrence SET status = 'CANCELLED' WHERE id = ?", occurrenceId);
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
        Timestamp now = Timestamp.from(clock.instant());
        update("UPDATE appointment_series SET cancelled_at = COALESCE(cancelled_at, ?) WHERE id = ?", now, seriesId);
        update(
                "UPDATE appointment_occurrence SET status = 'CANCELLED' WHERE series_id = ? AND starts_at >= ?",
                seriesId,
                now);
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
        update(
                "UPDATE appointment_occurrence SET attendance = ?, attendance_by = ?, attendance_at = ? WHERE id = ?",
                attendance.name(),
                caller.accountId(),
                Timestamp.from(clock.instant()),
                occurrenceId);
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

    private void update(String sql, Object... params) {
        jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        });
    }

    /** Occurrences by id, unscoped: the sync feed has already scoped the ids (a page of at most 500). */
    public List<AppointmentModels.Occurrence> occurrencesByIds(java.util.Collection<String> ids) {
        return ids.isEmpty()
                ? List.of()
                : occurrences(
                        "o.id IN (" + SqlLists.placeholders(ids.size()) + ")" + " ORDER BY o.starts_at, o.id",
                        ids.toArray());
    }

    private AppointmentModels.Occurrence occurrence(String id) {
        List<AppointmentModels.Occurrence> found = occurrences("o.id = ?", id);
        return found.isEmpty() ? null : found.get(0);
    }

    private List<AppointmentModels.Occurrence> occurrences(String where, Object... params) {
        List<AppointmentModels.Occurrence> found =
                SqlLists.query(jdbc, """
                SELECT o.*, s.type, s.place_id, s.duration_minutes
                FROM appointment_occurrence o JOIN appointment_series s ON s.id = o.series_id WHERE\s""" + where, List.of(params), AppointmentService::row);
        // The places' names and types from their owner, one query for the whole list.
        Map<String, OrganisationEntity> places = organisations.entitiesByIds(found.stream()
                .map(AppointmentModels.Occurrence::placeId)
                .distinct()
                .toList());
        return found.stream().map(o -> at(o, places.get(o.placeId()))).toList();
    }

    /** An occurrence as read, its place still to be named. */
    private static AppointmentModels.Occurrence row(ResultSet rs) throws SQLException {
        String attendance = rs.getString("attendance");
        return new AppointmentModels.Occurrence(
                rs.getString("id"),
                rs.getString("series_id"),
                rs.getString("case_id"),
                AppointmentModels.Type.valueOf(rs.getString("type")),
                rs.getString("place_id"),
                null,
                null,
                false,
                Times.utc(rs, "starts_at"),
                rs.getInt("duration_minutes"),
                AppointmentModels.OccurrenceStatus.valueOf(rs.getString("status")),
                attendance == null ? null : AppointmentModels.Attendance.valueOf(attendance),
                !rs.getTimestamp("starts_at").equals(rs.getTimestamp("original_starts_at")));
    }

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
                o.moved());
    }

    private AppointmentModels.Series series(String id) {
        AppointmentModels.Series head = SqlLists.query(
                        jdbc,
                        "SELECT * FROM appointment_series WHERE id = ?",
                        List.of(id),
                        rs -> new AppointmentModels.Series(
                                rs.getString("id"),
                                rs.getString("case_id"),
                                AppointmentModels.Type.valueOf(rs.getString("type")),
                                rs.getString("place_id"),
                                rs.getObject("first_start_local", LocalDateTime.class),
                                rs.getString("rrule"),
                                rs.getInt("duration_minutes"),
                                rs.getString("note"),
                                rs.getTimestamp("cancelled_at") != null,
                                new ArrayList<>()))
                .stream()
                .findFirst()
                .orElse(null);
        if (head != null) {
            // Bounded by nature: occurrences exist only up to the rolling horizon and a series repeats at most daily.
            head.upcoming()
                    .addAll(occurrences(
                            "o.series_id = ? AND o.starts_at >= ? ORDER BY o.starts_at, o.id",
                            id,
                            Timestamp.from(clock.instant().minus(Duration.ofDays(1)))));
        }
        return head;
    }
}
