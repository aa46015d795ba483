package vn.donghanh.sync;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.donghanh.common.SqlLists;

/**
 * Deletes the published changes older than {@code donghanh.sync.change-horizon}, oldest number first, and moves
 * {@code sync_prune.pruned_through} along with them: the feed answers a cursor before it with 410
 * resync-required, so a phone never reads a feed with a hole in it. The walk follows published_seq (its unique
 * index) and stops at the first change still inside the horizon. Each chunk is one transaction holding the
 * sync_prune row, so pruners on several instances take turns and each row is deleted once.
 */
@Singleton
public class SyncPruner {
    private static final Logger LOG = LoggerFactory.getLogger(SyncPruner.class);
    private static final int CHUNK = 5000;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final SyncSettings settings;

    SyncPruner(JdbcOperations jdbc, TransactionOperations<Connection> tx, Clock clock, SyncSettings settings) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.settings = settings;
    }

    @Scheduled(
            fixedDelay = "${donghanh.sync.prune-interval:1h}",
            initialDelay = "${donghanh.sync.prune-initial-delay:10m}")
    void scheduled() {
        try {
            int n = runOnce();
            if (n > 0) {
                LOG.info("Pruned {} sync changes older than {}", n, settings.getChangeHorizon());
            }
        } catch (RuntimeException e) {
            LOG.error("Pruning the sync change log failed; it runs again at the next interval", e);
        }
    }

    /** Prunes everything past the horizon; returns how many changes it deleted. */
    public int runOnce() {
        Instant cutoff = clock.instant()
                .atOffset(ZoneOffset.UTC)
                .minus(settings.getChangeHorizon())
                .toInstant();
        int total = 0;
        int n;
        do {
            n = tx.executeWrite(status -> pruneChunk(cutoff));
            total += n;
        } while (n == CHUNK);
        return total;
    }

    private record Numbered(long publishedSeq, Instant changedAt) {}

    private int pruneChunk(Instant cutoff) {
        long through = SqlLists.one(
                        jdbc,
                        "SELECT pruned_through FROM sync_prune WHERE id = 1 FOR UPDATE",
                        List.of(),
                        rs -> rs.getLong(1))
                .orElseThrow();
        List<Numbered> next = SqlLists.query(
                jdbc,
                "SELECT published_seq, changed_at FROM sync_change WHERE published_seq > ? ORDER BY published_seq LIMIT ?",
                Arrays.asList(through, CHUNK),
                rs -> new Numbered(rs.getLong(1), rs.getTimestamp(2).toInstant()));
        int old = 0;
        while (old < next.size() && next.get(old).changedAt().isBefore(cutoff)) {
            old++;
        }
        if (old == 0) {
            return 0;
        }
        long newThrough = next.get(old - 1).publishedSeq();
        SqlLists.update(
                jdbc,
                "DELETE FROM sync_change WHERE published_seq > ? AND published_seq <= ?",
                Arrays.asList(through, newThrough));
        SqlLists.update(jdbc, "UPDATE sync_prune SET pruned_through = ? WHERE id = 1", Arrays.asList(newThrough));
        return old;
    }
}
