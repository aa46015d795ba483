package vn.donghanh.escalation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import vn.donghanh.common.SqlLists;

/** Sets one timestamp column on many rows by id, a statement per thousand ids rather than one per row. */
final class Stamps {
    private static final int IDS = 1000;

    private Stamps() {}

    /** {@code table} and {@code column} are constants of the caller, never input; {@code onlyIfNull} leaves a set stamp alone. */
    static void stamp(
            JdbcOperations jdbc, String table, String column, List<String> ids, Instant at, boolean onlyIfNull) {
        for (int from = 0; from < ids.size(); from += IDS) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + IDS));
            jdbc.prepareStatement(
                    "UPDATE " + table + " SET " + column + " = ? WHERE id IN (" + SqlLists.placeholders(part.size())
                            + ")" + (onlyIfNull ? " AND " + column + " IS NULL" : ""),
                    ps -> {
                        ps.setTimestamp(1, Timestamp.from(at));
                        for (int i = 0; i < part.size(); i++) {
                            ps.setString(i + 2, part.get(i));
                        }
                        return ps.executeUpdate();
                    });
        }
    }
}
