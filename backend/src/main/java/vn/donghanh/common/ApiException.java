package vn.donghanh.common;

import io.micronaut.http.HttpStatus;
import java.time.Duration;
import java.util.List;

/**
 * A refusal the client can act on; rendered as RFC 9457 problem+json by
 * {@link ProblemResponseProcessor}. {@code errors} name the offending fields.
 */
public class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final String type;
    private final List<FieldError> errors;
    private final Duration retryAfter;

    public ApiException(HttpStatus status, String type, String detail, List<FieldError> errors) {
        this(status, type, detail, errors, null);
    }

    private ApiException(HttpStatus status, String type, String detail, List<FieldError> errors, Duration retryAfter) {
        super(detail);
        this.status = status;
        this.type = type;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    /** 429 with a {@code Retry-After} of {@code wait} (whole seconds, rounded up). */
    public static ApiException tooManyAttempts(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        return new ApiException(
                HttpStatus.TOO_MANY_REQUESTS,
                "too-many-attempts",
                "too many attempts; try again in " + seconds + " s",
                List.of(),
                Duration.ofSeconds(seconds));
    }

    public static ApiException badField(String field, String message) {
        return new ApiException(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public static ApiException unprocessable(String type, String detail, String field) {
        return new ApiException(
                HttpStatus.UNPROCESSABLE_ENTITY,
                type,
                detail,
                field == null ? List.of() : List.of(new FieldError(field, detail)));
    }

    /**
     * 404 for a record that does not exist or is outside the caller's scope. The detail is the
     * same whichever lookup failed: naming it would tell a caller which of the ids in a path is
     * real, e.g. that an out-of-scope case exists.
     */
    public static ApiException notFound() {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", NOT_FOUND_DETAIL, List.of());
    }

    public static final String NOT_FOUND_DETAIL = "the record does not exist or is not visible to you";

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", detail, List.of());
    }

    public static ApiException conflict(String type, String detail) {
        return new ApiException(HttpStatus.CONFLICT, type, detail, List.of());
    }

    /**
     * The account behind a token was deactivated: its own type, so a phone can tell it from a session
     * merely ended (a password reset) and wipe what it holds of others' cases.
     */
    public static ApiException accountInactive() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "account-inactive", "the account is not active", List.of());
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", detail, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** How long the client should wait before retrying, for 429 and 503; null otherwise. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public record FieldError(String field, String message) {}
}
