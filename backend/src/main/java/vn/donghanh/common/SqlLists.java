package vn.donghanh.common;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one home for running a statement through {@link JdbcOperations}: bind the parameters in
 * order ({@link #query}, {@link #one}, {@link #forEach}, {@link #update}, {@link #insertOnce},
 * {@link #batch}), the slices of long id lists ({@link #chunks}), and the "?" lists of IN
 * clauses and multi-row INSERTs, whose length is only known at run time.
 */
public final class SqlLists {
    private SqlLists() {}

    /** {@code ?,?,?} for {@code n} values. */
    public static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    /** {@code values} in consecutive slices of at most {@code size}: an IN list per slice stays within the server's limits. */
    public static <T> List<List<T>> chunks(List<T> values, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < values.size(); from += size) {
            out.add(values.subList(from, Math.min(values.size(), from + size)));
        }
        return out;
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
        return new HashSet<>(query(
                jdbc,
                "SELECT id FROM " + table + " WHERE id IN (" + placeholders(params.size()) + ")",
                params,
                rs -> rs.getString(1)));
    }

    /** Reads one row of a result set into a record. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql} with {@code params} bound in order and reads every row: the loop each query repeated. */
    public static <T> List<T> query(JdbcOperations jdbc, String sql, List<?> params, RowReader<T> reader) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
            return out;
        });
    }

    /** Reads the current row of a result set into a map, a set or a running total. */
    @FunctionalInterface
    public interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code sql} with {@code params} bound in order and reads the first row, if any (the rest
     * are not read: a query that can match several rows says which one with ORDER BY ... LIMIT 1).
     */
    public static <T> Optional<T> one(JdbcOperations jdbc, String sql, List<?> params, RowReader<T> reader) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(reader.read(rs)) : Optional.<T>empty();
            }
        });
    }

    /** Runs {@code sql} with {@code params} bound in order and hands every row to {@code handler}. */
    public static void forEach(JdbcOperations jdbc, String sql, List<?> params, RowHandler handler) {
        jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
            return null;
        });
    }

    /** Runs the INSERT, UPDATE or DELETE {@code sql} with {@code params} bound in order: the rows it changed. */
    public static int update(JdbcOperations jdbc, String sql, List<?> params) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            return ps.executeUpdate();
        });
    }

    /**
     * As {@link #update}, for a write a unique key may refuse: {@link #DUPLICATE} when the key was
     * already taken (another request won a race the caller's own check could not see). A duplicate
     * key fails only the statement on MySQL and MariaDB; the caller decides what the transaction does.
     */
    public static int updateUnlessDuplicate(JdbcOperations jdbc, String sql, List<?> params) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            try {
                return ps.executeUpdate();
            } catch (java.sql.SQLIntegrityConstraintViolationException e) {
                if (e.getErrorCode() == DUPLICATE_KEY) return DUPLICATE;
                throw e;
            }
        });
    }

    /** What {@link #updateUnlessDuplicate} answers when a unique key refused the row. */
    public static final int DUPLICATE = -1;

    private static final int DUPLICATE_KEY = 1062;

    /**
     * Runs {@code sql} once for each parameter list of {@code rows}, bound in order, as one JDBC
     * batch: the rows each one changed.
     */
    public static int[] batch(JdbcOperations jdbc, String sql, List<? extends List<?>> rows) {
        return jdbc.prepareStatement(sql, ps -> {
            for (List<?> params : rows) {
                bind(ps, params);
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    /**
     * Runs an INSERT guarded by a unique key with {@code params} bound in order: 1 when this call
     * inserted, 0 when the row existed ({@link Inserts#insertOnce}).
     */
    public static int insertOnce(JdbcOperations jdbc, String sql, List<?> params) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            return Inserts.insertOnce(ps);
        });
    }

    /**
     * {@code setObject} for every parameter: the driver picks the SQL type from the Java one
     * (String, Integer, Long, Boolean, byte[], Timestamp, LocalDate), and a null is sent as SQL NULL
     * whatever the column, as {@code setNull} would.
     */
    private static void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
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
