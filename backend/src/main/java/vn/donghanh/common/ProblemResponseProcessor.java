package vn.donghanh.common;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every error the service answers, ours or the framework's (malformed JSON, wrong types,
 * oversized bodies, unknown routes, security rejections), becomes RFC 9457 problem+json with
 * an {@code errors} list naming each offending field by its JSON path. The framework's own
 * wording (Java types, parser tokens) never reaches the client: 400s are rewritten by
 * {@link BadRequests}, other statuses keep only a message in plain words.
 */
@Singleton
@Primary
public class ProblemResponseProcessor implements ErrorResponseProcessor<Map<String, Object>> {
    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");
    private static final String TYPE_BASE = "https://donghanh.vn/problems/";

    @Override
    public @NonNull MutableHttpResponse<Map<String, Object>> processResponse(
            @NonNull ErrorContext context, @NonNull MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        List<ApiException.FieldError> errors;
        String detail;
        if (status.getCode() == 400) {
            errors = BadRequests.of(context);
            detail = errors.isEmpty() ? frameworkDetail(context, ProblemMessages.INVALID_REQUEST) : detailOf(errors);
        } else if (status.getCode() == 413) {
            errors = List.of(new ApiException.FieldError("body", ProblemMessages.TOO_LARGE));
            detail = detailOf(errors);
        } else if (status.getCode() >= 500) {
            errors = List.of();
            detail = ProblemMessages.UNEXPECTED;
        } else {
            // 401, 404, 405, 415, ...: the framework's sentence when it is plain words, else the reason phrase.
            errors = List.of();
            detail = frameworkDetail(context, status.getReason());
        }
        String type =
                switch (status.getCode()) {
                    case 400 -> "invalid-request";
                    case 401 -> "unauthorized";
                    case 403 -> "forbidden";
                    case 404 -> "not-found";
                    case 405 -> "method-not-allowed";
                    case 413 -> "payload-too-large";
                    case 415 -> "unsupported-media-type";
                    default -> status.getCode() >= 500 ? "internal-error" : "client-error";
                };
        return response.contentType(PROBLEM_JSON).body(body(context.getRequest(), status, type, detail, errors));
    }

    /** The framework's sentence when it is plain words, else {@code fallback}. */
    private static String frameworkDetail(ErrorContext context, String fallback) {
        return context.getErrors().stream()
                .findFirst()
                .map(e -> ProblemMessages.plain(e.getMessage(), fallback))
                .orElse(fallback);
    }

    /** "field: message", and how many more when several fields are wrong. */
    static String detailOf(List<ApiException.FieldError> errors) {
        if (errors.isEmpty()) {
            return null;
        }
        ApiException.FieldError first = errors.get(0);
        return first.field() + ": " + first.message()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
    }

    /** Renders a problem for our own refusals ({@link ApiException}). */
    public MutableHttpResponse<Map<String, Object>> render(
            HttpRequest<?> request,
            HttpStatus status,
            String type,
            String detail,
            List<ApiException.FieldError> errors) {
        return HttpResponse.<Map<String, Object>>status(status)
                .contentType(PROBLEM_JSON)
                .body(body(request, status, type, detail, errors));
    }

    private static Map<String, Object> body(
            HttpRequest<?> request,
            HttpStatus status,
            String type,
            String detail,
            List<ApiException.FieldError> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + type);
        problem.put("title", status.getReason());
        problem.put("status", status.getCode());
        // Last guard: a message that would give away the implementation is replaced, whoever wrote it.
        if (detail != null) {
            problem.put("detail", ProblemMessages.plain(detail, status.getReason()));
        }
        if (request != null) {
            problem.put("instance", request.getPath());
        }
        if (!errors.isEmpty()) {
            List<Map<String, String>> list = new ArrayList<>();
            for (ApiException.FieldError e : errors) {
                list.add(Map.of(
                        "field",
                        e.field(),
                        "message",
                        ProblemMessages.plain(e.message(), ProblemMessages.INVALID_VALUE)));
            }
            problem.put("errors", list);
        }
        return problem;
    }
}
