package vn.donghanh.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of one table streamed into multi-row INSERTs of {@link #CHUNK} rows, committed every few
 * statements, so millions of rows go in without holding them in memory. Counts the rows and the
 * time spent per table, for the benchmark's seeding report.
 */
final class BulkRows implements AutoCloseable {
    static final int CHUNK = 1000;
    private static final int STATEMENTS_PER_COMMIT = 10;

    /** Rows and seconds per table over the whole seeding, in the order tables were first written. */
    static final Map<String, long[]> ROWS_AND_NANOS = new LinkedHashMap<>();

    private final Connection c;
    private final String table;
    private final String columnList;
    private final int columns;
    private final String fullSql;
    private final List<Object[]> pending = new ArrayList<>(CHUNK);
    private int statements;
    private long rows;
    private long nanos;

    /** {@code columns} as in an INSERT: "id, case_id, ...". */
    BulkRows(Connection c, String table, String columns) throws SQLException {
        this.c = c;
        this.table = table;
        this.columnList = columns;
        this.columns = columns.split(",").length;
        this.fullSql = sql(CHUNK);
        c.setAutoCommit(false);
    }

    private String sql(int n) {
        String row = "(" + String.join(",", Collections.nCopies(columns, "?")) + ")";
        return "INSERT INTO " + table + " (" + columnList + ") VALUES " + String.join(",", Collections.nCopies(n, row));
    }

    void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns + " columns");
        }
        pending.add(values);
        if (pending.size() == CHUNK) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        String sql = pending.size() == CHUNK ? fullSql : sql(pending.size());
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int k = 1;
            for (Object[] row : pending) {
                for (Object v : row) {
                    bind(ps, k++, v);
                }
            }
            ps.executeUpdate();
        }
        rows += pending.size();
        pending.clear();
        if (++statements % STATEMENTS_PER_COMMIT == 0) {
            c.commit();
        }
        nanos += System.nanoTime() - t0;
    }

    private static void bind(PreparedStatement ps, int k, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(k, Types.VARCHAR);
        } else if (v instanceof Instant i) {
            ps.setTimestamp(k, Timestamp.from(i));
        } else {
            ps.setObject(k, v);
        }
    }

    /** Writes and commits what is pending now: later tables reference these rows. */
    void commitNow() throws SQLException {
        flush();
        long t0 = System.nanoTime();
        c.commit();
        nanos += System.nanoTime() - t0;
    }

    @Override
    public void close() throws SQLException {
        flush();
        long t0 = System.nanoTime();
        c.commit();
        nanos += System.nanoTime() - t0;
        long[] sum = ROWS_AND_NANOS.computeIfAbsent(table, t -> new long[2]);
        sum[0] += rows;
        sum[1] += nanos;
    }
}
