package vn.donghanh.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RefreshTokenRepository extends CrudRepository<RefreshTokenEntity, String> {
    @Query("SELECT * FROM refresh_token WHERE token_hash = :tokenHash FOR UPDATE")
    Optional<RefreshTokenEntity> findByTokenHashForUpdate(String tokenHash);

    @Query("UPDATE refresh_token SET used_at = :usedAt WHERE id = :id AND used_at IS NULL")
    int markUsed(String id, Instant usedAt);

    @Query("UPDATE refresh_token SET revoked_at = :revokedAt WHERE family_id = :familyId AND revoked_at IS NULL")
    int revokeFamily(String familyId, Instant revokedAt);

    @Query("UPDATE refresh_token SET revoked_at = :revokedAt WHERE account_id = :accountId AND revoked_at IS NULL")
    int revokeAllOfAccount(String accountId, Instant revokedAt);
}
