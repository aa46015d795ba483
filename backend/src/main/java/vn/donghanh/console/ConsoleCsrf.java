package vn.donghanh.console;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * The console's CSRF rule: every state-changing request carries the session's token, as the form
 * field {@value #FIELD} or the header {@value #HEADER} (htmx sends it from the page's
 * {@code hx-headers}). The header is checked by {@link ConsoleFilter} before any controller runs;
 * a form's field is checked by the handler's first line, {@link #require}, because the body is
 * read once, by the route (a filter that reads it too races the route for it). Every
 * {@code @Post}/{@code @Put}/{@code @Delete} handler of the console calls {@link #require}:
 * {@code ConsoleCsrfRuleTest} fails the build on one that does not.
 */
public final class ConsoleCsrf {
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    /** Set by the filter when the header carried the right token. */
    static final String VERIFIED = "donghanh.console.csrf-verified";

    private ConsoleCsrf() {}

    /** Refuses (403, nothing done) unless the header or the form's field carries {@code expected}. */
    public static void require(HttpRequest<?> request, String expected, Map<String, String> form) {
        if (request.getAttribute(VERIFIED, Boolean.class).orElse(false)) {
            return;
        }
        String presented = form == null ? null : form.get(FIELD);
        if (!matches(expected, presented)) {
            throw new Refused();
        }
    }

    static boolean matches(String expected, String presented) {
        return expected != null
                && presented != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    /** 403 in the request's language; nothing was done. */
    static HttpResponse<?> refusal(HttpRequest<?> request) {
        return HttpResponse.status(HttpStatus.FORBIDDEN)
                .contentType("text/plain; charset=utf-8")
                .body(ConsoleMessages.forRequest(request).get("error.csrf"));
    }

    /** A request without the right token. */
    public static class Refused extends RuntimeException {
        public Refused() {
            super("CSRF token missing or wrong", null, false, false);
        }
    }

    @Singleton
    @Requires(classes = Refused.class)
    public static class RefusedHandler implements ExceptionHandler<Refused, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, Refused exception) {
            return refusal(request);
        }
    }
}
