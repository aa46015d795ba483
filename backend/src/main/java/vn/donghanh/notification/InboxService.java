package vn.donghanh.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Keyset;
import vn.donghanh.common.Page;
import vn.donghanh.common.SqlLists;
import vn.donghanh.security.Caller;

/** Each account's inbox: only its own notifications, newest first. */
@Singleton
public class InboxService {
    private final JdbcOperations jdbc;
    private final Clock clock;

    public InboxService(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Page<NotificationModels.Notification> list(Caller caller, boolean unreadOnly, String cursor, int limit) {
        List<Object> params = new ArrayList<>(List.of(caller.accountId(), Timestamp.from(clock.instant())));
        // A reminder queued ahead of its due time appears then, not before.
        StringBuilder sql = new StringBuilder("SELECT * FROM notification WHERE account_id = ? AND created_at <= ?");
        if (unreadOnly) {
            sql.append(" AND read_at IS NULL");
        }
        sql.append(Keyset.afterInstant(cursor, "created_at", "id", true, params));
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
        params.add(limit + 1);
        List<NotificationModels.Notification> rows = SqlLists.query(jdbc, sql.toString(), params, InboxService::row);
        return Page.ofOverfetched(
                rows, limit, last -> Cursor.encode(last.createdAt().toInstant().toString(), last.id()));
    }

    /** Notifications by id, unscoped: the sync feed has already limited them to the caller's own. */
    public List<NotificationModels.Notification> byIds(java.util.Collection<String> ids) {
        return SqlLists.byIds(jdbc, "notification", ids, InboxService::row);
    }

    private static NotificationModels.Notification row(ResultSet rs) throws java.sql.SQLException {
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

    @Transactional
    public void markRead(Caller caller, String id) {
        int updated = SqlLists.update(
                jdbc,
                "UPDATE notification SET read_at = COALESCE(read_at, ?) WHERE id = ? AND account_id = ?",
                Arrays.asList(Timestamp.from(clock.instant()), id, caller.accountId()));
        if (updated == 0) {
            throw ApiException.notFound();
        }
    }
}
