package vn.donghanh.delivery;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: claims due rows with FOR UPDATE SKIP LOCKED (so instances never take the
 * same row), pushes to every device of the recipient, and records the outcome. Push failures that
 * may pass (FCM 429 and 5xx) are retried with exponential backoff and jitter, honouring
 * Retry-After, up to {@code donghanh.delivery.max-attempts}; then the row is FAILED with the reason.
 * A recipient without a device (or a service without Firebase credentials) has the inbox only.
 */
@Singleton
public class OutboxDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final PushSender push;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration baseBackoff;
    private final int batchSize;

    public OutboxDispatcher(JdbcOperations jdbc, TransactionOperations<Connection> tx, PushSender push, Clock clock,
                            @Value("${donghanh.delivery.max-attempts:8}") int maxAttempts,
                            @Value("${donghanh.delivery.base-backoff:PT10S}") Duration baseBackoff,
                            @Value("${donghanh.delivery.batch-size:500}") int batchSize) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.push = push;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.baseBackoff = baseBackoff;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelay = "${donghanh.delivery.interval:5s}", initialDelay = "${donghanh.delivery.initial-delay:10s}")
    void scheduled() {
        try {
            while (runOnce() == batchSize) {
                // a full batch: there may be more due right now
            }
        } catch (RuntimeException e) {
            LOG.error("Outbox delivery failed; it runs again at the next interval", e);
        }
    }

    private record Row(String id, String notificationId, String accountId, int attempts, String title, String body,
                       boolean high, String kind, String caseId) {
    }

    /** Claims and delivers one batch; returns how many rows it handled. */
    public int runOnce() {
        return tx.executeWrite(status -> {
            Instant now = clock.instant();
            List<Row> rows = jdbc.prepareStatement("""
                    SELECT o.id, o.notification_id, o.account_id, o.attempts, n.title, n.body, n.priority, n.kind, n.case_id
                    FROM outbox o JOIN notification n ON n.id = o.notification_id
                    WHERE o.status = 'PENDING' AND o.next_attempt_at <= ?
                    ORDER BY o.next_attempt_at, o.id LIMIT ? FOR UPDATE SKIP LOCKED""", ps -> {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setInt(2, batchSize);
                List<Row> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                                rs.getString(6), "HIGH".equals(rs.getString(7)), rs.getString(8), rs.getString(9)));
                    }
                }
                return out;
            });
            for (Row row : rows) {
                deliver(row, now);
            }
            return rows.size();
        });
    }

    private void deliver(Row row, Instant now) {
        List<String> tokens = push.delivers() ? tokensOf(row.accountId()) : List.of();
        boolean sent = false;
        PushSender.Result retry = null;
        String failure = null;
        for (String token : tokens) {
            PushSender.Result r = push.send(new PushSender.Push(token, row.title(), row.body(), row.high(), row.notificationId(),
                    row.kind(), row.caseId()));
            switch (r.outcome()) {
                case SENT -> sent = true;
                case UNREGISTERED -> dropToken(token);
                case RETRY -> retry = r;
                case FAILED -> failure = r.error();
            }
        }
        if (sent) {
            finish(row.id(), "SENT", "PUSH", now, null, row.attempts() + 1);
        } else if (retry != null && row.attempts() + 1 < maxAttempts) {
            reschedule(row, retry, now);
        } else if (retry != null || failure != null) {
            finish(row.id(), "FAILED", "PUSH", now, retry != null ? "gave up after " + (row.attempts() + 1) + " tries: "
                    + retry.error() : failure, row.attempts() + 1);
        } else {
            // No device (or push disabled): the inbox, where it already is, is the delivery.
            finish(row.id(), "SENT", "INBOX", now, null, row.attempts());
        }
    }

    private void reschedule(Row row, PushSender.Result retry, Instant now) {
        Duration backoff = baseBackoff.multipliedBy(1L << Math.min(row.attempts(), 16));
        Duration jitter = Duration.ofMillis(ThreadLocalRandom.current().nextLong(Math.max(1, backoff.toMillis() / 2)));
        Duration wait = backoff.plus(jitter);
        if (retry.retryAfter() != null && retry.retryAfter().compareTo(wait) > 0) {
            wait = retry.retryAfter();
        }
        Instant next = now.plus(wait);
        jdbc.prepareStatement("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(next));
            ps.setString(2, truncate(retry.error()));
            ps.setString(3, row.id());
            return ps.executeUpdate();
        });
    }

    private void finish(String id, String status, String channel, Instant now, String error, int attempts) {
        jdbc.prepareStatement("UPDATE outbox SET status = ?, channel = ?, sent_at = ?, last_error = ?, attempts = ? WHERE id = ?", ps -> {
            ps.setString(1, status);
            ps.setString(2, channel);
            ps.setTimestamp(3, "SENT".equals(status) ? Timestamp.from(now) : null);
            ps.setString(4, truncate(error));
            ps.setInt(5, attempts);
            ps.setString(6, id);
            return ps.executeUpdate();
        });
    }

    private List<String> tokensOf(String accountId) {
        return jdbc.prepareStatement("SELECT token FROM device_token WHERE account_id = ? ORDER BY last_seen_at DESC LIMIT 5", ps -> {
            ps.setString(1, accountId);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    private void dropToken(String token) {
        jdbc.prepareStatement("DELETE FROM device_token WHERE token = ?", ps -> {
            ps.setString(1, token);
            return ps.executeUpdate();
        });
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() > 500 ? s.substring(0, 500) : s;
    }
}
