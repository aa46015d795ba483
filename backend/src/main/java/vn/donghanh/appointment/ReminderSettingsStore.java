package vn.donghanh.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.donghanh.common.SqlLists;

/** The only code with {@code reminder_setting} SQL: a person's own channel, offsets and quiet hours. */
@Singleton
class ReminderSettingsStore {
    private final JdbcOperations jdbc;

    ReminderSettingsStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** What is stored for a case; empty when the defaults apply. */
    record Stored(
            ReminderModels.Channel channel,
            @Nullable List<Duration> offsets,
            @Nullable LocalTime quietFrom,
            @Nullable LocalTime quietUntil,
            Instant updatedAt) {}

    void save(
            String caseId,
            ReminderModels.Channel channel,
            @Nullable List<Duration> offsets,
            @Nullable LocalTime from,
            @Nullable LocalTime until,
            Instant at,
            String by) {
        String joined = offsets == null
                ? null
                : String.join(",", offsets.stream().map(Duration::toString).toList());
        jdbc.prepareStatement("""
                INSERT INTO reminder_setting (case_id, channel, offsets, quiet_from, quiet_until, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE channel = VALUES(channel), offsets = VALUES(offsets), quiet_from = VALUES(quiet_from),
                  quiet_until = VALUES(quiet_until), updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)""", ps -> {
            ps.setString(1, caseId);
            ps.setString(2, channel.name());
            ps.setString(3, joined);
            ps.setTime(4, from == null ? null : Time.valueOf(from));
            ps.setTime(5, until == null ? null : Time.valueOf(until));
            ps.setTimestamp(6, Timestamp.from(at));
            ps.setString(7, by);
            return ps.executeUpdate();
        });
    }

    /** The case's chosen channel, if it has settings. */
    Optional<ReminderModels.Channel> channel(String caseId) {
        return SqlLists.query(
                        jdbc,
                        "SELECT channel FROM reminder_setting WHERE case_id = ?",
                        List.of(caseId),
                        rs -> "SMS".equals(rs.getString(1)) ? ReminderModels.Channel.SMS : ReminderModels.Channel.APP)
                .stream()
                .findFirst();
    }

    /** The SMS consent was withdrawn: the channel goes back to the app, the rest of the settings stay. */
    boolean smsToApp(String caseId, Instant at) {
        return vn.donghanh.common.SqlLists.update(
                        jdbc,
                        "UPDATE reminder_setting SET channel = 'APP', updated_at = ? WHERE case_id = ? AND channel = 'SMS'",
                        java.util.Arrays.asList(java.sql.Timestamp.from(at), caseId))
                == 1;
    }

    Optional<Stored> stored(String caseId) {
        return SqlLists.query(
                        jdbc,
                        "SELECT * FROM reminder_setting WHERE case_id = ?",
                        List.of(caseId),
                        rs -> new Stored(
                                ReminderModels.Channel.valueOf(rs.getString("channel")),
                                parseOffsets(rs.getString("offsets")),
                                localTime(rs.getTime("quiet_from")),
                                localTime(rs.getTime("quiet_until")),
                                rs.getTimestamp("updated_at").toInstant()))
                .stream()
                .findFirst();
    }

    /** The stored comma-separated ISO-8601 offsets; null when the person chose none. */
    static List<Duration> parseOffsets(String joined) {
        if (joined == null || joined.isBlank()) {
            return null;
        }
        return Arrays.stream(joined.split(","))
                .map(String::trim)
                .map(Duration::parse)
                .toList();
    }

    private static LocalTime localTime(Time t) {
        return t == null ? null : t.toLocalTime();
    }
}
