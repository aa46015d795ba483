package vn.donghanh.auth;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.annotation.PostConstruct;
import java.time.Duration;

/**
 * Sign-in and token settings ({@code donghanh.auth.*}); the sign-in rate limits are in {@link
 * vn.donghanh.auth.ratelimit.RateLimitSettings}. The lifetimes and the lockout have no default:
 * application.yml sets them, and a service started without them fails naming the property.
 */
@ConfigurationProperties("donghanh.auth")
public class AuthSettings {
    private Duration accessTokenTtl;
    private Duration refreshTokenTtl;

    /** How long a person's activation code works (casefile issues it). */
    private Duration activationCodeTtl;

    /** Consecutive failed sign-ins, from anywhere, that lock an account for {@link #getLockout()}. */
    private Integer maxFailedLogins;

    private Duration lockout;

    private int bcryptCost = 12;

    /** A JWKS file; empty: a development key is generated into the data directory. */
    private String keySetFile = "";

    /** No defaults for these: a service started without them fails at once, naming the key. */
    @PostConstruct
    void requireAll() {
        require(accessTokenTtl, "donghanh.auth.access-token-ttl");
        require(refreshTokenTtl, "donghanh.auth.refresh-token-ttl");
        require(activationCodeTtl, "donghanh.auth.activation-code-ttl");
        require(maxFailedLogins, "donghanh.auth.max-failed-logins");
        require(lockout, "donghanh.auth.lockout");
    }

    private static void require(Object value, String key) {
        if (value == null) {
            throw new IllegalStateException(key + " must be set");
        }
    }

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
