package vn.donghanh.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.OptionalInt;

/**
 * Each account's token version: every access token carries the version it was issued under, and a
 * request whose token's version is not the account's current one (or whose account is inactive)
 * is refused. Bumping the version ends every access token of the account at once, on every
 * instance, instead of when they expire.
 */
@Singleton
public class AccountSessions {
    private final JdbcOperations jdbc;

    public AccountSessions(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The version new tokens of this account carry. */
    @Transactional
    public int tokenVersion(String accountId) {
        return version("SELECT token_version FROM account WHERE id = ?", accountId)
                .orElse(0);
    }

    /** The version a token must carry to be accepted now; empty when the account is gone or inactive. */
    @Transactional
    public OptionalInt acceptedVersion(String accountId) {
        return version("SELECT token_version FROM account WHERE id = ? AND active", accountId);
    }

    /** Ends every access token issued to the account so far. */
    @Transactional
    public void endAccessTokens(String accountId) {
        jdbc.prepareStatement("UPDATE account SET token_version = token_version + 1 WHERE id = ?", ps -> {
            ps.setString(1, accountId);
            return ps.executeUpdate();
        });
    }

    private OptionalInt version(String sql, String accountId) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
            }
        });
    }
}
