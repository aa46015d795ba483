package vn.donghanh.common;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Sets one timestamp column on many rows by id, a statement per thousand ids rather than one per row. */
public final class Stamps {
    private static final int IDS = 1000;

    private Stamps() {}

    /** {@code table} and {@code column} are constants of the caller, never input; {@code onlyIfNull} leaves a set stamp alone. */
    public static void stamp(
            JdbcOperations jdbc, String table, String column, List<String> ids, Instant at, boolean onlyIfNull) {
        for (List<String> part : SqlLists.chunks(ids, IDS)) {
            List<Object> params = new ArrayList<>(List.of(Timestamp.from(at)));
            params.addAll(part);
            SqlLists.update(
                    jdbc,
                    "UPDATE " + table + " SET " + column + " = ? WHERE id IN (" + SqlLists.placeholders(part.size())
                            + ")" + (onlyIfNull ? " AND " + column + " IS NULL" : ""),
                    params);
        }
    }
}
