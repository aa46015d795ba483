package vn.donghanh.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Every console request passes here first: the session cookie is resolved to a
 * {@link ConsoleSession} (left as a request attribute for {@link ConsoleSessionBinder}), and every
 * state-changing request (POST, PUT, PATCH, DELETE) must carry the session's CSRF token, as the
 * form field {@value #CSRF_FIELD} or the header {@value #CSRF_HEADER} (htmx sends it from the
 * page's {@code hx-headers}); the sign-in form, which has no session yet, carries the token of its
 * pre-session cookie instead. A refused request gets 403 and changes nothing. Console responses get
 * the console's Content-Security-Policy (scripts and styles from this server only, nothing inline).
 *
 * <p>A new page whose path is outside the patterns below must add its prefix here (and to
 * {@link ConsolePaths}), or it gets no session.
 */
@ServerFilter({"/", "/sign-in", "/sign-out", "/use-the-app", "/cases/**"})
public class ConsoleFilter implements Ordered {
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
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
    public HttpResponse<?> resolve(HttpRequest<?> request, @Nullable @Body String body) {
        Optional<ConsoleSession> session = request.getCookies()
                .findCookie(config.getCookieName())
                .flatMap(c -> sessions.resolve(c.getValue(), addresses.resolve(request)));
        session.ifPresent(s -> request.setAttribute(ConsoleSession.ATTRIBUTE, s));
        if (!isUnsafe(request.getMethod())) {
            return null;
        }
        String expected;
        if (ConsolePaths.SIGN_IN.equals(request.getPath())) {
            expected = request.getCookies()
                    .findCookie(config.preSessionCookieName())
                    .map(Cookie::getValue)
                    .orElse(null);
        } else if (session.isPresent()) {
            expected = session.get().csrfToken();
        } else {
            // No session (ended, or never): back to the sign-in page, nothing done.
            return HttpResponse.seeOther(URI.create(ConsolePaths.SIGN_IN));
        }
        String presented = request.getHeaders().get(CSRF_HEADER);
        if (presented == null) {
            presented = formField(body, CSRF_FIELD);
        }
        if (expected == null || presented == null || !constantTimeEquals(expected, presented)) {
            return HttpResponse.status(HttpStatus.FORBIDDEN)
                    .contentType("text/plain; charset=utf-8")
                    .body(ConsoleMessages.forRequest(request).get("error.csrf"));
        }
        return null;
    }

    @ResponseFilter
    public void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().set("Content-Security-Policy", CSP);
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
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

    /** One field of an {@code application/x-www-form-urlencoded} body, or null. */
    static String formField(String body, String name) {
        if (body == null || body.isEmpty()) {
            return null;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            try {
                if (name.equals(URLDecoder.decode(key, StandardCharsets.UTF_8))) {
                    return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
        return null;
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
