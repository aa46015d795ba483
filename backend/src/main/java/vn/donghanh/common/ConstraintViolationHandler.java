package vn.donghanh.common;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;

/** Bean-validation failures: one problem listing every violated field by its JSON path. */
@Produces
@Singleton
@Replaces(ConstraintExceptionHandler.class)
public class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {
    private final ProblemResponseProcessor problems;

    public ConstraintViolationHandler(ProblemResponseProcessor problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        List<ApiException.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new ApiException.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(ApiException.FieldError::field))
                .toList();
        String detail = errors.isEmpty() ? ProblemMessages.INVALID_REQUEST : ProblemResponseProcessor.detailOf(errors);
        return problems.render(request, HttpStatus.BAD_REQUEST, "invalid-request", detail, errors);
    }

    /**
     * The violated value's JSON path: dots into objects, {@code [i]} into arrays
     * ({@code location.latitude}, {@code concerns[2]}); a path or query parameter by its name.
     */
    static String field(ConstraintViolation<?> violation) {
        StringBuilder out = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            // An index or key on a node says where in its parent container the node sits.
            if (node.isInIterable() && !out.isEmpty()) {
                if (node.getIndex() != null) {
                    out.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    out.append('.').append(node.getKey());
                }
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        if (!out.isEmpty()) {
            return out.toString();
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }
}
