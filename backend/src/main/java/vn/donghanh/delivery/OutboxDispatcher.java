package vn.donghanh.delivery;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.donghanh.account.AccountService;
import vn.donghanh.common.SqlLists;
import vn.donghanh.delivery.sms.SmsSender;

/**
 * Delivers the outbox in three steps, each short: claim a batch (FOR UPDATE SKIP LOCKED, so
 * instances never take the same row, then a lease: SENDING until {@code claimed_until}), send it
 * with no transaction open (push through FCM to every device of the recipient, or SMS for a
 * feature-phone person), and record the outcomes. A crash between send and record leaves rows
 * SENDING; when their lease runs out they are claimed again, so delivery is at-least-once and a
 * repeat is at most the batch that was in flight (the push's tag makes the phone replace, not
 * repeat, it). Failures that may pass (FCM 429/5xx, SMSC throttling) are retried with exponential
 * backoff and jitter, honouring Retry-After, up to {@code donghanh.delivery.max-attempts}; then
 * the row is FAILED with the reason. A recipient without a device or phone has the inbox only.
 */
@Singleton
public class OutboxDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final PushSender push;
    private final SmsSender sms;
    private final AccountService accounts;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration baseBackoff;
    private final int batchSize;
    private final Duration lease;

    @Inject
    public OutboxDispatcher(
            JdbcOperations jdbc,
            TransactionOperations<Connection> tx,
            PushSender push,
            SmsSender sms,
            AccountService accounts,
            Clock clock,
            DeliverySettings settings) {
        this(
                jdbc,
                tx,
                push,
                sms,
                accounts,
                clock,
                settings.getMaxAttempts(),
                settings.getBaseBackoff(),
                settings.getBatchSize(),
                settings.getLease());
    }

    /** With the settings given directly: tests drive a dispatcher of their own with a push sender they watch. */
    public OutboxDispatcher(
            JdbcOperations jdbc,
            TransactionOperations<Connection> tx,
            PushSender push,
            SmsSender sms,
            AccountService accounts,
            Clock clock,
            int maxAttempts,
            Duration baseBackoff,
            int batchSize,
            Duration lease) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.push = push;
        this.sms = sms;
        this.accounts = accounts;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.baseBackoff = baseBackoff;
        this.batchSize = batchSize;
        this.lease = lease;
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

    private record Row(
            String id,
            String notificationId,
            String accountId,
            int attempts,
            String channel,
            String dedupeKey,
            String title,
            String body,
            boolean high,
            String kind,
            String caseId) {}

    /** What became of one row: its new state, and the device tokens to forget. */
    private record Outcome(
            Row row, String status, String channel, String error, PushSender.Result retry, List<String> dropTokens) {}

    /** Claims, sends and records one batch; returns how many rows it handled. */
    public int runOnce() {
        Instant now = clock.instant();
        List<Row> rows = tx.executeWrite(status -> claim(now));
        if (rows.isEmpty()) {
            return 0;
        }
        List<Outcome> outcomes = new ArrayList<>();
        List<Row> pushRows =
                rows.stream().filter(r -> !"SMS".equals(r.channel())).toList();
        List<Row> smsRows = rows.stream().filter(r -> "SMS".equals(r.channel())).toList();
        outcomes.addAll(pushAll(pushRows));
        outcomes.addAll(smsAll(smsRows));
        tx.executeWrite(status -> {
            record(outcomes, now);
            return null;
        });
        return rows.size();
    }

    private List<Row> claim(Instant now) {
        // Two index range scans (ix_outbox_due: status, next_attempt_at, id) rather than one OR that
        // sorts every due row on each claim: rows whose lease ran out (their instance died) first.
        List<Row> rows = new ArrayList<>(claimWhere("o.status = 'SENDING' AND o.claimed_until <= ?", now, batchSize));
        if (rows.size() < batchSize) {
            rows.addAll(claimWhere("o.status = 'PENDING' AND o.next_attempt_at <= ?", now, batchSize - rows.size()));
        }
        if (!rows.isEmpty()) {
            Timestamp until = Timestamp.from(now.plus(lease));
            List<Object> params = new ArrayList<>(rows.size() + 1);
            params.add(until);
            rows.forEach(r -> params.add(r.id()));
            SqlLists.update(
                    jdbc,
                    "UPDATE outbox SET status = 'SENDING', claimed_until = ? WHERE id IN ("
                            + SqlLists.placeholders(rows.size()) + ")",
                    params);
        }
        return rows;
    }

    private List<Row> claimWhere(String condition, Instant now, int limit) {
        return SqlLists.query(
                jdbc,
                """
                SELECT o.id, o.notification_id, o.account_id, o.attempts, o.channel, o.dedupe_key,
                       n.title, n.body, n.priority, n.kind, n.case_id
                FROM outbox o JOIN notification n ON n.id = o.notification_id
                WHERE\s""" + condition + " ORDER BY o.next_attempt_at, o.id LIMIT ? FOR UPDATE SKIP LOCKED",
                Arrays.asList(Timestamp.from(now), limit),
                rs -> new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        "HIGH".equals(rs.getString(9)),
                        rs.getString(10),
                        rs.getString(11)));
    }

    private List<Outcome> pushAll(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> tokens = push.delivers() ? tx.executeRead(status -> tokensOf(rows)) : Map.of();
        List<PushSender.Push> pushes = new ArrayList<>();
        List<Row> owners = new ArrayList<>();
        for (Row row : rows) {
            for (String token : tokens.getOrDefault(row.accountId(), List.of())) {
                pushes.add(new PushSender.Push(
                        token, row.title(), row.body(), row.high(), row.notificationId(), row.kind(), row.caseId()));
                owners.add(row);
            }
        }
        List<PushSender.Result> results = pushes.isEmpty() ? List.of() : push.sendAll(pushes);
        Map<String, List<Integer>> byRow = new HashMap<>();
        for (int i = 0; i < owners.size(); i++) {
            byRow.computeIfAbsent(owners.get(i).id(), k -> new ArrayList<>()).add(i);
        }
        List<Outcome> out = new ArrayList<>();
        for (Row row : rows) {
            boolean sent = false;
            PushSender.Result retry = null;
            String failure = null;
            List<String> drop = new ArrayList<>();
            for (int i : byRow.getOrDefault(row.id(), List.of())) {
                PushSender.Result r = results.get(i);
                switch (r.outcome()) {
                    case SENT -> sent = true;
                    case UNREGISTERED -> drop.add(pushes.get(i).token());
                    case RETRY -> retry = r;
                    case FAILED -> failure = r.error();
                }
            }
            out.add(decide(row, sent, retry, failure, "PUSH", drop));
        }
        return out;
    }

    private List<Outcome> smsAll(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, String> phones = sms.delivers() ? tx.executeRead(status -> phonesOf(rows)) : Map.of();
        List<Outcome> out = new ArrayList<>();
        for (Row row : rows) {
            String phone = phones.get(row.accountId());
            if (phone == null) {
                out.add(new Outcome(
                        row, "SENT", "INBOX", sms.delivers() ? "no phone number" : "SMS disabled", null, List.of()));
                continue;
            }
            SmsSender.Result r = sms.send(new SmsSender.Sms(phone, row.body(), row.dedupeKey()));
            PushSender.Result retry = r.outcome() == SmsSender.Outcome.RETRY
                    ? new PushSender.Result(PushSender.Outcome.RETRY, r.retryAfter(), r.error())
                    : null;
            out.add(decide(
                    row,
                    r.outcome() == SmsSender.Outcome.SENT,
                    retry,
                    r.outcome() == SmsSender.Outcome.FAILED ? r.error() : null,
                    "SMS",
                    List.of()));
        }
        return out;
    }

    private Outcome decide(
            Row row, boolean sent, PushSender.Result retry, String failure, String channel, List<String> drop) {
        if (sent) {
            return new Outcome(row, "SENT", channel, null, null, drop);
        }
        if (retry != null && row.attempts() + 1 < maxAttempts) {
            return new Outcome(row, "PENDING", channel, retry.error(), retry, drop);
        }
        if (retry != null || failure != null) {
            return new Outcome(
                    row,
                    "FAILED",
                    channel,
                    retry != null ? "gave up after " + (row.attempts() + 1) + " tries: " + retry.error() : failure,
                    null,
                    drop);
        }
        // No device (or push disabled): the inbox, where it already is, is the delivery.
        return new Outcome(row, "SENT", "INBOX", null, null, drop);
    }

    private void record(List<Outcome> all, Instant now) {
        // The common case, delivered without a word to add, is one UPDATE per channel for the whole batch.
        Map<String, List<Outcome>> plainSent = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (Outcome o : all) {
            if ("SENT".equals(o.status()) && o.error() == null) {
                plainSent.computeIfAbsent(o.channel(), k -> new ArrayList<>()).add(o);
            } else {
                outcomes.add(o);
            }
        }
        plainSent.forEach((channel, sent) -> {
            List<Object> params = new ArrayList<>(sent.size() + 4);
            params.addAll(
                    Arrays.asList(channel, Timestamp.from(now), "INBOX".equals(channel) ? 0 : 1, Timestamp.from(now)));
            sent.forEach(o -> params.add(o.row().id()));
            SqlLists.update(jdbc, """
                UPDATE outbox SET status = 'SENT', channel = ?, sent_at = ?, last_error = NULL, attempts = attempts + ?,
                  next_attempt_at = ?, claimed_until = NULL WHERE id IN (""" + SqlLists.placeholders(sent.size()) + ")", params);
        });
        if (!outcomes.isEmpty()) {
            List<List<?>> updates = new ArrayList<>(outcomes.size());
            for (Outcome o : outcomes) {
                boolean inboxOnly = "INBOX".equals(o.channel());
                updates.add(Arrays.asList(
                        o.status(),
                        o.channel(),
                        "SENT".equals(o.status()) ? Timestamp.from(now) : null,
                        truncate(o.error()),
                        inboxOnly ? o.row().attempts() : o.row().attempts() + 1,
                        Timestamp.from(o.retry() != null ? now.plus(backoff(o.row(), o.retry())) : now),
                        o.row().id()));
            }
            SqlLists.batch(jdbc, """
                    UPDATE outbox SET status = ?, channel = ?, sent_at = ?, last_error = ?, attempts = ?, next_attempt_at = ?,
                      claimed_until = NULL WHERE id = ?""", updates);
        }
        List<String> drop = all.stream().flatMap(o -> o.dropTokens().stream()).toList();
        if (!drop.isEmpty()) {
            SqlLists.batch(
                    jdbc,
                    "DELETE FROM device_token WHERE token = ?",
                    drop.stream().map(List::of).toList());
        }
    }

    private Duration backoff(Row row, PushSender.Result retry) {
        Duration backoff = baseBackoff.multipliedBy(1L << Math.min(row.attempts(), 16));
        Duration jitter = Duration.ofMillis(ThreadLocalRandom.current().nextLong(Math.max(1, backoff.toMillis() / 2)));
        Duration wait = backoff.plus(jitter);
        return retry.retryAfter() != null && retry.retryAfter().compareTo(wait) > 0 ? retry.retryAfter() : wait;
    }

    private Map<String, List<String>> tokensOf(List<Row> rows) {
        List<String> accounts = rows.stream().map(Row::accountId).distinct().toList();
        Map<String, List<String>> out = new HashMap<>();
        SqlLists.forEach(
                jdbc,
                "SELECT account_id, token FROM device_token WHERE account_id IN ("
                        + SqlLists.placeholders(accounts.size()) + ") ORDER BY last_seen_at DESC",
                accounts,
                rs -> {
                    List<String> mine = out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                    if (mine.size() < 5) {
                        mine.add(rs.getString(2));
                    }
                });
        return out;
    }

    private Map<String, String> phonesOf(List<Row> rows) {
        return accounts.phonesOf(rows.stream().map(Row::accountId).distinct().toList());
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() > 500 ? s.substring(0, 500) : s;
    }
}
