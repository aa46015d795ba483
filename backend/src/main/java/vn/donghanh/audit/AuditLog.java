package vn.donghanh.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.donghanh.common.SqlLists;

/**
 * Appends to the hash-chained audit log. Appends run inside the caller's transaction, so a change and
 * its audit row commit together. The log is {@link AuditChains#COUNT} chains (V27): an append locks
 * one chain's head until its transaction ends and links its rows into that chain, so concurrent writers
 * take different chains instead of queueing behind one row.
 */
@Singleton
public class AuditLog {
    private final JdbcOperations jdbc;
    private final Clock clock;

    public AuditLog(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void append(AuditEntry entry) {
        appendAll(List.of(entry));
    }

    @Transactional
    public void appendAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Head head = lockAChain();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long seq = head.seq();
        String hash = head.hash();
        List<List<?>> rows = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            long next = ++seq;
            String h = AuditHash.of(hash, next, now, e);
            rows.add(Arrays.asList(
                    head.chain(),
                    next,
                    Timestamp.from(now),
                    e.actorId(),
                    e.actorRole(),
                    e.action().name(),
                    e.caseId(),
                    e.target(),
                    e.clientIp(),
                    e.detail(),
                    hash,
                    h));
            hash = h;
        }
        SqlLists.batch(jdbc, """
                INSERT INTO audit_event (chain, chain_seq, occurred_at, actor_id, actor_role, action, case_id, target,
                    client_ip, detail, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        SqlLists.update(
                jdbc,
                "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = ?",
                Arrays.asList(seq, hash, head.chain()));
    }

    /**
     * The head of a chain nobody else holds, locked until this transaction ends. The search starts at
     * the thread's own chain, so the appends of one transaction (one thread) find the head it already
     * holds (its own lock does not make SKIP LOCKED skip it) and stay in one chain; other transactions
     * skip past it. Only when every head is held does an append wait, for its own chain.
     */
    private Head lockAChain() {
        int start = AuditChains.startFor(Thread.currentThread().getId());
        return lock("id >= ? ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED", start)
                .or(() -> lock("id < ? ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED", start))
                .or(() -> lock("id = ? FOR UPDATE", start))
                .orElseThrow(() -> new IllegalStateException("audit chain " + start + " has no head row"));
    }

    private Optional<Head> lock(String condition, int chain) {
        return SqlLists.one(
                jdbc,
                "SELECT id, last_seq, last_hash FROM audit_chain_head WHERE " + condition,
                List.of(chain),
                rs -> new Head(rs.getInt(1), rs.getLong(2), rs.getString(3)));
    }

    /** A chain's head: the chain, its last row's number in the chain and hash, which the next row links to. */
    private record Head(int chain, long seq, String hash) {}
}
