package vn.donghanh.auth;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Set;
import vn.donghanh.account.AccountRepository;
import vn.donghanh.common.SqlLists;
import vn.donghanh.privacy.PersonalDataErasure;

/**
 * The person's sign-in sessions: their refresh tokens (hashes, but a chain of when they used the app) are deleted.
 * Rate-limit buckets ({@code rate_limit_bucket}) are keyed hashes that expire within hours and are swept: nothing
 * to do here.
 */
@Singleton
class AuthDataErasure implements PersonalDataErasure {
    private final JdbcOperations jdbc;
    private final AccountRepository accounts;

    AuthDataErasure(JdbcOperations jdbc, AccountRepository accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public Set<String> tables() {
        return Set.of("refresh_token");
    }

    @Override
    public void erase(String caseId) {
        accounts.findByCaseId(caseId)
                .ifPresent(a ->
                        SqlLists.update(jdbc, "DELETE FROM refresh_token WHERE account_id = ?", Arrays.asList(a.id())));
    }
}
