package vn.donghanh.checkin;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
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
}
