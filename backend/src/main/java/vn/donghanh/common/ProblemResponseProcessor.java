package vn.donghanh.common;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error the service answers, ours or the framework's (malformed JSON, wrong types,
 * oversized bodies, unknown routes, security rejections), becomes RFC 9457 problem+json with
 * an {@code errors} list naming each offending field by its JSON path. The framework's own
 * wording (Java types, parser tokens) never reaches the client: 400s are rewritten by
 * {@link BadRequests}, other statuses keep only a message in plain words.
 *
 * <p>Title, detail and each field's message are in the caller's language ({@link #language}):
 * Vietnamese or English from {@link ProblemCatalogue}, named in {@code Content-Language}; the
 * {@code type} and {@code status} are the same in both.
 */
@Singleton
@Primary
public class ProblemResponseProcessor implements ErrorResponseProcessor<Map<String, Object>> {
    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");
    private static final String TYPE_BASE = "https://donghanh.vn/problems/";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseProcessor.class);
    private static final ProblemCatalogue WORDS = ProblemCatalogue.get();

    private final List<AccountLanguages> accountLanguages;

    public ProblemResponseProcessor(List<AccountLanguages> accountLanguages) {
        this.accountLanguages = accountLanguages;
    }

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
        String language = language(context.getRequest(), status);
        return response.contentType(PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .body(body(context.getRequest(), status, type, detail, errors, language));
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
        return detailOf(errors, ProblemCatalogue.EN);
    }

    private static String detailOf(List<ApiException.FieldError> errors, String language) {
        if (errors.isEmpty()) {
            return null;
        }
        ApiException.FieldError first = errors.get(0);
        String one = first.field() + ": " + first.message();
        return errors.size() > 1 ? WORDS.text("detail.more", language, one, errors.size() - 1) : one;
    }

    /**
     * The caller's language: the account's own (a managed person's case language) when it has one,
     * else the request's {@code Accept-Language} ({@code vi} or {@code en}, its first of the two by
     * preference; anything else is Vietnamese), else Vietnamese. A 5xx does not ask the database,
     * which may be the reason for it.
     */
    String language(HttpRequest<?> request, HttpStatus status) {
        if (request == null) {
            return ProblemCatalogue.VI;
        }
        if (status.getCode() < 500 && !accountLanguages.isEmpty()) {
            Optional<Authentication> who = request.getUserPrincipal(Authentication.class);
            if (who.isPresent()) {
                for (AccountLanguages languages : accountLanguages) {
                    try {
                        Optional<String> chosen = languages.of(who.get());
                        if (chosen.isPresent() && !chosen.get().isBlank()) {
                            return ProblemCatalogue.language(chosen.get());
                        }
                    } catch (RuntimeException e) {
                        LOG.debug("No account language for a problem on {}", request.getPath(), e);
                    }
                }
            }
        }
        return acceptLanguage(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * The caller's language for the words an answer carries (a report's labels), chosen as for a
     * problem: the account's own, else {@code Accept-Language}, else Vietnamese.
     */
    public Locale locale(HttpRequest<?> request) {
        return Locale.forLanguageTag(language(request, HttpStatus.OK));
    }

    /** {@code vi} or {@code en}, whichever of the two the header prefers; Vietnamese if neither or malformed. */
    static String acceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ProblemCatalogue.VI;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (range.getWeight() > 0 && (tag.equals("en") || tag.startsWith("en-"))) {
                    return ProblemCatalogue.EN;
                }
                if (range.getWeight() > 0 && (tag.equals("vi") || tag.startsWith("vi-"))) {
                    return ProblemCatalogue.VI;
                }
            }
        } catch (IllegalArgumentException e) {
            return ProblemCatalogue.VI;
        }
        return ProblemCatalogue.VI;
    }

    /** Renders a problem for our own refusals ({@link ApiException}). */
    public MutableHttpResponse<Map<String, Object>> render(
            HttpRequest<?> request,
            HttpStatus status,
            String type,
            String detail,
            List<ApiException.FieldError> errors) {
        String language = language(request, status);
        return HttpResponse.<Map<String, Object>>status(status)
                .contentType(PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .body(body(request, status, type, detail, errors, language));
    }

    private static Map<String, Object> body(
            HttpRequest<?> request,
            HttpStatus status,
            String type,
            String detail,
            List<ApiException.FieldError> errors,
            String language) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + type);
        problem.put("title", WORDS.title(status, language));
        problem.put("status", status.getCode());
        // Last guard: a message that would give away the implementation is replaced, whoever wrote it.
        List<ApiException.FieldError> localized = new ArrayList<>();
        for (ApiException.FieldError e : errors) {
            String english = ProblemMessages.plain(e.message(), ProblemMessages.INVALID_VALUE);
            localized.add(
                    new ApiException.FieldError(e.field(), localize(english, language, ProblemMessages.INVALID_VALUE)));
        }
        if (detail != null) {
            String english = ProblemMessages.plain(detail, status.getReason());
            String words;
            if (!errors.isEmpty() && detail.equals(detailOf(errors))) {
                words = ProblemMessages.plain(detailOf(localized, language), WORDS.title(status, language));
            } else {
                words = localize(english, language, null);
                if (words == null) {
                    words = fallbackDetail(status, language);
                }
            }
            problem.put("detail", words);
        }
        if (request != null) {
            problem.put("instance", request.getPath());
        }
        if (!localized.isEmpty()) {
            List<Map<String, String>> list = new ArrayList<>();
            for (ApiException.FieldError e : localized) {
                list.add(Map.of("field", e.field(), "message", e.message()));
            }
            problem.put("errors", list);
        }
        return problem;
    }

    /**
     * Plain English {@code text} in {@code language}; when the catalogue has no entry, English
     * stays English and Vietnamese gets {@code fallback} (null: the caller picks one).
     */
    private static String localize(String text, String language, String fallback) {
        if (ProblemCatalogue.EN.equals(language)) {
            return text;
        }
        String words = WORDS.translate(text, language);
        if (words == null) {
            LOG.debug("No Vietnamese problem text for: {}", text);
            return fallback == null ? null : WORDS.translate(fallback, language);
        }
        return ProblemMessages.plain(words, fallback == null ? null : WORDS.translate(fallback, language));
    }

    /** A plain sentence for a status whose framework wording we cannot translate. */
    private static String fallbackDetail(HttpStatus status, String language) {
        try {
            return WORDS.text("detail." + status.getCode(), language);
        } catch (IllegalArgumentException e) {
            return status.getCode() >= 500
                    ? WORDS.translate(ProblemMessages.UNEXPECTED, language)
                    : WORDS.text("detail.other", language);
        }
    }
}
