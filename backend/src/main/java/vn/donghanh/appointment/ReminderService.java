package vn.donghanh.appointment;

import io.micronaut.core.annotation.Nullable;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Page;
import vn.donghanh.common.SqlLists;
import vn.donghanh.common.Times;
import vn.donghanh.notification.NotificationKind;
import vn.donghanh.notification.NotificationText;
import vn.donghanh.notification.NotificationWords;
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
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final Notifier notifier;
    private final CaseService cases;
    private final AuditLog audit;
    private static final int PAGE = 1000;
    private static final int FIRING_THREADS = 2;
    /** Fires pages while the next one is read; daemon threads, so they never hold the service up at shutdown. */
    private final ExecutorService workers = Executors.newFixedThreadPool(FIRING_THREADS, r -> {
        Thread t = new Thread(r, "reminder-firing");
        t.setDaemon(true);
        return t;
    });

    private final ReminderDefaults defaults;
    private final Clock clock;
    private final ReminderPlanner planner;

    public ReminderService(
            JdbcOperations jdbc,
            TransactionOperations<Connection> tx,
            Notifier notifier,
            CaseService cases,
            AuditLog audit,
            ReminderDefaults defaults,
            Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.notifier = notifier;
        this.cases = cases;
        this.audit = audit;
        this.defaults = defaults;
        this.clock = clock;
        this.planner = new ReminderPlanner(defaults.quietFrom(), defaults.quietUntil());
    }

    public enum Acknowledgement {
        COMING,
        DONE
    }

    @Serdeable
    public record Acknowledge(@NotNull Acknowledgement response) {}

    /** {@code deliveryStatus}: PENDING, SENT (on {@code channel} PUSH or INBOX) or FAILED (with {@code lastError}). */
    @Serdeable
    public record Reminder(
            String id,
            String occurrenceId,
            String caseId,
            String offsetBefore,
            OffsetDateTime startsAt,
            OffsetDateTime dueAt,
            OffsetDateTime firedAt,
            @Nullable String deliveryStatus,
            @Nullable String channel,
            @Nullable String lastError,
            @Nullable OffsetDateTime acknowledgedAt,
            @Nullable Acknowledgement acknowledgement) {}

    private record Due(
            String occurrenceId,
            String caseId,
            String personId,
            Instant startsAt,
            AppointmentModels.Type type,
            String placeName,
            String placeType,
            ZoneId zone,
            String language,
            List<Duration> ownOffsets,
            LocalTime quietFrom,
            LocalTime quietUntil,
            String channel) {}

    /** A reminder of one occurrence at one offset that has come due. */
    private record Firing(Due due, Duration offset, Instant dueAt, String reminderId, String notificationId) {}

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
        Instant horizon =
                now.plus(defaults.queueAhead()).plus(defaults.longestOffset()).plus(Duration.ofDays(1));
        // Pages are independent (each fires its own occurrences in its own transaction), so the
        // database works on one while the next is read: the 07:00 methadone morning is one burst.
        Semaphore inFlight = new Semaphore(FIRING_THREADS);
        List<Future<Integer>> pages = new ArrayList<>();
        Instant afterStart = now;
        String afterId = "";
        while (true) {
            Instant fromStart = afterStart;
            String fromId = afterId;
            List<Scheduled> scheduled = tx.executeRead(status -> scheduledPage(now, horizon, fromStart, fromId));
            if (scheduled.isEmpty()) {
                break;
            }
            inFlight.acquireUninterruptibly();
            pages.add(workers.submit(() -> {
                try {
                    return firePage(scheduled, now);
                } finally {
                    inFlight.release();
                }
            }));
            Scheduled last = scheduled.get(scheduled.size() - 1);
            afterStart = last.startsAt();
            afterId = last.id();
            if (scheduled.size() < PAGE) {
                break;
            }
        }
        int fired = 0;
        RuntimeException failure = null;
        for (Future<Integer> page : pages) {
            try {
                fired += page.get();
            } catch (ExecutionException e) {
                // A failed page (e.g. a deadlock) was rolled back; the next run fires it.
                failure = failure != null ? failure : new IllegalStateException("a reminder page failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while firing reminders", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return fired;
    }

    private int firePage(List<Scheduled> scheduled, Instant now) {
        List<Due> page = tx.executeRead(status -> upcoming(scheduled));
        List<Firing> firings = new ArrayList<>();
        List<Due> allQueued = new ArrayList<>();
        for (Due d : page) {
            boolean all = true;
            for (Duration offset : offsetsOf(d)) {
                Instant due = plannerOf(d).dueAt(d.startsAt(), offset, d.zone());
                // Queued up to queue-ahead early; the notification and its delivery wait for the due time.
                if (!due.isAfter(now.plus(defaults.queueAhead()))) {
                    firings.add(new Firing(
                            d,
                            offset,
                            due,
                            UUID.randomUUID().toString(),
                            UUID.randomUUID().toString()));
                } else {
                    all = false;
                }
            }
            if (all) {
                allQueued.add(d);
            }
        }
        if (firings.isEmpty()) {
            return 0;
        }
        return tx.executeWrite(status -> {
            int fired = fireAll(firings, now);
            markQueued(allQueued);
            return fired;
        });
    }

    /** Remembers the occurrences with nothing left to queue at their current start time. */
    private void markQueued(List<Due> done) {
        if (done.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(
                "INSERT INTO reminder_queued (occurrence_id, starts_at) VALUES "
                        + SqlLists.rows(done.size(), "(?,?)")
                        + " ON DUPLICATE KEY UPDATE starts_at = VALUES(starts_at)",
                ps -> {
                    int k = 0;
                    for (Due d : done) {
                        ps.setString(++k, d.occurrenceId());
                        ps.setTimestamp(++k, Timestamp.from(d.startsAt()));
                    }
                    return ps.executeUpdate();
                });
    }

    /** A person's new reminder settings may add offsets: walk the case's occurrences again. */
    public void forgetQueued(String caseId) {
        jdbc.prepareStatement(
                "DELETE q FROM reminder_queued q JOIN appointment_occurrence o ON o.id = q.occurrence_id "
                        + "WHERE o.case_id = ?",
                ps -> {
                    ps.setString(1, caseId);
                    return ps.executeUpdate();
                });
    }

    private record Scheduled(String id, Instant startsAt) {}

    /**
     * One page of scheduled occurrences in the window, in start order: a walk of ix_occurrence_due
     * alone, so a page costs the same on the methadone morning as on a quiet day (joined in one
     * query, the optimizer may sort every occurrence in the window for each page).
     */
    private List<Scheduled> scheduledPage(Instant now, Instant horizon, Instant afterStart, String afterId) {
        // The keyset (starts_at, id) > (afterStart, afterId) as two ranges the index can seek to: the
        // rest of the last start time, then the later ones. As one OR, the whole window is scanned
        // from its start for every page, and a morning where all doses start at 07:30 is one start time.
        List<Scheduled> out = new ArrayList<>();
        if (afterStart.isAfter(now)) {
            out.addAll(scheduledWhere("o.starts_at = ? AND o.id > ?", afterStart, afterId, PAGE));
        }
        if (out.size() < PAGE) {
            out.addAll(scheduledWhere("o.starts_at > ? AND o.starts_at <= ?", afterStart, horizon, PAGE - out.size()));
        }
        return out;
    }

    private List<Scheduled> scheduledWhere(String range, Instant from, Object second, int limit) {
        return jdbc.prepareStatement(
                "SELECT o.id, o.starts_at FROM appointment_occurrence o "
                        + "LEFT JOIN reminder_queued q ON q.occurrence_id = o.id AND q.starts_at = o.starts_at "
                        + "WHERE o.status = 'SCHEDULED' AND q.occurrence_id IS NULL AND " + range
                        + " ORDER BY o.starts_at, o.id LIMIT ?",
                ps -> {
                    ps.setTimestamp(1, Timestamp.from(from));
                    if (second instanceof Instant until) {
                        ps.setTimestamp(2, Timestamp.from(until));
                    } else {
                        ps.setString(2, (String) second);
                    }
                    ps.setInt(3, limit);
                    List<Scheduled> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new Scheduled(
                                    rs.getString(1), rs.getTimestamp(2).toInstant()));
                        }
                    }
                    return out;
                });
    }

    /**
     * Of a page of occurrences, those of open cases whose person can be reached: through the app
     * (an activated login) or by SMS (their reminder channel says so).
     */
    private List<Due> upcoming(List<Scheduled> scheduled) {
        // STRAIGHT_JOIN: from the page's occurrences outwards; with one clinic the optimizer would
        // otherwise start from it and scan every series.
        return jdbc.prepareStatement("""
                SELECT STRAIGHT_JOIN o.id, o.case_id, p.id, o.starts_at, s.type, org.name, org.type, c.time_zone, c.preferred_language,
                       rs.offsets, rs.quiet_from, rs.quiet_until, rs.channel
                FROM appointment_occurrence o JOIN appointment_series s ON s.id = o.series_id
                JOIN organisation org ON org.id = s.place_id JOIN managed_case c ON c.id = o.case_id
                JOIN account p ON p.case_id = c.id AND p.active
                LEFT JOIN reminder_setting rs ON rs.case_id = c.id
                WHERE o.id IN (""" + SqlLists.placeholders(scheduled.size()) + """
                ) AND o.status = 'SCHEDULED'
                  AND (p.password_hash IS NOT NULL OR rs.channel = 'SMS')
                  AND c.status NOT IN ('COMPLETED', 'DECEASED', 'TRANSFERRED_OUT')
                ORDER BY o.starts_at, o.id""", ps -> {
            for (int i = 0; i < scheduled.size(); i++) {
                ps.setString(i + 1, scheduled.get(i).id());
            }
            List<Due> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    java.sql.Time from = rs.getTime(11);
                    java.sql.Time until = rs.getTime(12);
                    out.add(new Due(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getTimestamp(4).toInstant(),
                            AppointmentModels.Type.valueOf(rs.getString(5)),
                            rs.getString(6),
                            rs.getString(7),
                            ZoneId.of(rs.getString(8)),
                            rs.getString(9),
                            ReminderSettingsService.parseOffsets(rs.getString(10)),
                            from == null ? null : from.toLocalTime(),
                            until == null ? null : until.toLocalTime(),
                            "SMS".equals(rs.getString(13)) ? "SMS" : "PUSH"));
                }
            }
            return out;
        });
    }

    /**
     * Fires a page's due reminders in a few statements: the reminders (one per occurrence, offset
     * and start time: a key that exists already means another run or instance fired it), then one
     * notification each for those this call created, through the outbox on the person's channel.
     * Each reminder row is written with the id its notification will have, so it needs no update.
     */
    private int fireAll(List<Firing> due, Instant now) {
        // Most runs find their reminders fired already: leave those rows alone (an ON DUPLICATE KEY
        // hit would fire the update trigger and tell the phones of a change that is none).
        java.util.Set<String> fired = firedAlready(due);
        List<Firing> firings = due.stream()
                .filter(f -> !fired.contains(keyOf(
                        f.due().occurrenceId(), f.offset().toString(), f.due().startsAt())))
                .toList();
        if (firings.isEmpty()) {
            return 0;
        }
        Timestamp at = Timestamp.from(now);
        jdbc.prepareStatement(
                "INSERT INTO reminder (id, occurrence_id, case_id, account_id, offset_before, starts_at, due_at, fired_at,"
                        + " notification_id) VALUES " + SqlLists.rows(firings.size(), "(?,?,?,?,?,?,?,?,?)")
                        + " ON DUPLICATE KEY UPDATE id = id",
                ps -> {
                    int k = 0;
                    for (Firing f : firings) {
                        ps.setString(++k, f.reminderId());
                        ps.setString(++k, f.due().occurrenceId());
                        ps.setString(++k, f.due().caseId());
                        ps.setString(++k, f.due().personId());
                        ps.setString(++k, f.offset().toString());
                        ps.setTimestamp(++k, Timestamp.from(f.due().startsAt()));
                        ps.setTimestamp(++k, Timestamp.from(f.dueAt()));
                        ps.setTimestamp(++k, at);
                        ps.setString(++k, f.notificationId());
                    }
                    return ps.executeUpdate();
                });
        // ON DUPLICATE KEY UPDATE cannot say which rows were new: those carrying this call's ids are.
        Set<String> created = SqlLists.existingIds(
                jdbc, "reminder", firings.stream().map(Firing::reminderId).toList());
        List<Notifier.Queued> queued = new ArrayList<>();
        for (Firing f : firings) {
            if (created.contains(f.reminderId())) {
                queued.add(new Notifier.Queued(
                        f.notificationId(),
                        f.due().personId(),
                        NotificationKind.APPOINTMENT_REMINDER,
                        Notifier.Priority.NORMAL,
                        f.due().caseId(),
                        f.reminderId(),
                        NotificationWords.title(
                                NotificationText.APPOINTMENT_REMINDER, f.due().language()),
                        text(f.due()),
                        "reminder:" + f.reminderId(),
                        f.due().channel(),
                        f.dueAt().isAfter(now) ? f.dueAt() : now));
            }
        }
        notifier.notifyAll(queued);
        return created.size();
    }

    private java.util.Set<String> firedAlready(List<Firing> firings) {
        List<String> occurrences =
                firings.stream().map(f -> f.due().occurrenceId()).distinct().toList();
        if (occurrences.isEmpty()) {
            return java.util.Set.of();
        }
        return jdbc.prepareStatement(
                "SELECT occurrence_id, offset_before, starts_at FROM reminder WHERE occurrence_id IN ("
                        + SqlLists.placeholders(occurrences.size()) + ")",
                ps -> {
                    for (int i = 0; i < occurrences.size(); i++) {
                        ps.setString(i + 1, occurrences.get(i));
                    }
                    java.util.Set<String> out = new java.util.HashSet<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(keyOf(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getTimestamp(3).toInstant()));
                        }
                    }
                    return out;
                });
    }

    private static String keyOf(String occurrenceId, String offset, Instant startsAt) {
        return occurrenceId + "|" + offset + "|" + startsAt;
    }

    /**
     * Takes back reminders queued ahead for occurrences that were just moved or cancelled, while
     * nothing has been shown or sent yet (their due time is still to come); a moved occurrence is
     * reminded again at its new time.
     */
    public void withdrawQueuedForOccurrence(String occurrenceId) {
        withdrawQueued(
                "SELECT r.notification_id FROM reminder r WHERE r.due_at > ? AND r.occurrence_id = ?", occurrenceId);
    }

    /** {@link #withdrawQueuedForOccurrence} for every occurrence of a series. */
    public void withdrawQueuedForSeries(String seriesId) {
        withdrawQueued(
                "SELECT r.notification_id FROM reminder r WHERE r.due_at > ? "
                        + "AND r.occurrence_id IN (SELECT o.id FROM appointment_occurrence o WHERE o.series_id = ?)",
                seriesId);
    }

    private void withdrawQueued(String queuedNotificationsSql, String id) {
        Instant now = clock.instant();
        List<String> notifications = jdbc.prepareStatement(queuedNotificationsSql, ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, id);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
        if (notifications.isEmpty()) {
            return;
        }
        // Outbox first (it references the notification), then the reminder, then the notification.
        for (String sql : List.of(
                "DELETE FROM outbox WHERE notification_id = ? AND status = 'PENDING'",
                "DELETE FROM reminder WHERE notification_id = ?",
                "DELETE FROM notification WHERE id = ? AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.notification_id = notification.id)")) {
            jdbc.prepareStatement(sql, ps -> {
                for (String notificationId : notifications) {
                    ps.setString(1, notificationId);
                    ps.addBatch();
                }
                return ps.executeBatch();
            });
        }
    }

    /** The reminder's words, in the person's language; a treatment place is named only generically. */
    static String text(Due d) {
        ZonedDateTime at = d.startsAt().atZone(d.zone());
        String place = DiscreetPlaces.hidesName(d.placeType())
                ? NotificationWords.body(NotificationText.APPOINTMENT_REMINDER_PLACE, d.language())
                : d.placeName();
        return NotificationWords.body(
                NotificationText.APPOINTMENT_REMINDER, d.language(), TIME.format(at), DAY.format(at), place);
    }

    /**
     * The case's reminders, newest appointment first (startsAt, dueAt, then id, all descending), one page
     * after {@code cursor}: a daily methadone dose alone adds two a day.
     */
    @Transactional
    public Page<Reminder> forCase(Caller caller, String caseId, String cursor, int limit) {
        cases.inScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.APPOINTMENTS_READ, caseId, "reminders", null));
        List<Object> params = new ArrayList<>(List.of(caseId));
        String after = "";
        if (cursor != null) {
            List<String> parts = Cursor.decode(cursor, 3);
            Timestamp starts = Timestamp.from(Cursor.instant(parts.get(0)));
            Timestamp due = Timestamp.from(Cursor.instant(parts.get(1)));
            after = " AND (r.starts_at < ? OR (r.starts_at = ? AND (r.due_at < ? OR (r.due_at = ? AND r.id < ?))))";
            params.addAll(List.of(starts, starts, due, due, parts.get(2)));
        }
        params.add(limit + 1);
        List<Reminder> rows = reminders(
                "r.case_id = ?" + after + " ORDER BY r.starts_at DESC, r.due_at DESC, r.id DESC LIMIT ?", params);
        return Page.ofOverfetched(
                rows,
                limit,
                last -> Cursor.encode(
                        last.startsAt().toInstant().toString(),
                        last.dueAt().toInstant().toString(),
                        last.id()));
    }

    /** Reminders by id, unscoped: the sync feed has already scoped the ids. */
    public List<Reminder> byIds(java.util.Collection<String> ids) {
        return ids.isEmpty()
                ? List.of()
                : reminders("r.id IN (" + SqlLists.placeholders(ids.size()) + ")", new ArrayList<Object>(ids));
    }

    private List<Reminder> reminders(String where, List<Object> params) {
        return jdbc.prepareStatement("""
                SELECT r.*, o.status AS delivery_status, o.channel, o.last_error FROM reminder r
                LEFT JOIN outbox o ON o.notification_id = r.notification_id
                WHERE\s""" + where, ps -> {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<Reminder> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String ack = rs.getString("acknowledgement");
                    out.add(new Reminder(
                            rs.getString("id"),
                            rs.getString("occurrence_id"),
                            rs.getString("case_id"),
                            rs.getString("offset_before"),
                            Times.utc(rs, "starts_at"),
                            Times.utc(rs, "due_at"),
                            Times.utc(rs, "fired_at"),
                            rs.getString("delivery_status"),
                            rs.getString("channel"),
                            rs.getString("last_error"),
                            Times.utc(rs, "acknowledged_at"),
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
            throw ApiException.notFound();
        }
        audit.append(AuditEntry.of(
                caller, AuditAction.APPOINTMENT_CHANGE, caller.caseId(), "reminder:" + reminderId, response.name()));
        return reminders("r.id = ?", List.of(reminderId)).get(0);
    }
}
