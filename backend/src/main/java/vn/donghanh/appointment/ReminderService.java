package vn.donghanh.appointment;

import vn.donghanh.common.Inserts;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.value.PropertyResolver;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotNull;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Times;
import vn.donghanh.notification.NotificationKind;
import vn.donghanh.notification.Notifier;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * Appointment reminders for the person: by default the day before and an hour before (methadone:
 * 30 minutes before), per appointment type in configuration, never in the quiet hours, worded in
 * the person's language and discreetly (a clinic for drug treatment is "the health facility").
 * Each fires once per occurrence, offset and start time; delivery goes through the outbox.
 */
@Singleton
public class ReminderService {
    private static final Set<String> DISCREET_PLACES = Set.of("METHADONE_CLINIC", "REHAB_FACILITY", "COUNSELLING_POINT");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final Notifier notifier;
    private final CaseService cases;
    private final AuditLog audit;
    private static final int PAGE = 1000;
    private final ReminderDefaults defaults;
    private final Clock clock;
    private final ReminderPlanner planner;

    public ReminderService(JdbcOperations jdbc, TransactionOperations<Connection> tx, Notifier notifier, CaseService cases,
                           AuditLog audit, ReminderDefaults defaults, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.notifier = notifier;
        this.cases = cases;
        this.audit = audit;
        this.defaults = defaults;
        this.clock = clock;
        this.planner = new ReminderPlanner(defaults.quietFrom(), defaults.quietUntil());
    }

    public enum Acknowledgement { COMING, DONE }

    @Serdeable
    public record Acknowledge(@NotNull Acknowledgement response) {
    }

    /** {@code deliveryStatus}: PENDING, SENT (on {@code channel} PUSH or INBOX) or FAILED (with {@code lastError}). */
    @Serdeable
    public record Reminder(String id, String occurrenceId, String caseId, String offsetBefore, OffsetDateTime startsAt,
                           OffsetDateTime dueAt, OffsetDateTime firedAt, @Nullable String deliveryStatus,
                           @Nullable String channel, @Nullable String lastError, @Nullable OffsetDateTime acknowledgedAt,
                           @Nullable Acknowledgement acknowledgement) {
    }

    private record Due(String occurrenceId, String caseId, String personId, Instant startsAt, AppointmentModels.Type type,
                       String placeName, String placeType, ZoneId zone, String language, List<Duration> ownOffsets,
                       LocalTime quietFrom, LocalTime quietUntil) {
    }

    /** The person's own offsets and quiet hours where they have chosen some, else the service's. */
    private List<Duration> offsetsOf(Due d) {
        return d.ownOffsets() != null ? d.ownOffsets() : defaults.offsets(d.type());
    }

    private ReminderPlanner plannerOf(Due d) {
        return d.quietFrom() != null ? new ReminderPlanner(d.quietFrom(), d.quietUntil()) : planner;
    }

    /**
     * Fires every reminder that has come due; safe to run on several instances and repeatedly.
     * Occurrences are walked in pages, each page in its own transaction, so a morning with many
     * doses neither holds one long transaction nor stops at a cap.
     */
    public int runOnce() {
        Instant now = clock.instant();
        // Far enough ahead for the longest offset (plus a day for quiet-hour shifts).
        Instant horizon = now.plus(defaults.longestOffset()).plus(Duration.ofDays(1));
        int fired = 0;
        Instant afterStart = now;
        String afterId = "";
        while (true) {
            Instant fromStart = afterStart;
            String fromId = afterId;
            List<Due> page = tx.executeRead(status -> upcoming(now, horizon, fromStart, fromId));
            if (page.isEmpty()) {
                return fired;
            }
            fired += tx.executeWrite(status -> {
                int n = 0;
                for (Due d : page) {
                    for (Duration offset : offsetsOf(d)) {
                        Instant due = plannerOf(d).dueAt(d.startsAt(), offset, d.zone());
                        if (!due.isAfter(now) && fire(d, offset, due, now)) {
                            n++;
                        }
                    }
                }
                return n;
            });
            Due last = page.get(page.size() - 1);
            afterStart = last.startsAt();
            afterId = last.occurrenceId();
            if (page.size() < PAGE) {
                return fired;
            }
        }
    }

    /**
     * Scheduled occurrences of open cases whose person can be reached: through the app (an
     * activated login) or by SMS (their reminder channel says so).
     */
    private List<Due> upcoming(Instant now, Instant horizon, Instant afterStart, String afterId) {
        return jdbc.prepareStatement("""
                SELECT o.id, o.case_id, p.id, o.starts_at, s.type, org.name, org.type, c.time_zone, c.preferred_language,
                       rs.offsets, rs.quiet_from, rs.quiet_until
                FROM appointment_occurrence o JOIN appointment_series s ON s.id = o.series_id
                JOIN organisation org ON org.id = s.place_id JOIN managed_case c ON c.id = o.case_id
                JOIN account p ON p.case_id = c.id AND p.active
                LEFT JOIN reminder_setting rs ON rs.case_id = c.id
                WHERE o.status = 'SCHEDULED' AND o.starts_at > ? AND o.starts_at <= ?
                  AND (o.starts_at > ? OR (o.starts_at = ? AND o.id > ?))
                  AND (p.password_hash IS NOT NULL OR rs.channel = 'SMS')
                  AND c.status NOT IN ('COMPLETED', 'DECEASED', 'TRANSFERRED_OUT')
                ORDER BY o.starts_at, o.id LIMIT ?""", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setTimestamp(2, Timestamp.from(horizon));
            ps.setTimestamp(3, Timestamp.from(afterStart));
            ps.setTimestamp(4, Timestamp.from(afterStart));
            ps.setString(5, afterId);
            ps.setInt(6, PAGE);
            List<Due> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    java.sql.Time from = rs.getTime(11);
                    java.sql.Time until = rs.getTime(12);
                    out.add(new Due(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                            AppointmentModels.Type.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                            ZoneId.of(rs.getString(8)), rs.getString(9), ReminderSettingsService.parseOffsets(rs.getString(10)),
                            from == null ? null : from.toLocalTime(), until == null ? null : until.toLocalTime()));
                }
            }
            return out;
        });
    }

    private boolean fire(Due d, Duration offset, Instant due, Instant now) {
        String id = UUID.randomUUID().toString();
        int created = jdbc.prepareStatement("""
                INSERT INTO reminder (id, occurrence_id, case_id, account_id, offset_before, starts_at, due_at, fired_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, id);
            ps.setString(2, d.occurrenceId());
            ps.setString(3, d.caseId());
            ps.setString(4, d.personId());
            ps.setString(5, offset.toString());
            ps.setTimestamp(6, Timestamp.from(d.startsAt()));
            ps.setTimestamp(7, Timestamp.from(due));
            ps.setTimestamp(8, Timestamp.from(now));
            return Inserts.insertOnce(ps);
        });
        if (created != 1) {
            return false;
        }
        notifier.notify(d.personId(), NotificationKind.APPOINTMENT_REMINDER, Notifier.Priority.NORMAL, d.caseId(), id,
                "Đồng Hành", text(d), "reminder:" + id).ifPresent(notificationId ->
                jdbc.prepareStatement("UPDATE reminder SET notification_id = ? WHERE id = ?", ps -> {
                    ps.setString(1, notificationId);
                    ps.setString(2, id);
                    return ps.executeUpdate();
                }));
        return true;
    }

    /** The reminder's words, in the person's language; a treatment place is named only generically. */
    static String text(Due d) {
        ZonedDateTime at = d.startsAt().atZone(d.zone());
        boolean english = "en".equals(d.language());
        String place = DISCREET_PLACES.contains(d.placeType())
                ? (english ? "the health facility" : "cơ sở y tế") : d.placeName();
        return english
                ? "You have an appointment at " + TIME.format(at) + " on " + DAY.format(at) + " at " + place + "."
                : "Bạn có lịch hẹn lúc " + TIME.format(at) + " ngày " + DAY.format(at) + " tại " + place + ".";
    }

    @Transactional
    public List<Reminder> forCase(Caller caller, String caseId) {
        cases.inScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.APPOINTMENTS_READ, caseId, "reminders", null));
        return reminders("r.case_id = ? ORDER BY r.starts_at DESC, r.due_at DESC LIMIT 500", List.of(caseId));
    }

    /** Reminders by id, unscoped: the sync feed has already scoped the ids. */
    public List<Reminder> byIds(java.util.Collection<String> ids) {
        return ids.isEmpty() ? List.of()
                : reminders("r.id IN (" + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")", new ArrayList<>(ids));
    }

    private List<Reminder> reminders(String where, List<String> params) {
        return jdbc.prepareStatement("""
                SELECT r.*, o.status AS delivery_status, o.channel, o.last_error FROM reminder r
                LEFT JOIN outbox o ON o.notification_id = r.notification_id
                WHERE\s""" + where, ps -> {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            List<Reminder> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String ack = rs.getString("acknowledgement");
                    out.add(new Reminder(rs.getString("id"), rs.getString("occurrence_id"), rs.getString("case_id"),
                            rs.getString("offset_before"), Times.utc(rs, "starts_at"), Times.utc(rs, "due_at"),
                            Times.utc(rs, "fired_at"), rs.getString("delivery_status"), rs.getString("channel"),
                            rs.getString("last_error"), Times.utc(rs, "acknowledged_at"),
                            ack == null ? null : Acknowledgement.valueOf(ack)));
                }
            }
            return out;
        });
    }

    @Transactional
    public Reminder acknowledge(Caller caller, String reminderId, Acknowledgement response) {
        if (!caller.is(Role.PERSON)) {
            throw ApiException.forbidden("the person acknowledges their reminders");
        }
        int updated = jdbc.prepareStatement(
                "UPDATE reminder SET acknowledged_at = ?, acknowledgement = ? WHERE id = ? AND account_id = ?", ps -> {
                    ps.setTimestamp(1, Timestamp.from(clock.instant()));
                    ps.setString(2, response.name());
                    ps.setString(3, reminderId);
                    ps.setString(4, caller.accountId());
                    return ps.executeUpdate();
                });
        if (updated == 0) {
            throw ApiException.notFound("reminder");
        }
        audit.append(AuditEntry.of(caller, AuditAction.APPOINTMENT_CHANGE, caller.caseId(), "reminder:" + reminderId, response.name()));
        return forCase(caller, caller.caseId()).stream().filter(r -> r.id().equals(reminderId)).findFirst().orElseThrow();
    }
}
