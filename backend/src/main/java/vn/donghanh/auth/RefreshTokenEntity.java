package vn.donghanh.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("refresh_token")
public record RefreshTokenEntity(
        @Id String id,
        String familyId,
        String accountId,
        String tokenHash,
        Instant issuedAt,
        Instant expiresAt,
        @Nullable Instant usedAt,
        @Nullable Instant revokedAt) {}
