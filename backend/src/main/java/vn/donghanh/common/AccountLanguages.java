package vn.donghanh.common;

import io.micronaut.security.authentication.Authentication;
import java.util.Optional;

/**
 * The language an authenticated account has chosen, if it has one: a managed person's
 * {@code preferred_language} (implemented by the feature that owns it, {@code casefile}); staff
 * accounts have none. Problems are written in it ahead of the request's {@code Accept-Language}.
 */
public interface AccountLanguages {
    Optional<String> of(Authentication authentication);
}
