package vn.donghanh.message;

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
import vn.donghanh.common.ApiException;
import vn.donghanh.common.CaseRecordId;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Page;
import vn.donghanh.common.SqlLists;

/** The only code that names {@code message}. */
@Singleton
class MessageStore {
    private final JdbcOperations jdbc;

    MessageStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String id, String caseId, String senderId, String recipientId, String body, Instant at) {
        SqlLists.update(
                jdbc,
                "INSERT INTO message (id, case_id, sender_id, recipient_id, body, sent_at) VALUES (?, ?, ?, ?, ?, ?)",
                Arrays.asList(id, caseId, senderId, recipientId, body, Timestamp.from(at)));
    }

    /** One page of the messages between {@code accountId} and {@code otherId} about the case, after {@code cursor}. */
    Page<MessageModels.Message> conversation(
            String caseId, String accountId, String otherId, String cursor, int limit) {
        List<Object> params = new ArrayList<>(List.of(caseId, accountId, otherId, otherId, accountId));
        String after = "";
        if (cursor != null) {
            List<String> parts = Cursor.decode(cursor, 2);
            Timestamp at = Timestamp.from(Cursor.instant(parts.get(0)));
            long seq;
            try {
                seq = Long.parseLong(parts.get(1));
            } catch (NumberFormatException e) {
                throw ApiException.badField("cursor", "is not a cursor this list issued");
            }
            after = " AND (sent_at > ? OR (sent_at = ? AND seq > ?))";
            params.add(at);
            params.add(at);
            params.add(seq);
        }
        params.add(limit + 1);
        List<MessageModels.Message> rows = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        SqlLists.forEach(jdbc, """
                SELECT * FROM message WHERE case_id = ?
                  AND ((sender_id = ? AND recipient_id = ?) OR (sender_id = ? AND recipient_id = ?))""" + after + " ORDER BY sent_at, seq LIMIT ?", params, rs -> {
            rows.add(row(rs));
            seqs.add(rs.getLong("seq"));
        });
        boolean more = rows.size() > limit;
        List<MessageModels.Message> page = more ? rows.subList(0, limit) : rows;
        MessageModels.Message last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page<>(
                List.copyOf(page),
                more
                        ? Cursor.encode(last.sentAt().toInstant().toString(), Long.toString(seqs.get(page.size() - 1)))
                        : null);
    }

    /** A message as the escalation scan needs it: to whom, about which case, when. */
    record Sent(String caseId, String recipientId, Instant at) {}

    /** The messages about these cases sent at or after {@code from}. */
    List<Sent> sentSince(Collection<String> caseIds, Instant from) {
        List<Object> params = new ArrayList<>(List.of(Timestamp.from(from)));
        params.addAll(caseIds);
        return SqlLists.query(
                jdbc,
                "SELECT case_id, recipient_id, sent_at FROM message WHERE sent_at >= ? AND case_id IN ("
                        + SqlLists.placeholders(caseIds.size()) + ")",
                params,
                rs -> new Sent(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
    }

    void markRead(String id, Instant at) {
        SqlLists.update(
                jdbc,
                "UPDATE message SET read_at = COALESCE(read_at, ?) WHERE id = ?",
                Arrays.asList(Timestamp.from(at), id));
    }

    List<MessageModels.Message> byIds(Collection<String> ids) {
        return SqlLists.byIds(jdbc, "message", ids, MessageStore::row);
    }

    MessageModels.Message find(String id) {
        return SqlLists.one(jdbc, "SELECT * FROM message WHERE id = ?", Arrays.asList(id), MessageStore::row)
                .orElse(null);
    }

    private static MessageModels.Message row(ResultSet rs) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new MessageModels.Message(
                rs.getString("id"),
                rs.getString("case_id"),
                rs.getString("sender_id"),
                rs.getString("recipient_id"),
                rs.getString("body"),
                rs.getTimestamp("sent_at").toInstant().atOffset(ZoneOffset.UTC),
                read == null ? null : read.toInstant().atOffset(ZoneOffset.UTC));
    }

    /** The phones' snapshot: the account's messages (sent or received) about these cases since {@code since}. */
    List<CaseRecordId> snapshotIds(Collection<String> caseIds, String accountId, Instant since) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(caseIds);
        params.add(Timestamp.from(since));
        params.add(accountId);
        params.add(accountId);
        return SqlLists.query(
                jdbc,
                "SELECT case_id, id FROM message WHERE case_id IN (" + SqlLists.placeholders(caseIds.size())
                        + ") AND sent_at >= ? AND (sender_id = ? OR recipient_id = ?)",
                params,
                rs -> new CaseRecordId(rs.getString(1), rs.getString(2)));
    }

    /** Retention: every message body of the case is replaced; who wrote to whom and when stays. */
    void eraseBodies(String caseId, String replacement) {
        SqlLists.update(jdbc, "UPDATE message SET body = ? WHERE case_id = ?", Arrays.asList(replacement, caseId));
    }
}
