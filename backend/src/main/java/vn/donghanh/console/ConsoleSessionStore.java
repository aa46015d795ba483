package vn.donghanh.console;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.donghanh.common.SqlLists;

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
        SqlLists.update(
                jdbc,
                """
                INSERT INTO console_session (token_hash, account_id, role, display_name, admin_unit_id, unit_path,
                  organisation_id, token_version, csrf_token, created_at, last_seen_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Arrays.asList(
                        r.tokenHash(),
                        r.accountId(),
                        r.role(),
                        r.displayName(),
                        r.adminUnitId(),
                        r.unitPath(),
                        r.organisationId(),
                        r.tokenVersion(),
                        r.csrfToken(),
                        Timestamp.from(r.createdAt()),
                        Timestamp.from(r.lastSeenAt()),
                        Timestamp.from(r.expiresAt())));
    }

    @Transactional
    public Optional<Row> find(String tokenHash) {
        return SqlLists.one(
                jdbc,
                "SELECT * FROM console_session WHERE token_hash = ?",
                List.of(tokenHash),
                rs -> new Row(
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

    @Transactional
    public void touch(String tokenHash, Instant at) {
        SqlLists.update(
                jdbc,
                "UPDATE console_session SET last_seen_at = ? WHERE token_hash = ?",
                List.of(Timestamp.from(at), tokenHash));
    }

    @Transactional
    public void delete(String tokenHash) {
        SqlLists.update(jdbc, "DELETE FROM console_session WHERE token_hash = ?", List.of(tokenHash));
    }

    /** Sessions one sweep statement removes at most: short transactions; the sweep repeats until none is left. */
    static final int SWEEP_BATCH = 1000;

    /** Removes up to {@link #SWEEP_BATCH} sessions past their absolute end or idle since before {@code idleBefore}. */
    @Transactional
    public int deleteEnded(Instant now, Instant idleBefore) {
        return SqlLists.update(
                jdbc,
                "DELETE FROM console_session WHERE expires_at <= ? OR last_seen_at <= ? LIMIT " + SWEEP_BATCH,
                List.of(Timestamp.from(now), Timestamp.from(idleBefore)));
    }
}
