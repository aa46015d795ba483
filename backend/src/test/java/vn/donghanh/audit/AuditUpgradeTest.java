package vn.donghanh.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.TestDatabase;

/**
 * A database written by the one-chain log (up to V26) migrates to the 64 chains of V27 with its rows
 * intact: they become chain 1, numbered as before, and still hash exactly as the verifier recomputes.
 */
class AuditUpgradeTest extends IntegrationTest {
    private static final String GENESIS = "0".repeat(64);

    @Test
    void rowsWrittenByTheOneChainLogBecomeChainOneAndStillVerify() throws SQLException {
        TestDatabase.Connection db = TestDatabase.get();
        String url = db.url().replaceFirst("/donghanh\\?", "/audit_upgrade?createDatabaseIfNotExist=true&");
        try (Connection c = DriverManager.getConnection(url, db.username(), db.password())) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS audit_upgrade");
                s.execute("CREATE DATABASE audit_upgrade");
                c.setCatalog("audit_upgrade");
            }
            migrate(url, db, "26");
            // Three rows as the old AuditLog wrote them: seq from the one head, linked from zeros.
            Instant at = Instant.parse("2026-06-01T02:03:04.123456Z").truncatedTo(ChronoUnit.MICROS);
            String prev = GENESIS;
            for (long seq = 1; seq <= 3; seq++) {
                AuditEntry e =
                        new AuditEntry(null, "ADMIN", AuditAction.AUDIT_VERIFY, null, "old", null, "Nhật ký " + seq);
                String hash = AuditHash.of(prev, seq, at, e);
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO audit_event (seq, occurred_at, actor_role, action, target, detail, prev_hash, hash)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, seq);
                    ps.setTimestamp(2, Timestamp.from(at));
                    ps.setString(3, e.actorRole());
                    ps.setString(4, e.action().name());
                    ps.setString(5, e.target());
                    ps.setString(6, e.detail());
                    ps.setString(7, prev);
                    ps.setString(8, hash);
                    ps.executeUpdate();
                }
                prev = hash;
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE audit_chain_head SET last_seq = 3, last_hash = '" + prev + "' WHERE id = 1");
            }

            migrate(url, db, null);

            String walked = GENESIS;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT seq, chain, chain_seq, occurred_at, actor_role, target, detail, prev_hash, hash"
                                    + " FROM audit_event ORDER BY seq")) {
                long expected = 1;
                while (rs.next()) {
                    assertEquals(expected, rs.getLong("seq"));
                    assertEquals(1, rs.getInt("chain"), "old rows are chain 1");
                    assertEquals(expected, rs.getLong("chain_seq"), "numbered as they were");
                    assertEquals(walked, rs.getString("prev_hash"));
                    AuditEntry e = new AuditEntry(
                            null,
                            rs.getString("actor_role"),
                            AuditAction.AUDIT_VERIFY,
                            null,
                            rs.getString("target"),
                            null,
                            rs.getString("detail"));
                    walked = AuditHash.of(
                            walked,
                            rs.getLong("chain_seq"),
                            rs.getTimestamp("occurred_at").toInstant(),
                            e);
                    assertEquals(walked, rs.getString("hash"), "the hash the verifier recomputes");
                    expected++;
                }
                assertEquals(4, expected);
            }
            assertEquals(prev, walked);
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(last_seq) FROM audit_chain_head")) {
                assertTrue(rs.next());
                assertEquals(AuditChains.COUNT, rs.getInt(1));
                assertEquals(3, rs.getLong(2), "chain 1 keeps its head; the new chains are empty");
            }
            try (Statement s = c.createStatement()) {
                assertThrows(
                        SQLException.class,
                        () -> s.executeUpdate("UPDATE audit_event SET detail = 'x'"),
                        "the append-only guard is back after the migration");
                s.execute("DROP DATABASE audit_upgrade");
            }
        }
    }

    private static void migrate(String url, TestDatabase.Connection db, String target) {
        var config =
                Flyway.configure().dataSource(url, db.username(), db.password()).locations("classpath:db/migration");
        if (target != null) {
            config = config.target(target);
        }
        config.load().migrate();
    }
}
