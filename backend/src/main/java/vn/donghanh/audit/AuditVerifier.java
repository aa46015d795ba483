package vn.donghanh.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.donghanh.common.SqlLists;

/**
 * Recomputes every audit chain from its genesis, walking all rows once in insertion order: a row whose
 * stored hash, link to its chain's previous row or number in its chain does not match breaks its chain,
 * and so does a head that does not point at its chain's last row (rows cut off the end). The walk and the
 * heads are read in one transaction, so rows committed meanwhile are seen by neither.
 */
@Singleton
public class AuditVerifier {
    private final JdbcOperations jdbc;

    public AuditVerifier(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One chain as the walk has seen it so far. */
    private static final class Walk {
        long lastSeq;
        String lastHash;

        Walk(int chain) {
            this.lastHash = AuditChains.genesis(chain);
        }
    }

    private record HeadRow(long lastSeq, String lastHash) {}

    @Transactional(readOnly = true)
    public AuditModels.Result verify() {
        Map<Integer, HeadRow> heads = new HashMap<>();
        SqlLists.query(
                        jdbc,
                        "SELECT id, last_seq, last_hash FROM audit_chain_head",
                        List.of(),
                        rs -> Map.entry(rs.getInt(1), new HeadRow(rs.getLong(2), rs.getString(3))))
                .forEach(e -> heads.put(e.getKey(), e.getValue()));
        Map<Integer, Walk> chains = new HashMap<>();
        // Not SqlLists: the whole table is streamed row by row (Connector/J's MIN_VALUE fetch size)
        // and the walk stops at the first broken link, rather than reading every row into a list.
        AuditModels.Result broken = jdbc.prepareStatement("""
                SELECT seq, chain, chain_seq, occurred_at, actor_id, actor_role, action, case_id, target, client_ip,
                       detail, prev_hash, hash
                FROM audit_event ORDER BY seq""", ps -> {
            ps.setFetchSize(Integer.MIN_VALUE);
            long checked = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong("seq");
                    int chain = rs.getInt("chain");
                    if (!heads.containsKey(chain)) {
                        return new AuditModels.Result(false, checked, seq, "chain " + chain + " has no head");
                    }
                    Walk walk = chains.computeIfAbsent(chain, Walk::new);
                    long chainSeq = rs.getLong("chain_seq");
                    if (chainSeq != walk.lastSeq + 1) {
                        return new AuditModels.Result(
                                false,
                                checked,
                                seq,
                                "row " + (walk.lastSeq + 1) + " of chain " + chain + " is missing or out of order");
                    }
                    if (!walk.lastHash.equals(rs.getString("prev_hash"))) {
                        return new AuditModels.Result(false, checked, seq, "link to the previous row is broken");
                    }
                    String computed = AuditHash.of(
                            walk.lastHash,
                            chainSeq,
                            rs.getTimestamp("occurred_at").toInstant(),
                            entry(rs));
                    if (!computed.equals(rs.getString("hash"))) {
                        return new AuditModels.Result(false, checked, seq, "row content does not match its hash");
                    }
                    walk.lastSeq = chainSeq;
                    walk.lastHash = computed;
                    checked++;
                }
            }
            return new AuditModels.Result(true, checked, null, null);
        });
        if (!broken.valid()) {
            return broken;
        }
        for (Map.Entry<Integer, HeadRow> head : heads.entrySet()) {
            Walk walk = chains.computeIfAbsent(head.getKey(), Walk::new);
            HeadRow h = head.getValue();
            if (h.lastSeq() != walk.lastSeq || !h.lastHash().equals(walk.lastHash)) {
                return new AuditModels.Result(
                        false,
                        broken.checked(),
                        null,
                        "rows after row " + walk.lastSeq + " of chain " + head.getKey() + " were removed");
            }
        }
        return broken;
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
