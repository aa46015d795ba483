package vn.donghanh.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Date;
import vn.donghanh.auth.AuthSettings;

/**
 * Micronaut checks {@code exp} and {@code iss} only when a token has them; ours always do, so a
 * signed token without an expiry, issue time or issuer (or living longer than our access tokens
 * ever do) was not made by this service's sign-in and is refused.
 */
@Singleton
public class RequiredClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {
    /** Slack for clock differences between instances. */
    private static final Duration SKEW = Duration.ofMinutes(1);

    private final Duration maxLifetime;

    public RequiredClaimsValidator(AuthSettings settings) {
        this.maxLifetime = settings.getAccessTokenTtl().plus(SKEW);
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        Long expires = epochSeconds(claims.get(Claims.EXPIRATION_TIME));
        Long issued = epochSeconds(claims.get(Claims.ISSUED_AT));
        if (expires == null || issued == null || claims.get(Claims.ISSUER) == null) {
            return false;
        }
        return expires - issued <= maxLifetime.toSeconds();
    }

    private static Long epochSeconds(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().getEpochSecond();
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return null;
    }
}
