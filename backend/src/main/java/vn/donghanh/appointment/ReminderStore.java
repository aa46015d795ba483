package vn.donghanh.appointment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.donghanh.common.CaseRecordId;
import vn.donghanh.common.SqlLists;
import vn.donghanh.common.Times;

/**
 * The only code with reminder SQL ({@code reminder}, {@code reminder_queued}): what the firing engine walks and
 * writes, and what the endpoints and the sync feed read. Runs in the caller's transaction.
 */
@Singleton
class ReminderStore {
    private final JdbcOperations jdbc;

    ReminderStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A scheduled occurrence not yet fully queued at its current start time. */
    record Scheduled(String id, Instant startsAt) {}

    /** An occurrence of a page with what its reminders need: whom, when, where, in which words, on which channel. */
    record Due(
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
    record Firing(Due due, Duration offset, Instant dueAt, String reminderId, String notificationId) {}

    /**
     * One page of scheduled occurrences in the window, in start order: a walk of ix_occurrence_due
     * alone, so a page costs the same on the methadone morning as on a quiet day (joined in one
     * query, the optimizer may sort every occurrence in the window for each page).
     */
    List<Scheduled> scheduledPage(Instant now, Instant horizon, Instant afterStart, String afterId, int page) {
        // The keyset (starts_at, id) > (afterStart, afterId) as two ranges the index can seek to: the
        // rest of the last start time, then the later ones. As one OR, the whole window is scanned
        // from its start for every page, and a morning where all doses start at 07:30 is one start time.
        List<Scheduled> out = new ArrayList<>();
        if (afterStart.isAfter(now)) {
            out.addAll(scheduledWhere("o.starts_at = ? AND o.id > ?", Timestamp.from(afterStart), afterId, page));
        }
        if (out.size() < page) {
            out.addAll(scheduledWhere(
                    "o.starts_at > ? AND o.starts_at <= ?",
                    Timestamp.from(afterStart),
                    Timestamp.from(horizon),
                    page - out.size()));
        }
        return out;
    }

    private List<Scheduled> scheduledWhere(String range, Timestamp from, Object second, int limit) {
        return SqlLists.query(
                jdbc,
                "SELECT o.id, o.starts_at FROM appointment_occurrence o "
                        + "LEFT JOIN reminder_queued q ON q.occurrence_id = o.id AND q.starts_at = o.starts_at "
                        + "WHERE o.status = 'SCHEDULED' AND q.occurrence_id IS NULL AND " + range
                        + " ORDER BY o.starts_at, o.id LIMIT ?",
                List.of(from, second, limit),
                rs -> new Scheduled(rs.getString(1), rs.getTimestamp(2).toInstant()));
    }

    /**
     * Of a page of occurrences, those of open cases whose person can be reached: through the app
     * (an activated login) or by SMS (their reminder channel says so).
     */
    List<Due> upcoming(List<Scheduled> scheduled) {
        // STRAIGHT_JOIN: from the page's occurrences outwards; with one clinic the optimizer would
        // otherwise start from it and scan every series.
        return SqlLists.query(
                jdbc,
                """
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
                ORDER BY o.starts_at, o.id""",
                scheduled.stream().map(Scheduled::id).toList(),
                ReminderStore::due);
    }

    private static Due due(ResultSet rs) throws SQLException {
        Time from = rs.getTime(11);
        Time until = rs.getTime(12);
        return new Due(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getTimestamp(4).toInstant(),
                AppointmentModels.Type.valueOf(rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                ZoneId.of(rs.getString(8)),
                rs.getString(9),
                ReminderSettingsStore.parseOffsets(rs.getString(10)),
                from == null ? null : from.toLocalTime(),
                until == null ? null : until.toLocalTime(),
                "SMS".equals(rs.getString(13)) ? "SMS" : "PUSH");
    }

    /** The keys ({@link #keyOf}) of the reminders already fired for the firings' occurrences. */
    Set<String> firedAlready(List<Firing> firings) {
        List<String> occurrences =
                firings.stream().map(f -> f.due().occurrenceId()).distinct().toList();
        if (occurrences.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(SqlLists.query(
                jdbc,
                "SELECT occurrence_id, offset_before, starts_at FROM reminder WHERE occurrence_id IN ("
                        + SqlLists.placeholders(occurrences.size()) + ")",
                occurrences,
                rs -> keyOf(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant())));
    }

    /** A reminder's natural key: one per occurrence, offset and start time. */
    static String keyOf(String occurrenceId, String offset, Instant startsAt) {
        return occurrenceId + "|" + offset + "|" + startsAt;
    }

    /**
     * Writes the firings' reminders, each with the id its notification will have (so it needs no update); a key
     * that exists already is left alone.
     *
     * @return the ids of the reminders this call created
     */
    Set<String> insert(List<Firing> firings, Instant firedAt) {
        Timestamp at = Timestamp.from(firedAt);
        List<Object> params = new ArrayList<>(firings.size() * 9);
        for (Firing f : firings) {
            params.add(f.reminderId());
            params.add(f.due().occurrenceId());
            params.add(f.due().caseId());
            params.add(f.due().personId());
            params.add(f.offset().toString());
            params.add(Timestamp.from(f.due().startsAt()));
            params.add(Timestamp.from(f.dueAt()));
            params.add(at);
            params.add(f.notificationId());
        }
        update(
                "INSERT INTO reminder (id, occurrence_id, case_id, account_id, offset_before, starts_at, due_at, fired_at,"
                        + " notification_id) VALUES " + SqlLists.rows(firings.size(), "(?,?,?,?,?,?,?,?,?)")
                        + " ON DUPLICATE KEY UPDATE id = id",
                params);
        // ON DUPLICATE KEY UPDATE cannot say which rows were new: those carrying this call's ids are.
        return SqlLists.existingIds(
                jdbc, "reminder", firings.stream().map(Firing::reminderId).toList());
    }

    /** Remembers the occurrences with nothing left to queue at their current start time. */
    void markQueued(List<Due> done) {
        if (done.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(done.size() * 2);
        for (Due d : done) {
            params.add(d.occurrenceId());
            params.add(Timestamp.from(d.startsAt()));
        }
        update(
                "INSERT INTO reminder_queued (occurrence_id, starts_at) VALUES "
                        + SqlLists.rows(done.size(), "(?,?)")
                        + " ON DUPLICATE KEY UPDATE starts_at = VALUES(starts_at)",
                params);
    }

    /** Forgets which of the case's occurrences were fully queued, so the next run walks them again. */
    void forgetQueued(String caseId) {
        update(
                "DELETE q FROM reminder_queued q JOIN appointment_occurrence o ON o.id = q.occurrence_id "
                        + "WHERE o.case_id = ?",
                List.of(caseId));
    }

    /** The notifications of the occurrence's reminders still due after {@code now} (queued ahead, not shown). */
    List<String> queuedNotificationsOfOccurrence(String occurrenceId, Instant now) {
        return SqlLists.query(
                jdbc,
                "SELECT r.notification_id FROM reminder r WHERE r.due_at > ? AND r.occurrence_id = ?",
                List.of(Timestamp.from(now), occurrenceId),
                rs -> rs.getString(1));
    }

    /** {@link #queuedNotificationsOfOccurrence} for every occurrence of a case. */
    List<String> queuedNotificationsOfCase(String caseId, Instant now) {
        return SqlLists.query(
                jdbc,
                "SELECT r.notification_id FROM reminder r WHERE r.due_at > ? AND r.case_id = ?",
                List.of(Timestamp.from(now), caseId),
                rs -> rs.getString(1));
    }

    /** {@link #queuedNotificationsOfOccurrence} for every occurrence of a series. */
    List<String> queuedNotificationsOfSeries(String seriesId, Instant now) {
        return SqlLists.query(
                jdbc,
                "SELECT r.notification_id FROM reminder r WHERE r.due_at > ? "
                        + "AND r.occurrence_id IN (SELECT o.id FROM appointment_occurrence o WHERE o.series_id = ?)",
                List.of(Timestamp.from(now), seriesId),
                rs -> rs.getString(1));
    }

    /**
     * Takes back queued reminders with their notifications: outbox first (it references the notification), then the
     * reminder, then the notification.
     */
    void withdraw(List<String> notifications) {
        for (String sql : List.of(
                "DELETE FROM outbox WHERE notification_id = ? AND status = 'PENDING'",
                "DELETE FROM reminder WHERE notification_id = ?",
                "DELETE FROM notification WHERE id = ? AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.notification_id = notification.id)")) {
            SqlLists.batch(jdbc, sql, notifications.stream().map(List::of).toList());
        }
    }

    /** One page of the case's reminders after the cursor's (startsAt, dueAt, id), newest first; {@code limit + 1} rows. */
    List<ReminderModels.Reminder> pageOfCase(String caseId, List<String> cursor, int limit) {
        List<Object> params = new ArrayList<>(List.of(caseId));
        String after = "";
        if (cursor != null) {
            Timestamp starts = Timestamp.from(vn.donghanh.common.Cursor.instant(cursor.get(0)));
            Timestamp due = Timestamp.from(vn.donghanh.common.Cursor.instant(cursor.get(1)));
            after = " AND (r.starts_at < ? OR (r.starts_at = ? AND (r.due_at < ? OR (r.due_at = ? AND r.id < ?))))";
            params.addAll(List.of(starts, starts, due, due, cursor.get(2)));
        }
        params.add(limit + 1);
        return reminders(
                "r.case_id = ?" + after + " ORDER BY r.starts_at DESC, r.due_at DESC, r.id DESC LIMIT ?", params);
    }

    List<ReminderModels.Reminder> byIds(Collection<String> ids) {
        return ids.isEmpty()
                ? List.of()
                : reminders("r.id IN (" + SqlLists.placeholders(ids.size()) + ")", new ArrayList<Object>(ids));
    }

    /** Records the person's answer to their own reminder; false when it is not theirs or does not exist. */
    boolean acknowledge(String reminderId, String accountId, ReminderModels.Acknowledgement response, Instant at) {
        return update(
                        "UPDATE reminder SET acknowledged_at = ?, acknowledgement = ? WHERE id = ? AND account_id = ?",
                        List.of(Timestamp.from(at), response.name(), reminderId, accountId))
                > 0;
    }

    private List<ReminderModels.Reminder> reminders(String where, List<Object> params) {
        return SqlLists.query(jdbc, """
                SELECT r.*, o.status AS delivery_status, o.channel, o.last_error FROM reminder r
                LEFT JOIN outbox o ON o.notification_id = r.notification_id
                WHERE\s""" + where, params, ReminderStore::reminder);
    }

    private static ReminderModels.Reminder reminder(ResultSet rs) throws SQLException {
        String ack = rs.getString("acknowledgement");
        return new ReminderModels.Reminder(
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
                ack == null ? null : ReminderModels.Acknowledgement.valueOf(ack));
    }

    private int update(String sql, List<?> params) {
        return SqlLists.update(jdbc, sql, params);
    }

    /**
     * The phones' snapshot: the cases' reminders due between {@code since} and {@code now}; one queued ahead
     * (due later) stays hidden until it is due (V12), when the feed delivers it.
     */
    List<CaseRecordId> snapshotIds(Collection<String> caseIds, Instant since, Instant now) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(caseIds);
        params.add(Timestamp.from(since));
        params.add(Timestamp.from(now));
        return SqlLists.query(
                jdbc,
                "SELECT case_id, id FROM reminder WHERE case_id IN (" + SqlLists.placeholders(caseIds.size())
                        + ") AND due_at >= ? AND due_at <= ?",
                params,
                rs -> new CaseRecordId(rs.getString(1), rs.getString(2)));
    }
}
