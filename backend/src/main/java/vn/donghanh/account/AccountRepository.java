package vn.donghanh.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AccountRepository extends CrudRepository<AccountEntity, String> {
    Optional<AccountEntity> findByUsername(String username);

    Optional<AccountEntity> findByLoginPhoneHash(String loginPhoneHash);

    Optional<AccountEntity> findByCaseId(String caseId);

    List<AccountEntity> findByCaseIdIn(Collection<String> caseIds);

    List<AccountEntity> findByIdIn(Collection<String> ids);

    List<AccountEntity> findByAdminUnitIdInAndRoleAndActive(
            Collection<String> adminUnitIds, String role, boolean active);

    @Query("SELECT * FROM account WHERE id = :id FOR UPDATE")
    Optional<AccountEntity> findByIdForUpdate(String id);

    @Query("""
            SELECT a.* FROM account a JOIN admin_unit u ON u.id = a.admin_unit_id
            WHERE u.path LIKE CONCAT(:unitPath, '%') AND (:role IS NULL OR a.role = :role)
            ORDER BY a.display_name, a.id""")
    List<AccountEntity> findWithinUnit(String unitPath, @Nullable String role);

    /** Keeps a person's login phone in step with their case's phone. */
    @Query("UPDATE account SET phone_enc = :phoneEnc, login_phone_hash = :loginPhoneHash WHERE id = :accountId")
    int updateLoginPhone(String accountId, @Nullable byte[] phoneEnc, @Nullable String loginPhoneHash);

    /** A person's login names the commune their case is registered in. */
    @Query("UPDATE account SET admin_unit_id = :unitId WHERE id = :accountId")
    int updateAdminUnit(String accountId, String unitId);

    /**
     * Retention: the person's account keeps its row (their notifications and records point at it) but no longer
     * names them or lets anyone sign in: no name, phone, PIN or activation code, inactive, and every token it was
     * issued refused from the next request.
     */
    @Query("""
            UPDATE account SET display_name = :displayName, phone_enc = NULL, login_phone_hash = NULL,
              password_hash = NULL, activation_code_hash = NULL, activation_expires_at = NULL, active = FALSE,
              failed_logins = 0, locked_until = NULL, token_version = token_version + 1
            WHERE case_id = :caseId""")
    int anonymiseOfCase(String caseId, String displayName);
}
