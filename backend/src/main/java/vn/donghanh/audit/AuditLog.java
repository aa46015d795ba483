package vn.donghanh.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

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
        long[] seq = new long[1];
        String[] hash = new String[1];
        jdbc.prepareStatement("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE", ps -> {
            try (var rs = ps.executeQuery()) {
                rs.next();
                seq[0] = rs.getLong(1);
                hash[0] = rs.getString(2);
            }
            return null;
        });
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.prepareStatement("""
                INSERT INTO audit_event (seq, occurred_at, actor_id, actor_role, action, case_id, target, client_ip, detail, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            for (AuditEntry e : entries) {
                long next = ++seq[0];
                String h = AuditHash.of(hash[0], next, now, e);
                ps.setLong(1, next);
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setString(3, e.actorId());
                ps.setString(4, e.actorRole());
                ps.setString(5, e.action().name());
                ps.setString(6, e.caseId());
                ps.setString(7, e.target());
                ps.setString(8, e.clientIp());
                ps.setString(9, e.detail());
                ps.setString(10, hash[0]);
                ps.setString(11, h);
                ps.addBatch();
                hash[0] = h;
            }
            ps.executeBatch();
            return null;
        });
        jdbc.prepareStatement("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", ps -> {
            ps.setLong(1, seq[0]);
            ps.setString(2, hash[0]);
            return ps.executeUpdate();
        });
    }
}
