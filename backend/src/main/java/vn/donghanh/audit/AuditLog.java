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
import vn.donghanh.common.SqlLists;

/**
 * Appends to the hash-chained audit log. Appends run inside the caller's transaction, so a
 * change and its audit row commit together; the chain head row is locked to keep the chain linear.
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
        Head head = SqlLists.one(
                        jdbc,
                        "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE",
                        List.of(),
                        rs -> new Head(rs.getLong(1), rs.getString(2)))
                .orElseThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long seq = head.seq();
        String hash = head.hash();
        List<List<?>> rows = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            long next = ++seq;
            String h = AuditHash.of(hash, next, now, e);
            rows.add(Arrays.asList(
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
                INSERT INTO audit_event (seq, occurred_at, actor_id, actor_role, action, case_id, target, client_ip, detail, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        SqlLists.update(
                jdbc, "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", Arrays.asList(seq, hash));
    }

    /** The chain's head: the last row's sequence number and hash, which the next row links to. */
    private record Head(long seq, String hash) {}
}
