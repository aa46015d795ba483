package vn.donghanh.console;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The only code that touches {@code console_session} (V18). */
@Singleton
public class ConsoleSessionStore {
    private final JdbcOperations jdbc;

    public ConsoleSessionStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(
            String tokenHash,
            String accountId,
            String role,
            String displayName,
            String adminUnitId,
            String unitPath,
            String organisationId,
            int tokenVersion,
            String csrfToken,
            Instant createdAt,
            Instant lastSeenAt,
            Instant expiresAt) {}

    @Transactional
    public void insert(Row r) {
        jdbc.prepareStatement("""
                INSERT INTO console_session (token_hash, account_id, role, display_name, admin_unit_id, unit_path,
                  organisation_id, token_version, csrf_token, created_at, last_seen_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, r.tokenHash());
            ps.setString(2, r.accountId());
            ps.setString(3, r.role());
            ps.setString(4, r.displayName());
            ps.setString(5, r.adminUnitId());
            ps.setString(6, r.unitPath());
            ps.setString(7, r.organisationId());
            ps.setInt(8, r.tokenVersion());
            ps.setString(9, r.csrfToken());
            ps.setTimestamp(10, Timestamp.from(r.createdAt()));
            ps.setTimestamp(11, Timestamp.from(r.lastSeenAt()));
            ps.setTimestamp(12, Timestamp.from(r.expiresAt()));
            return ps.executeUpdate();
        });
    }

    @Transactional
    public Optional<Row> find(String tokenHash) {
        return jdbc.prepareStatement("SELECT * FROM console_session WHERE token_hash = ?", ps -> {
            ps.setString(1, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(
                        rs.getString("token_hash"),
                        rs.getString("account_id"),
                        rs.getString("role"),
                        rs.getString("display_name"),
                        rs.getString("admin_unit_id"),
                        rs.getString("unit_path"),
                        rs.getString("organisation_id"),
                        rs.getInt("token_version"),
                        rs.getString("csrf_token"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("last_seen_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant()));
            }
        });
    }

    @Transactional
    public void touch(String tokenHash, Instant at) {
        jdbc.prepareStatement("UPDATE console_session SET last_seen_at = ? WHERE token_hash = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, tokenHash);
            return ps.executeUpdate();
        });
    }

    @Transactional
    public void delete(String tokenHash) {
        jdbc.prepareStatement("DELETE FROM console_session WHERE token_hash = ?", ps -> {
            ps.setString(1, tokenHash);
            return ps.executeUpdate();
        });
    }

    /** Removes sessions past their absolute end or idle since before {@code idleBefore}. */
    @Transactional
    public int deleteEnded(Instant now, Instant idleBefore) {
        return jdbc.prepareStatement(
                "DELETE FROM console_session WHERE expires_at <= ? OR last_seen_at <= ? LIMIT 1000", ps -> {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setTimestamp(2, Timestamp.from(idleBefore));
                    return ps.executeUpdate();
                });
    }
}
