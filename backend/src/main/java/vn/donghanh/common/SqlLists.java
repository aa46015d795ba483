package vn.donghanh.common;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The "?" lists of IN clauses and multi-row INSERTs, whose length is only known at run time. */
public final class SqlLists {
    private SqlLists() {}

    /** {@code ?,?,?} for {@code n} values. */
    public static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    /** {@code row,row,row}: {@code count} copies of one VALUES row such as {@code (?,?,'PENDING',?)}. */
    public static String rows(int count, String row) {
        return String.join(",", Collections.nCopies(count, row));
    }

    /**
     * Which of {@code ids} exist in {@code table} (a constant, never input): after a multi-row
     * INSERT ... ON DUPLICATE KEY UPDATE, the rows carrying this call's own ids are the new ones.
     */
    public static Set<String> existingIds(JdbcOperations jdbc, String table, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<String> params = List.copyOf(ids);
        return jdbc.prepareStatement(
                "SELECT id FROM " + table + " WHERE id IN (" + placeholders(params.size()) + ")", ps -> {
                    for (int i = 0; i < params.size(); i++) {
                        ps.setString(i + 1, params.get(i));
                    }
                    Set<String> out = new HashSet<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getString(1));
                        }
                    }
                    return out;
                });
    }

    /** Reads one row of a result set into a record. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws java.sql.SQLException;
    }

    /** Runs {@code sql} with {@code params} bound in order and reads every row: the loop each query repeated. */
    public static <T> List<T> query(JdbcOperations jdbc, String sql, List<?> params, RowReader<T> reader) {
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<T> out = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
            return out;
        });
    }

    /** The rows of {@code table} (a constant, never input) with these ids, in no particular order. */
    public static <T> List<T> byIds(JdbcOperations jdbc, String table, Collection<String> ids, RowReader<T> reader) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> params = List.copyOf(ids);
        return query(
                jdbc, "SELECT * FROM " + table + " WHERE id IN (" + placeholders(params.size()) + ")", params, reader);
    }
}
