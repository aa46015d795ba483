package vn.donghanh.sync;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers committed changes in the order they become visible. The trigger-assigned {@code seq} is
 * handed out at insert time, so a long transaction can commit seq 10 after a reader has already
 * seen seq 11; a feed keyed on seq would skip it forever. Rows still locked by their writing
 * transaction are skipped (SKIP LOCKED) and numbered by a later publish, after they commit.
 */
@Singleton
public class SyncPublisher {
    private static final int BATCH = 5000;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final java.time.Clock clock;

    public SyncPublisher(JdbcOperations jdbc, TransactionOperations<Connection> tx, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** Publishes everything committed so far; returns how many changes it numbered. */
    public int publish() {
        int total = 0;
        int n;
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        do {
            n = tx.executeWrite(status -> publishBatch(now));
            total += n;
        } while (n == BATCH);
        return total;
    }

    private int publishBatch(java.sql.Timestamp now) {
        // The publisher row's lock makes publishers (one per instance and request) take turns.
        long last = jdbc.prepareStatement("SELECT last_seq FROM sync_publisher WHERE id = 1 FOR UPDATE", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<Long> pending = jdbc.prepareStatement(
                "SELECT seq FROM sync_change WHERE published_seq IS NULL AND (visible_at IS NULL OR visible_at <= ?) "
                        + "ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED",
                ps -> {
                    // A reminder queued ahead waits unnumbered until it is due (V12).
                    ps.setTimestamp(1, now);
                    ps.setInt(2, BATCH);
                    List<Long> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getLong(1));
                        }
                    }
                    return out;
                });
        if (pending.isEmpty()) {
            return 0;
        }
        long next = last;
        long[] numbers = new long[pending.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = ++next;
        }
        jdbc.prepareStatement("UPDATE sync_change SET published_seq = ? WHERE seq = ?", ps -> {
            for (int i = 0; i < numbers.length; i++) {
                ps.setLong(1, numbers[i]);
                ps.setLong(2, pending.get(i));
                ps.addBatch();
            }
            return ps.executeBatch();
        });
        long newLast = next;
        jdbc.prepareStatement("UPDATE sync_publisher SET last_seq = ? WHERE id = 1", ps -> {
            ps.setLong(1, newLast);
            return ps.executeUpdate();
        });
        return pending.size();
    }
}
