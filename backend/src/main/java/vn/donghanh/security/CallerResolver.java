package vn.donghanh.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.donghanh.common.ApiException;

/**
 * Turns a verified access token into a {@link Caller}. The token carries the account's unit path
 * (units never move), organisation and case, so scope needs no further lookup; that the account is
 * still active and the token's version still current is checked on every request by
 * {@link TokenVersionFilter}, so deactivating an account ends its tokens at once.
 */
@Singleton
public class CallerResolver {
    static final String UNIT_ID = "unitId";
    static final String UNIT_PATH = "unitPath";
    static final String ORGANISATION_ID = "organisationId";
    static final String CASE_ID = "caseId";
    static final String NAME = "name";
    /** The account's token version when the token was issued (see AccountSessions). */
    static final String TOKEN_VERSION = "tv";

    private final HttpClientAddressResolver addressResolver;

    public CallerResolver(HttpClientAddressResolver addressResolver) {
        this.addressResolver = addressResolver;
    }

    /** The claims to put in an access token for this account. */
    public static Authentication authenticationFor(
            String accountId,
            Role role,
            String displayName,
            String unitId,
            String unitPath,
            String organisationId,
            String caseId,
            int tokenVersion) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(NAME, displayName);
        claims.put(TOKEN_VERSION, tokenVersion);
        claims.put(UNIT_ID, unitId);
        claims.put(UNIT_PATH, unitPath);
        if (organisationId != null) {
            claims.put(ORGANISATION_ID, organisationId);
        }
        if (caseId != null) {
            claims.put(CASE_ID, caseId);
        }
        return Authentication.build(accountId, List.of(role.name()), claims);
    }

    public Caller resolve(Authentication authentication, HttpRequest<?> request) {
        Map<String, Object> attrs = authentication.getAttributes();
        Role role = authentication.getRoles().stream()
                .findFirst()
                .flatMap(r -> Arrays.stream(Role.values())
                        .filter(x -> x.name().equals(r))
                        .findFirst())
                .orElseThrow(() -> ApiException.unauthorized("the token carries no known role"));
        String unitPath = string(attrs, UNIT_PATH);
        if (unitPath == null || string(attrs, UNIT_ID) == null) {
            throw ApiException.unauthorized("the token carries no administrative unit");
        }
        return new Caller(
                authentication.getName(),
                role,
                string(attrs, NAME),
                string(attrs, UNIT_ID),
                unitPath,
                string(attrs, ORGANISATION_ID),
                string(attrs, CASE_ID),
                request == null ? null : addressResolver.resolve(request));
    }

    /** The token version an authentication was issued under; tokens from before versions count as 0. */
    static int tokenVersion(Authentication authentication) {
        Object v = authentication.getAttributes().get(TOKEN_VERSION);
        if (v instanceof Number n) {
            return n.intValue();
        }
        return v == null ? 0 : -1;
    }

    private static String string(Map<String, Object> attrs, String key) {
        Object v = attrs.get(key);
        return v == null ? null : v.toString();
    }
}
