package vn.donghanh.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every console request passes here first: the session cookie is resolved to a
 * {@link ConsoleSession} (left as a request attribute for {@link ConsoleSessionBinder}); a
 * state-changing request (POST, PUT, PATCH, DELETE) without a session goes to the sign-in page, and
 * one whose {@link ConsoleCsrf#HEADER} is wrong gets 403 (see {@link ConsoleCsrf} for the form
 * field, which the handler checks). Console responses get
 * the console's Content-Security-Policy (scripts and styles from this server only, nothing inline).
 *
 * <p>A new page whose path is outside the patterns below must add its prefix here (and to
 * {@link ConsolePaths}), or it gets no session.
 */
@ServerFilter({
    "/",
    "/sign-in",
    "/sign-out",
    "/use-the-app",
    "/cases/**",
    "/referrals",
    "/referrals.xlsx",
    "/cases.xlsx",
    "/overdue.xlsx",
    "/retention-checks.xlsx",
    "/today/**",
    "/supervision/**",
    "/admin/**",
    "/import",
    "/import/**",
    "/transfers/**",
    "/reports",
    "/reports/**",
    "/clubs", // issue 17: peer clubs
    "/clubs/**",
    "/training", // issue 17: console/TrainingPageController
    "/training/**" // issue 17: a course taken in the console, console/TrainingCoursePageController
})
public class ConsoleFilter implements Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleFilter.class);
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    private final ConsoleSessions sessions;
    private final ConsoleConfig config;
    private final HttpClientAddressResolver addresses;

    public ConsoleFilter(ConsoleSessions sessions, ConsoleConfig config, HttpClientAddressResolver addresses) {
        this.sessions = sessions;
        this.config = config;
        this.addresses = addresses;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> resolve(HttpRequest<?> request) {
        Optional<ConsoleSession> session = request.getCookies()
                .findCookie(config.getCookieName())
                .flatMap(c -> sessions.resolve(c.getValue(), addresses.resolve(request)));
        session.ifPresent(s -> request.setAttribute(ConsoleSession.ATTRIBUTE, s));
        if (!isUnsafe(request.getMethod()) || ConsolePaths.SIGN_IN.equals(request.getPath())) {
            // The sign-in form's token is its pre-session cookie's, checked by SignInController.
            return null;
        }
        if (session.isEmpty()) {
            // No session (ended, or never): back to the sign-in page, nothing done.
            return HttpResponse.seeOther(URI.create(ConsolePaths.SIGN_IN));
        }
        String header = request.getHeaders().get(ConsoleCsrf.HEADER);
        if (header != null) {
            if (!ConsoleCsrf.matches(session.get().csrfToken(), header)) {
                return ConsoleCsrf.refusal(request);
            }
            request.setAttribute(ConsoleCsrf.VERIFIED, true);
        }
        return null;
    }

    @ResponseFilter
    public MutableHttpResponse<?> headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MutableHttpResponse<?> answer = renderedNow(request, response);
        answer.getHeaders().set("Content-Security-Policy", CSP);
        // Not no-referrer: a browser then sends "Origin: null" on form posts, which Micronaut refuses.
        // same-origin still tells no other site where the officer came from.
        answer.getHeaders().set("Referrer-Policy", "same-origin");
        answer.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
        return answer;
    }

    /**
     * Renders a page's template here, before the response is written. Micronaut Views renders
     * lazily, while the body is written, and a template that fails there leaves the browser
     * waiting for an answer that never comes (micronaut-views#832); rendered here, a failure is a
     * 500 page saying so, at once, and the error is logged with the address.
     */
    @SuppressWarnings("unchecked")
    static MutableHttpResponse<?> renderedNow(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!(response.getBody().orElse(null) instanceof Writable page)) {
            return response;
        }
        StringWriter out = new StringWriter();
        try {
            page.writeTo(out);
        } catch (IOException | RuntimeException e) {
            LOG.error("console page {} failed to render", request.getPath(), e);
            return HttpResponse.serverError()
                    .contentType("text/plain; charset=utf-8")
                    .body(ConsoleMessages.forRequest(request).get("error.render"));
        }
        return ((MutableHttpResponse<Object>) response).body(out.toString());
    }

    /** After the security filter (the API's bearer tokens are untouched by the console). */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    private static boolean isUnsafe(HttpMethod method) {
        return method == HttpMethod.POST
                || method == HttpMethod.PUT
                || method == HttpMethod.PATCH
                || method == HttpMethod.DELETE;
    }
}
