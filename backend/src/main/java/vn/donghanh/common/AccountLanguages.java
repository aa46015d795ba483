package vn.donghanh.common;

import io.micronaut.security.authentication.Authentication;
import java.util.Optional;

/**
 * The language an authenticated account has chosen, if it has one: a managed person's
 * {@code preferred_language} (implemented by the feature that owns it, {@code casefile}); staff
 * accounts have none. Problems are written in it ahead of the request's {@code Accept-Language},
 * and a person's notifications are written in it.
 */
public interface AccountLanguages {
    Optional<String> of(Authentication authentication);

    /** The language of the case {@code caseId} (its person's), if it has one; notifications use it. */
    default Optional<String> ofCase(String caseId) {
        return Optional.empty();
    }
}
