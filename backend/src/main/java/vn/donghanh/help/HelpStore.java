package vn.donghanh.help;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import vn.donghanh.casefile.CaseScope;
import vn.donghanh.common.CaseRecordId;
import vn.donghanh.common.Keyset;
import vn.donghanh.common.SqlLists;
import vn.donghanh.common.Stamps;
import vn.donghanh.common.Times;

/** The only code that names {@code help_request}. */
@Singleton
class HelpStore {
    private final JdbcOperations jdbc;

    HelpStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<HelpService.Unanswered> claimUnanswered(Instant createdBefore, int limit) {
        return SqlLists.query(
                jdbc,
                """
                SELECT id, case_id FROM help_request
                WHERE acknowledged_at IS NULL AND resolved_at IS NULL AND escalated_at IS NULL AND created_at <= ?
                ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED""",
                Arrays.asList(Timestamp.from(createdBefore), limit),
                rs -> new HelpService.Unanswered(rs.getString(1), rs.getString(2)));
    }

    void markEscalated(List<String> ids, Instant at) {
        Stamps.stamp(jdbc, "help_request", "escalated_at", ids, at, false);
    }

    void insert(String id, String caseId, HelpModels.Category category, String note, Instant at) {
        SqlLists.update(
                jdbc,
                "INSERT INTO help_request (id, case_id, category, note, created_at) VALUES (?, ?, ?, ?, ?)",
                Arrays.asList(id, caseId, category.name(), note, Timestamp.from(at)));
    }

    /** The request went straight to the officers (the case has no mentor). */
    void escalatedAt(String id, Instant at) {
        SqlLists.update(
                jdbc, "UPDATE help_request SET escalated_at = ? WHERE id = ?", Arrays.asList(Timestamp.from(at), id));
    }

    void acknowledge(String id, String by, Instant at) {
        SqlLists.update(
                jdbc,
                "UPDATE help_request SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ? AND acknowledged_at IS NULL",
                Arrays.asList(Timestamp.from(at), by, id));
    }

    /** 0 when the request was resolved already. */
    int resolve(String id, String by, String note, Instant at) {
        return SqlLists.update(jdbc, """
                UPDATE help_request SET resolved_at = ?, resolved_by = ?, resolution_note = ?,
                  acknowledged_at = COALESCE(acknowledged_at, ?), acknowledged_by = COALESCE(acknowledged_by, ?)
                WHERE id = ? AND resolved_at IS NULL""", Arrays.asList(Timestamp.from(at), by, note, Timestamp.from(at), by, id));
    }

    /** Up to {@code limit + 1} of the case's requests after {@code cursor}, newest first. */
    List<HelpModels.HelpRequest> forCase(String caseId, String cursor, int limit) {
        List<Object> params = new ArrayList<>(List.of(caseId));
        String after = Keyset.afterInstant(cursor, "created_at", "id", true, params);
        params.add(limit + 1);
        return SqlLists.query(
                jdbc,
                "SELECT * FROM help_request WHERE case_id = ?" + after + " ORDER BY created_at DESC, id DESC LIMIT ?",
                params,
                HelpStore::row);
    }

    /** Up to {@code limit + 1} unresolved requests of the scope's cases after {@code cursor}, longest waiting first. */
    List<HelpModels.HelpRequest> open(CaseScope scope, String cursor, int limit) {
        List<Object> params = new ArrayList<>(scope.params());
        String after = Keyset.afterInstant(cursor, "created_at", "id", false, params);
        params.add(limit + 1);
        return SqlLists.query(
                jdbc,
                "SELECT * FROM help_request WHERE resolved_at IS NULL AND case_id IN (" + scope.caseIds() + ")" + after
                        + " ORDER BY created_at, id LIMIT ?",
                params,
                HelpStore::row);
    }

    /** The requests of these cases made in [from, to): case, when asked, when first answered by a person. */
    List<HelpService.AskedAndAnswered> askedBetween(Collection<String> caseIds, Instant from, Instant to) {
        List<HelpService.AskedAndAnswered> out = new ArrayList<>();
        for (List<String> part : SqlLists.chunks(List.copyOf(caseIds), 1000)) {
            List<Object> params = new ArrayList<>(part);
            params.add(Timestamp.from(from));
            params.add(Timestamp.from(to));
            out.addAll(SqlLists.query(
                    jdbc,
                    "SELECT case_id, created_at, acknowledged_at FROM help_request WHERE case_id IN ("
                            + SqlLists.placeholders(part.size()) + ") AND created_at >= ? AND created_at < ?",
                    params,
                    rs -> new HelpService.AskedAndAnswered(
                            rs.getString(1),
                            rs.getTimestamp(2).toInstant(),
                            rs.getTimestamp(3) == null
                                    ? null
                                    : rs.getTimestamp(3).toInstant())));
        }
        return out;
    }

    List<HelpModels.HelpRequest> byIds(Collection<String> ids) {
        return SqlLists.byIds(jdbc, "help_request", ids, HelpStore::row);
    }

    HelpModels.HelpRequest find(String id) {
        return SqlLists.one(jdbc, "SELECT * FROM help_request WHERE id = ?", Arrays.asList(id), HelpStore::row)
                .orElse(null);
    }

    private static HelpModels.HelpRequest row(ResultSet rs) throws SQLException {
        return new HelpModels.HelpRequest(
                rs.getString("id"),
                rs.getString("case_id"),
                HelpModels.Category.valueOf(rs.getString("category")),
                rs.getString("note"),
                Times.utc(rs, "created_at"),
                Times.utc(rs, "escalated_at"),
                Times.utc(rs, "acknowledged_at"),
                rs.getString("acknowledged_by"),
                Times.utc(rs, "resolved_at"),
                rs.getString("resolution_note"));
    }

    /** The phones' snapshot: the cases' help requests still open, and those asked at or after {@code since}. */
    List<CaseRecordId> snapshotIds(Collection<String> caseIds, Instant since) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(caseIds);
        params.add(Timestamp.from(since));
        return SqlLists.query(
                jdbc,
                "SELECT case_id, id FROM help_request WHERE case_id IN (" + SqlLists.placeholders(caseIds.size())
                        + ") AND (resolved_at IS NULL OR created_at >= ?)",
                params,
                rs -> new CaseRecordId(rs.getString(1), rs.getString(2)));
    }

    /** Retention: what the person wrote when asking for help, and how it was resolved, go; the times stay. */
    void eraseNotes(String caseId) {
        SqlLists.update(
                jdbc,
                "UPDATE help_request SET note = NULL, resolution_note = NULL WHERE case_id = ?",
                Arrays.asList(caseId));
    }
}
