package vn.donghanh.common;

import io.micronaut.http.HttpStatus;
import java.util.List;

/**
 * A refusal the client can act on; rendered as RFC 9457 problem+json by
 * {@link ProblemResponseProcessor}. {@code errors} name the offending fields.
 */
public class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final String type;
    private final List<FieldError> errors;

    public ApiException(HttpStatus status, String type, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiException badField(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid-request", field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public static ApiException unprocessable(String type, String detail, String field) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, type, detail,
                field == null ? List.of() : List.of(new FieldError(field, detail)));
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", what + " not found", List.of());
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", detail, List.of());
    }

    public static ApiException conflict(String type, String detail) {
        return new ApiException(HttpStatus.CONFLICT, type, detail, List.of());
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

    public record FieldError(String field, String message) {
    }
}
