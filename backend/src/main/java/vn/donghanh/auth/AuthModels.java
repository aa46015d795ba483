package vn.donghanh.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.donghanh.account.AccountModels;

/** The bodies the sign-in endpoints accept and the tokens they answer with. */
public final class AuthModels {
    private AuthModels() {}

    @Serdeable
    public record StaffLogin(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 128) String password) {}

    @Serdeable
    public record PersonLogin(
            @NotBlank @Size(max = 32) String phone,

            @NotBlank @Pattern(regexp = "\\d{6}", message = "must be 6 digits")
            String pin) {}

    @Serdeable
    public record Activate(
            @NotBlank @Size(max = 32) String phone,
            @NotBlank @Size(max = 32) String code,

            @NotBlank @Pattern(regexp = "\\d{6}", message = "must be 6 digits")
            String pin) {}

    @Serdeable
    public record Refresh(@NotBlank @Size(max = 200) String refreshToken) {}

    @Serdeable
    public record TokenResponse(
            String accessToken, String tokenType, long expiresIn, String refreshToken, AccountModels.Account account) {}
}
