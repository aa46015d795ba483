package vn.donghanh.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.donghanh.security.Role;

@Serdeable
public record Account(
        String id,
        @Nullable String username,
        Role role,
        String displayName,
        String adminUnitId,
        @Nullable String organisationId,
        @Nullable String caseId,
        @Nullable String phone,
        boolean active) {}
