package vn.donghanh.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import vn.donghanh.security.Role;

/** The account API's request and response bodies, kept apart from {@link AccountEntity}. */
public final class AccountModels {
    private AccountModels() {}

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

    /** Staff accounts (admin, supervisor, officer, mentor); person accounts come from a case's activation code. */
    @Serdeable
    public record CreateAccountRequest(
            @Nullable UUID id,

            @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[a-z0-9._-]+")
            String username,

            @NotBlank @Size(min = 10, max = 128) String password,
            @NotBlank @Size(max = 200) String displayName,
            @NotNull Role role,
            @NotNull UUID adminUnitId,
            @Nullable UUID organisationId,
            @Nullable @Size(max = 32) String phone) {}
}
