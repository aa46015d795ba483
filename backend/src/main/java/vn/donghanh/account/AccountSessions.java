package vn.donghanh.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.OptionalInt;
import vn.donghanh.common.SqlLists;

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
        SqlLists.update(
                jdbc, "UPDATE account SET token_version = token_version + 1 WHERE id = ?", Arrays.asList(accountId));
    }

    private OptionalInt version(String sql, String accountId) {
        return SqlLists.one(jdbc, sql, Arrays.asList(accountId), rs -> rs.getInt(1))
                .map(OptionalInt::of)
                .orElse(OptionalInt.empty());
    }
}
