package vn.donghanh.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("account")
public record AccountEntity(
        @Id String id,
        @Nullable String username,
        String role,
        String displayName,
        String adminUnitId,
        @Nullable String organisationId,
        @Nullable String caseId,
        @Nullable byte[] phoneEnc,
        @Nullable String loginPhoneHash,
        @Nullable String passwordHash,
        @Nullable String activationCodeHash,
        @Nullable Instant activationExpiresAt,
        boolean active,
        int failedLogins,
        @Nullable Instant lockedUntil,
        Instant createdAt) {

    public AccountEntity withLoginState(int failed, Instant locked) {
        return new AccountEntity(
                id,
                username,
                role,
                displayName,
                adminUnitId,
                organisationId,
                caseId,
                phoneEnc,
                loginPhoneHash,
                passwordHash,
                activationCodeHash,
                activationExpiresAt,
                active,
                failed,
                locked,
                createdAt);
    }

    public AccountEntity withActivation(String codeHash, Instant expiresAt) {
        return new AccountEntity(
                id,
                username,
                role,
                displayName,
                adminUnitId,
                organisationId,
                caseId,
                phoneEnc,
                loginPhoneHash,
                passwordHash,
                codeHash,
                expiresAt,
                active,
                failedLogins,
                lockedUntil,
                createdAt);
    }

    public AccountEntity withActive(boolean nowActive) {
        return new AccountEntity(
                id,
                username,
                role,
                displayName,
                adminUnitId,
                organisationId,
                caseId,
                phoneEnc,
                loginPhoneHash,
                passwordHash,
                activationCodeHash,
                activationExpiresAt,
                nowActive,
                0,
                null,
                createdAt);
    }

    /** An admin set a new (temporary) password: the count of failures and any lock go with the old one. */
    public AccountEntity withPassword(String newPasswordHash) {
        return new AccountEntity(
                id,
                username,
                role,
                displayName,
                adminUnitId,
                organisationId,
                caseId,
                phoneEnc,
                loginPhoneHash,
                newPasswordHash,
                activationCodeHash,
                activationExpiresAt,
                active,
                0,
                null,
                createdAt);
    }

    /** The person chose a PIN with a valid code: the code is spent and the account can log in. */
    public AccountEntity activated(String pinHash) {
        return new AccountEntity(
                id,
                username,
                role,
                displayName,
                adminUnitId,
                organisationId,
                caseId,
                phoneEnc,
                loginPhoneHash,
                pinHash,
                null,
                null,
                true,
                0,
                null,
                createdAt);
    }
}
