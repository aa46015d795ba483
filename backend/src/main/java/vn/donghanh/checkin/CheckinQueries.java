package vn.donghanh.checkin;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.donghanh.common.CaseRecordId;
import vn.donghanh.common.Keyset;
import vn.donghanh.common.SqlLists;

/** The check-in reads a repository method cannot say: the keyset page of a case's check-ins. */
@Singleton
class CheckinQueries {
    private final JdbcOperations jdbc;

    CheckinQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit + 1} of the case's check-ins after {@code cursor}, newest first (occurredAt, then id). */
    List<CheckinEntity> pageOfCase(String caseId, String cursor, int limit) {
        List<Object> params = new ArrayList<>(List.of(caseId));
        String after = Keyset.afterInstant(cursor, "occurred_at", "id", true, params);
        params.add(limit + 1);
        return SqlLists.query(
                jdbc,
                "SELECT * FROM checkin WHERE case_id = ?" + after + " ORDER BY occurred_at DESC, id DESC LIMIT ?",
                params,
                rs -> jdbc.readEntity(rs, CheckinEntity.class));
    }

    /** The phones' snapshot: the ids of the cases' check-ins that happened at or after {@code since}. */
    List<CaseRecordId> snapshotIds(Collection<String> caseIds, Instant since) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(caseIds);
        params.add(Timestamp.from(since));
        return SqlLists.query(
                jdbc,
                "SELECT case_id, id FROM checkin WHERE case_id IN (" + SqlLists.placeholders(caseIds.size())
                        + ") AND occurred_at >= ?",
                params,
                rs -> new CaseRecordId(rs.getString(1), rs.getString(2)));
    }
}
