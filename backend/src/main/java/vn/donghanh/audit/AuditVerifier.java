package vn.donghanh.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import vn.donghanh.common.SqlLists;

/**
 * Recomputes the audit chain from the first row: a row whose stored hash, predecessor link or
 * sequence does not match, or a head that does not point at the last row, breaks the chain.
 */
@Singleton
public class AuditVerifier {
    private static final String GENESIS = "0".repeat(64);
    private final JdbcOperations jdbc;

    public AuditVerifier(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public AuditModels.Result verify() {
        // Not SqlLists: the whole table is streamed row by row (Connector/J's MIN_VALUE fetch size)
        // and the walk stops at the first broken link, rather than reading every row into a list.
        return jdbc.prepareStatement("""
                SELECT seq, occurred_at, actor_id, actor_role, action, case_id, target, client_ip, detail, prev_hash, hash
                FROM audit_event ORDER BY seq""", ps -> {
            ps.setFetchSize(Integer.MIN_VALUE);
            String prev = GENESIS;
            long expectedSeq = 1;
            long checked = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong("seq");
                    if (seq != expectedSeq) {
                        return new AuditModels.Result(false, checked, seq, "row " + expectedSeq + " is missing");
                    }
                    if (!prev.equals(rs.getString("prev_hash"))) {
                        return new AuditModels.Result(false, checked, seq, "link to the previous row is broken");
                    }
                    String computed = AuditHash.of(
                            prev, seq, rs.getTimestamp("occurred_at").toInstant(), entry(rs));
                    if (!computed.equals(rs.getString("hash"))) {
                        return new AuditModels.Result(false, checked, seq, "row content does not match its hash");
                    }
                    prev = computed;
                    expectedSeq++;
                    checked++;
                }
            }
            String head = SqlLists.one(
                            jdbc,
                            "SELECT last_hash FROM audit_chain_head WHERE id = 1",
                            List.of(),
                            rs -> rs.getString(1))
                    .orElse(null);
            if (!prev.equals(head)) {
                return new AuditModels.Result(
                        false, checked, expectedSeq, "rows after " + (expectedSeq - 1) + " were removed");
            }
            return new AuditModels.Result(true, checked, null, null);
        });
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getString("actor_id"),
                rs.getString("actor_role"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("case_id"),
                rs.getString("target"),
                rs.getString("client_ip"),
                rs.getString("detail"));
    }
}
