package vn.donghanh.appointment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.donghanh.common.CaseRecordId;
import vn.donghanh.common.SqlLists;
import vn.donghanh.common.Times;

/**
 * The only code that names {@code appointment_series} and {@code appointment_occurrence} (the reminders'
 * firing query in {@link ReminderStore} aside). Occurrences are read without their place's name, which the
 * organisation feature keeps: {@link AppointmentService} names them, one query per list.
 */
@Singleton
class AppointmentStore {
    private final JdbcOperations jdbc;

    AppointmentStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A series as {@link AppointmentService#extend} needs it. */
    record Extensible(String caseId, LocalDateTime first, String rrule, Instant generatedUntil) {}

    /** A recurring series due for extension, with its case. */
    record Due(String seriesId, String caseId) {}

    void insertSeries(
            String id,
            String caseId,
            AppointmentModels.Type type,
            String placeId,
            LocalDateTime firstStart,
            String rrule,
            int durationMinutes,
            String note,
            Instant generatedUntil,
            String createdBy,
            Instant createdAt) {
        SqlLists.update(
                jdbc,
                """
                INSERT INTO appointment_series (id, case_id, type, place_id, first_start_local, rrule, duration_minutes, note,
                  generated_until, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Arrays.asList(
                        id,
                        caseId,
                        type.name(),
                        placeId,
                        firstStart,
                        rrule,
                        durationMinutes,
                        note,
                        Timestamp.from(generatedUntil),
                        createdBy,
                        Timestamp.from(createdAt)));
    }

    /** The series' case (a series never changes case), or null when there is no such series. */
    String caseOfSeries(String seriesId) {
        return SqlLists.one(
                        jdbc,
                        "SELECT case_id FROM appointment_series WHERE id = ?",
                        List.of(seriesId),
                        rs -> rs.getString(1))
                .orElse(null);
    }

    /** The series, locked for the caller's transaction; empty when it does not exist or was cancelled. */
    Extensible lockForExtension(String seriesId) {
        return SqlLists.query(
                        jdbc,
                        """
                SELECT s.case_id, s.first_start_local, s.rrule, s.generated_until FROM appointment_series s
                WHERE s.id = ? AND s.cancelled_at IS NULL FOR UPDATE""",
                        List.of(seriesId),
                        rs -> new Extensible(
                                rs.getString(1),
                                rs.getObject(2, LocalDateTime.class),
                                rs.getString(3),
                                rs.getTimestamp(4).toInstant()))
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** One row per original start: a start generated before is skipped. */
    void insertOccurrence(String seriesId, String caseId, Instant start) {
        SqlLists.insertOnce(
                jdbc,
                """
                        INSERT INTO appointment_occurrence (id, series_id, case_id, original_starts_at, starts_at, status)
                        VALUES (?, ?, ?, ?, ?, 'SCHEDULED')""",
                Arrays.asList(
                        UUID.randomUUID().toString(), seriesId, caseId, Timestamp.from(start), Timestamp.from(start)));
    }

    void generatedUntil(String seriesId, Instant until) {
        update("UPDATE appointment_series SET generated_until = ? WHERE id = ?", Timestamp.from(until), seriesId);
    }

    List<Due> seriesToExtend(Instant until) {
        return SqlLists.query(
                jdbc, """
                SELECT s.id, s.case_id FROM appointment_series s
                WHERE s.cancelled_at IS NULL AND s.rrule IS NOT NULL AND s.generated_until < ?""", List.of(Timestamp.from(until)), rs -> new Due(rs.getString(1), rs.getString(2)));
    }

    /** Up to {@code limit} occurrences of the case starting in [from, to), in start order. */
    List<AppointmentModels.Occurrence> ofCase(String caseId, Instant from, Instant to, int limit) {
        return occurrences(
                "o.case_id = ? AND o.starts_at >= ? AND o.starts_at < ?" + " ORDER BY o.starts_at, o.id LIMIT " + limit,
                caseId,
                Timestamp.from(from),
                Timestamp.from(to));
    }

    /** The series' occurrences starting at or after {@code from}, in start order. */
    List<AppointmentModels.Occurrence> ofSeriesFrom(String seriesId, Instant from) {
        return occurrences(
                "o.series_id = ? AND o.starts_at >= ? ORDER BY o.starts_at, o.id", seriesId, Timestamp.from(from));
    }

    List<AppointmentModels.Occurrence> occurrencesByIds(Collection<String> ids) {
        return ids.isEmpty()
                ? List.of()
                : occurrences(
                        "o.id IN (" + SqlLists.placeholders(ids.size()) + ")" + " ORDER BY o.starts_at, o.id",
                        ids.toArray());
    }

    AppointmentModels.Occurrence occurrence(String id) {
        List<AppointmentModels.Occurrence> found = occurrences("o.id = ?", id);
        return found.isEmpty() ? null : found.get(0);
    }

    void moveOccurrence(String occurrenceId, Instant at) {
        update("UPDATE appointment_occurrence SET starts_at = ? WHERE id = ?", Timestamp.from(at), occurrenceId);
    }

    void cancelOccurrence(String occurrenceId) {
        update(
                "UPDATE appointment_occurrence SET status = 'CANCELLED', cancel_cause = NULL WHERE id = ?",
                occurrenceId);
    }

    /** The series is cancelled (once: the first time is kept), then its occurrences from {@code now} on. */
    void cancelSeries(String seriesId, Instant at) {
        Timestamp now = Timestamp.from(at);
        update("UPDATE appointment_series SET cancelled_at = COALESCE(cancelled_at, ?) WHERE id = ?", now, seriesId);
        update(
                "UPDATE appointment_occurrence SET status = 'CANCELLED', cancel_cause = NULL"
                        + " WHERE series_id = ? AND starts_at >= ?",
                seriesId,
                now);
    }

    /**
     * The case's occurrences still SCHEDULED from {@code from} on become CANCELLED for {@code cause}. Closing also
     * gives its cause to those a pause cancelled: a closed case does not resume.
     */
    void cancelAheadOfCase(String caseId, Instant from, AppointmentModels.CancelCause cause) {
        Timestamp at = Timestamp.from(from);
        update(
                "UPDATE appointment_occurrence SET status = 'CANCELLED', cancel_cause = ?"
                        + " WHERE case_id = ? AND starts_at >= ? AND status = 'SCHEDULED'",
                cause.name(),
                caseId,
                at);
        if (cause == AppointmentModels.CancelCause.CASE_CLOSED) {
            update(
                    "UPDATE appointment_occurrence SET cancel_cause = ?"
                            + " WHERE case_id = ? AND starts_at >= ? AND cancel_cause = 'CASE_PAUSED'",
                    cause.name(),
                    caseId,
                    at);
        }
    }

    /** Every series of the case is cancelled (one cancelled before keeps its time): none generates again. */
    void cancelSeriesOfCase(String caseId, Instant at) {
        update(
                "UPDATE appointment_series SET cancelled_at = COALESCE(cancelled_at, ?) WHERE case_id = ?",
                Timestamp.from(at),
                caseId);
    }

    /**
     * The series is cancelled because its case moved away from its place: its occurrences still SCHEDULED (or
     * waiting for a resume) from {@code from} on become CANCELLED for CASE_MOVED.
     */
    void cancelSeriesForMove(String seriesId, Instant now, Instant from) {
        update(
                "UPDATE appointment_series SET cancelled_at = COALESCE(cancelled_at, ?) WHERE id = ?",
                Timestamp.from(now),
                seriesId);
        update(
                "UPDATE appointment_occurrence SET status = 'CANCELLED', cancel_cause = 'CASE_MOVED'"
                        + " WHERE series_id = ? AND starts_at >= ?"
                        + " AND (status = 'SCHEDULED' OR cancel_cause = 'CASE_PAUSED')",
                seriesId,
                Timestamp.from(from));
    }

    /** A series not cancelled, with its place. */
    record Running(String seriesId, String placeId) {}

    List<Running> runningSeriesOfCase(String caseId) {
        return SqlLists.query(
                jdbc,
                "SELECT id, place_id FROM appointment_series WHERE case_id = ? AND cancelled_at IS NULL ORDER BY id",
                List.of(caseId),
                rs -> new Running(rs.getString(1), rs.getString(2)));
    }

    /**
     * Resuming: the occurrences a pause cancelled that are still ahead (of series still running) are SCHEDULED
     * again, and each running series generates on from {@code now}, never over the paused stretch.
     */
    void resumeAheadOfCase(String caseId, Instant now) {
        Timestamp at = Timestamp.from(now);
        update("""
                UPDATE appointment_occurrence o JOIN appointment_series s ON s.id = o.series_id
                SET o.status = 'SCHEDULED', o.cancel_cause = NULL
                WHERE o.case_id = ? AND o.cancel_cause = 'CASE_PAUSED' AND o.starts_at >= ? AND s.cancelled_at IS NULL""", caseId, at);
        update(
                "UPDATE appointment_series SET generated_until = GREATEST(generated_until, ?)"
                        + " WHERE case_id = ? AND cancelled_at IS NULL",
                at,
                caseId);
    }

    void attendance(String occurrenceId, AppointmentModels.Attendance attendance, String by, Instant at) {
        update(
                "UPDATE appointment_occurrence SET attendance = ?, attendance_by = ?, attendance_at = ? WHERE id = ?",
                attendance.name(),
                by,
                Timestamp.from(at),
                occurrenceId);
    }

    /** The series without its upcoming occurrences (an empty list the caller fills), or null. */
    AppointmentModels.Series series(String id) {
        return SqlLists.query(
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
    }

    /** The case's series, without their occurrences (empty lists), first start first. */
    List<AppointmentModels.Series> seriesOfCase(String caseId) {
        return SqlLists.query(
                jdbc,
                "SELECT * FROM appointment_series WHERE case_id = ? ORDER BY first_start_local, id",
                List.of(caseId),
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
                        new ArrayList<>()));
    }

    private void update(String sql, Object... params) {
        SqlLists.update(jdbc, sql, Arrays.asList(params));
    }

    /** Occurrences as read, their places still to be named. */
    private List<AppointmentModels.Occurrence> occurrences(String where, Object... params) {
        return SqlLists.query(jdbc, """
                SELECT o.*, s.type, s.place_id, s.duration_minutes
                FROM appointment_occurrence o JOIN appointment_series s ON s.id = o.series_id WHERE\s""" + where, List.of(params), AppointmentStore::row);
    }

    private static AppointmentModels.Occurrence row(ResultSet rs) throws SQLException {
        String attendance = rs.getString("attendance");
        String cause = rs.getString("cancel_cause");
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
                !rs.getTimestamp("starts_at").equals(rs.getTimestamp("original_starts_at")),
                cause == null ? null : AppointmentModels.CancelCause.valueOf(cause));
    }

    /** The phones' snapshot: the cases' occurrences that start at or after {@code since} (the future ones too). */
    List<CaseRecordId> snapshotIds(Collection<String> caseIds, Instant since) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(caseIds);
        params.add(Timestamp.from(since));
        return SqlLists.query(
                jdbc,
                "SELECT case_id, id FROM appointment_occurrence WHERE case_id IN ("
                        + SqlLists.placeholders(caseIds.size()) + ") AND starts_at >= ?",
                params,
                rs -> new CaseRecordId(rs.getString(1), rs.getString(2)));
    }

    /** Retention: the free-text note of the case's appointment series goes; type, place and times stay. */
    void eraseNotes(String caseId) {
        SqlLists.update(
                jdbc,
                "UPDATE appointment_series SET note = NULL WHERE case_id = ? AND note IS NOT NULL",
                Arrays.asList(caseId));
    }
}
