package vn.donghanh.auth;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Sign-in and token settings ({@code donghanh.auth.*}); the sign-in rate limits are in {@link
 * vn.donghanh.auth.ratelimit.RateLimitSettings}. The lifetimes and the lockout have no default:
 * application.yml sets them, and a service started without them fails naming the property.
 */
@ConfigurationProperties("donghanh.auth")
public class AuthSettings {
    @NotNull(message = "donghanh.auth.access-token-ttl must be set")
    private Duration accessTokenTtl;

    @NotNull(message = "donghanh.auth.refresh-token-ttl must be set")
    private Duration refreshTokenTtl;

    /** How long a person's activation code works (casefile issues it). */
    @NotNull(message = "donghanh.auth.activation-code-ttl must be set")
    private Duration activationCodeTtl;

    /** Consecutive failed sign-ins, from anywhere, that lock an account for {@link #getLockout()}. */
    @NotNull(message = "donghanh.auth.max-failed-logins must be set")
    private Integer maxFailedLogins;

    @NotNull(message = "donghanh.auth.lockout must be set")
    private Duration lockout;

    private int bcryptCost = 12;

    /** A JWKS file; empty: a development key is generated into the data directory. */
    private String keySetFile = "";

    public Duration getAccessTokenTtl() {
        return accessTokenTtl;
    }

    public void setAccessTokenTtl(Duration accessTokenTtl) {
        this.accessTokenTtl = accessTokenTtl;
    }

    public Duration getRefreshTokenTtl() {
        return refreshTokenTtl;
    }

    public void setRefreshTokenTtl(Duration refreshTokenTtl) {
        this.refreshTokenTtl = refreshTokenTtl;
    }

    public Duration getActivationCodeTtl() {
        return activationCodeTtl;
    }

    public void setActivationCodeTtl(Duration activationCodeTtl) {
        this.activationCodeTtl = activationCodeTtl;
    }

    public Integer getMaxFailedLogins() {
        return maxFailedLogins;
    }

    public void setMaxFailedLogins(Integer maxFailedLogins) {
        this.maxFailedLogins = maxFailedLogins;
    }

    public Duration getLockout() {
        return lockout;
    }

    public void setLockout(Duration lockout) {
        this.lockout = lockout;
    }

    public int getBcryptCost() {
        return bcryptCost;
    }

    public void setBcryptCost(int bcryptCost) {
        this.bcryptCost = bcryptCost;
    }

    public String getKeySetFile() {
        return keySetFile;
    }

    public void setKeySetFile(String keySetFile) {
        this.keySetFile = keySetFile;
    }
}
