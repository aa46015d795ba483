package vn.donghanh.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import vn.donghanh.common.CaseRecordId;
import vn.donghanh.common.Keyset;
import vn.donghanh.common.SqlLists;

/** The inbox's reads and marks of {@code notification}. */
@Singleton
class InboxStore {
    private final JdbcOperations jdbc;

    InboxStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit + 1} of the account's notifications created by {@code now}, newest first, after {@code cursor}. */
    List<NotificationModels.Notification> list(
            String accountId, Instant now, boolean unreadOnly, String cursor, int limit) {
        List<Object> params = new ArrayList<>(List.of(accountId, Timestamp.from(now)));
        // A reminder queued ahead of its due time appears then, not before.
        StringBuilder sql = new StringBuilder("SELECT * FROM notification WHERE account_id = ? AND created_at <= ?");
        if (unreadOnly) {
            sql.append(" AND read_at IS NULL");
        }
        sql.append(Keyset.afterInstant(cursor, "created_at", "id", true, params));
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
        params.add(limit + 1);
        return SqlLists.query(jdbc, sql.toString(), params, InboxStore::row);
    }

    List<NotificationModels.Notification> byIds(Collection<String> ids) {
        return SqlLists.byIds(jdbc, "notification", ids, InboxStore::row);
    }

    /** 0 when the account has no such notification. */
    int markRead(String accountId, String id, Instant at) {
        return SqlLists.update(
                jdbc,
                "UPDATE notification SET read_at = COALESCE(read_at, ?) WHERE id = ? AND account_id = ?",
                Arrays.asList(Timestamp.from(at), id, accountId));
    }

    private static NotificationModels.Notification row(ResultSet rs) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new NotificationModels.Notification(
                rs.getString("id"),
                NotificationKind.valueOf(rs.getString("kind")),
                Notifier.Priority.valueOf(rs.getString("priority")),
                rs.getString("case_id"),
                rs.getString("subject_id"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getTimestamp("created_at").toInstant().atOffset(ZoneOffset.UTC),
                read == null ? null : read.toInstant().atOffset(ZoneOffset.UTC));
    }

    /**
     * The phones' snapshot: up to {@code limit} of the account's notifications created between {@code since} and
     * {@code now}, by id after {@code afterId} (one created ahead, as a reminder queued early, waits until due: V12).
     */
    List<CaseRecordId> snapshotIds(String accountId, Instant since, Instant now, String afterId, int limit) {
        return SqlLists.query(
                jdbc,
                "SELECT case_id, id FROM notification WHERE account_id = ? AND created_at >= ? AND created_at <= ?"
                        + " AND id > ? ORDER BY id LIMIT ?",
                Arrays.asList(accountId, Timestamp.from(since), Timestamp.from(now), afterId, limit),
                rs -> new CaseRecordId(rs.getString(1), rs.getString(2)));
    }

    /**
     * Retention: the words of every notification about the case, or addressed to the person's own account
     * ({@code accountId}, null when they have none), are replaced; kind, priority and times stay for the counts.
     * Their outbox rows keep their delivery state but not the last error, which may quote a number.
     */
    void eraseTexts(String caseId, String accountId, String replacement) {
        String which = accountId == null ? "case_id = ?" : "(case_id = ? OR account_id = ?)";
        List<Object> ids = new ArrayList<>();
        ids.add(caseId);
        if (accountId != null) {
            ids.add(accountId);
        }
        List<Object> params = new ArrayList<>(Arrays.asList(replacement, replacement));
        params.addAll(ids);
        SqlLists.update(jdbc, "UPDATE notification SET title = ?, body = ? WHERE " + which, params);
        SqlLists.update(
                jdbc,
                "UPDATE outbox SET last_error = NULL WHERE last_error IS NOT NULL AND notification_id IN"
                        + " (SELECT id FROM notification WHERE " + which + ")",
                ids);
    }
}
