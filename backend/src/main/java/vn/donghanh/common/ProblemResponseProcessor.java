package vn.donghanh.common;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
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
 * an {@code errors} list naming each offending field.
 */
@Singleton
@Primary
public class ProblemResponseProcessor implements ErrorResponseProcessor<Map<String, Object>> {
    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");
    private static final String TYPE_BASE = "https://donghanh.vn/problems/";

    @Override
    public @NonNull MutableHttpResponse<Map<String, Object>> processResponse(@NonNull ErrorContext context,
                                                                            @NonNull MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        List<ApiException.FieldError> errors = new ArrayList<>();
        String detail = null;
        for (Error error : context.getErrors()) {
            boolean syntax = isSyntaxError(error.getMessage());
            String field = syntax ? "body" : fieldOf(context.getRequest(), error);
            String message = syntax ? "is not valid JSON" : cleanMessage(error.getMessage());
            if (detail == null) {
                detail = field == null ? message : field + ": " + message;
            }
            if (field != null) {
                errors.add(new ApiException.FieldError(field, message));
            }
        }
        if (errors.isEmpty() && status.getCode() == 400) {
            String field = context.getRootCause()
                    .map(t -> BodyFields.fromMessage(context.getRequest(), String.valueOf(t.getMessage()))).orElse(null);
            errors.add(new ApiException.FieldError(field == null ? "body" : field,
                    field == null ? "is not valid JSON for this request" : "invalid value"));
        }
        if (status.getCode() == 413) {
            errors.clear();
            errors.add(new ApiException.FieldError("body", "request body is larger than the 1 MB limit"));
        }
        String type = switch (status.getCode()) {
            case 400 -> "invalid-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> status.getCode() >= 500 ? "internal-error" : "client-error";
        };
        if (status.getCode() >= 500) {
            detail = "An unexpected error occurred; it has been logged.";
            errors.clear();
        }
        return response.contentType(PROBLEM_JSON).body(body(context.getRequest(), status, type, detail, errors));
    }

    /** Renders a problem for our own refusals ({@link ApiException}). */
    public MutableHttpResponse<Map<String, Object>> render(HttpRequest<?> request, HttpStatus status, String type,
                                                           String detail, List<ApiException.FieldError> errors) {
        return HttpResponse.<Map<String, Object>>status(status).contentType(PROBLEM_JSON)
                .body(body(request, status, type, detail, errors));
    }

    private static Map<String, Object> body(HttpRequest<?> request, HttpStatus status, String type, String detail,
                                            List<ApiException.FieldError> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + type);
        problem.put("title", status.getReason());
        problem.put("status", status.getCode());
        if (detail != null) {
            problem.put("detail", detail);
        }
        if (request != null) {
            problem.put("instance", request.getPath());
        }
        if (!errors.isEmpty()) {
            List<Map<String, String>> list = new ArrayList<>();
            for (ApiException.FieldError e : errors) {
                list.add(Map.of("field", e.field(), "message", e.message()));
            }
            problem.put("errors", list);
        }
        return problem;
    }

    private static String fieldOf(HttpRequest<?> request, Error error) {
        String fromMessage = BodyFields.fromMessage(request, error.getMessage());
        if (fromMessage != null) {
            return fromMessage;
        }
        return error.getPath().map(p -> p.replaceFirst("^/", "")).orElse(null);
    }

    private static boolean isSyntaxError(String message) {
        return message != null && (message.contains("Unexpected end-of-input") || message.contains("Unexpected character")
                || message.contains("Unrecognized token") || message.startsWith("Invalid JSON"));
    }

    private static String cleanMessage(String message) {
        if (message == null) {
            return "invalid value";
        }
        // Keep the first line only: parser messages carry source excerpts we need not echo back.
        String first = message.split("\\R", 2)[0];
        // "Failed to convert argument [body] ... Error decoding property [X y] of type [...]: <reason>" -> "<reason>"
        int cut = first.lastIndexOf("]: ");
        if (cut >= 0 && cut + 3 < first.length()) {
            first = first.substring(cut + 3);
        }
        return first.length() > 300 ? first.substring(0, 300) : first;
    }
}
