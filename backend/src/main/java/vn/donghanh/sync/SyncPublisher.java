package vn.donghanh.sync;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.donghanh.common.ReadCommitted;
import vn.donghanh.common.SqlLists;

/**
 * Numbers committed changes in the order they become visible. The trigger-assigned {@code seq} is
 * handed out at insert time, so a long transaction can commit seq 10 after a reader has already
 * seen seq 11; a feed keyed on seq would skip it forever. Rows still locked by their writing
 * transaction are skipped (SKIP LOCKED) and numbered by a later publish, after they commit.
 *
 * <p>Each batch runs at READ COMMITTED over the pending-changes index (V31): it locks the changes it
 * numbers and nothing else. At REPEATABLE READ it next-key-locked every unnumbered change it walked,
 * among them a methadone morning's 100,000 reminders queued ahead and hidden until 07:00, every second,
 * and the dispatchers' writes (whose triggers insert changes into that index) queued behind it.
 */
@Singleton
public class SyncPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(SyncPublisher.class);
    private static final int BATCH = 5000;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    public SyncPublisher(JdbcOperations jdbc, TransactionOperations<Connection> tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Every {@code donghanh.sync.publish-interval}, on every instance: the phones' requests number at most a few
     * hundred changes themselves (5,000 pending changes once cost a request 0.8 s), they read what this job numbered. The publisher row's
     * lock still makes instances take turns, and SKIP LOCKED still leaves uncommitted rows for a later run.
     */
    @Scheduled(
            fixedDelay = "${donghanh.sync.publish-interval:1s}",
            initialDelay = "${donghanh.sync.publish-initial-delay:5s}")
    void scheduled() {
        try {
            publish();
        } catch (RuntimeException e) {
            LOG.error("Publishing sync changes failed; it runs again at the next interval", e);
        }
    }

    /** Publishes everything committed so far; returns how many changes it numbered. */
    public int publish() {
        int total = 0;
        int n;
        Timestamp now = Timestamp.from(clock.instant());
        do {
            n = tx.execute(ReadCommitted.DEFINITION, status -> publishBatch(now));
            total += n;
        } while (n == BATCH);
        return total;
    }

    /** Numbers at most {@code max} committed changes, in one short transaction; returns how many. */
    public int publishBatch(int max) {
        Timestamp now = Timestamp.from(clock.instant());
        return tx.execute(ReadCommitted.DEFINITION, status -> publishBatch(now, max));
    }

    private int publishBatch(Timestamp now) {
        return publishBatch(now, BATCH);
    }

    private int publishBatch(Timestamp now, int max) {
        // The publisher row's lock makes publishers (one per instance and request) take turns.
        long last = SqlLists.one(
                        jdbc,
                        "SELECT last_seq FROM sync_publisher WHERE id = 1 FOR UPDATE",
                        List.of(),
                        rs -> rs.getLong(1))
                .orElseThrow();
        // A reminder queued ahead waits unnumbered until it is due (V12).
        List<Long> pending = SqlLists.query(
                jdbc,
                "SELECT seq FROM sync_change WHERE published_seq IS NULL AND (visible_at IS NULL OR visible_at <= ?) "
                        + "ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED",
                Arrays.asList(now, max),
                rs -> rs.getLong(1));
        if (pending.isEmpty()) {
            return 0;
        }
        long next = last;
        long[] numbers = new long[pending.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = ++next;
        }
        List<List<?>> numbered = new ArrayList<>(numbers.length);
        for (int i = 0; i < numbers.length; i++) {
            numbered.add(List.of(numbers[i], pending.get(i)));
        }
        SqlLists.batch(jdbc, "UPDATE sync_change SET published_seq = ? WHERE seq = ?", numbered);
        long newLast = next;
        SqlLists.update(jdbc, "UPDATE sync_publisher SET last_seq = ? WHERE id = 1", Arrays.asList(newLast));
        return pending.size();
    }
}
