package vn.donghanh.contact;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.donghanh.common.CaseRecordId;
import vn.donghanh.common.SqlLists;

/** Tuned reads of the contact log for many cases at once. */
@Singleton
public class ContactQueries {
    private final JdbcOperations jdbc;

    public ContactQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Per case, when each logged contact happened (the records a mentor-contact plan is satisfied by). */
    public Map<String, List<Instant>> occurredAt(Collection<String> caseIds) {
        Map<String, List<Instant>> out = new HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        SqlLists.forEach(
                jdbc,
                "SELECT case_id, occurred_at FROM contact_log WHERE case_id IN ("
                        + SqlLists.placeholders(caseIds.size()) + ")",
                new ArrayList<>(caseIds),
                rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(rs.getTimestamp(2).toInstant()));
        return out;
    }

    /** Per case, when each contact logged at or after {@code from} was received. */
    public Map<String, List<Instant>> receivedSince(Collection<String> caseIds, Instant from) {
        Map<String, List<Instant>> out = new HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        List<Object> params = new ArrayList<>(List.of(Timestamp.from(from)));
        params.addAll(caseIds);
        SqlLists.forEach(
                jdbc,
                "SELECT case_id, received_at FROM contact_log WHERE received_at >= ? AND case_id IN ("
                        + SqlLists.placeholders(caseIds.size()) + ")",
                params,
                rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(rs.getTimestamp(2).toInstant()));
        return out;
    }

    /** The phones' snapshot: the ids of the cases' contact logs that happened at or after {@code since}. */
    public List<CaseRecordId> snapshotIds(Collection<String> caseIds, Instant since) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(caseIds);
        params.add(Timestamp.from(since));
        return SqlLists.query(
                jdbc,
                "SELECT case_id, id FROM contact_log WHERE case_id IN (" + SqlLists.placeholders(caseIds.size())
                        + ") AND occurred_at >= ?",
                params,
                rs -> new CaseRecordId(rs.getString(1), rs.getString(2)));
    }
}
