package vn.donghanh.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import vn.donghanh.common.ApiException;

/**
 * Sign-in, sign-out and the "use the phone app" page. The console's pages are open to the
 * framework's security ({@code IS_ANONYMOUS}: the API's bearer tokens play no part here); who may
 * see what is decided by the console session ({@link ConsoleSessionBinder}) and, for every record,
 * by the same services the API calls.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class SignInController {
    private final ConsoleSessions sessions;
    private final ConsoleConfig config;
    private final HttpClientAddressResolver addresses;

    public SignInController(ConsoleSessions sessions, ConsoleConfig config, HttpClientAddressResolver addresses) {
        this.sessions = sessions;
        this.config = config;
        this.addresses = addresses;
    }

    @Get(value = ConsolePaths.SIGN_IN, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> form(HttpRequest<?> request) {
        if (request.getAttribute(ConsoleSession.ATTRIBUTE).isPresent()) {
            return HttpResponse.seeOther(URI.create(ConsolePaths.START));
        }
        return signInPage(request, HttpStatus.OK, null, null);
    }

    @Post(
            value = ConsolePaths.SIGN_IN,
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> signIn(HttpRequest<?> request, @Body Map<String, String> form) {
        ConsoleCsrf.require(
                request,
                request.getCookies()
                        .findCookie(config.preSessionCookieName())
                        .map(Cookie::getValue)
                        .orElse(null),
                form);
        String username = Optional.ofNullable(form.get("username")).orElse("").trim();
        String password = Optional.ofNullable(form.get("password")).orElse("");
        if (username.isEmpty() || password.isEmpty() || username.length() > 64 || password.length() > 128) {
            return signInPage(request, HttpStatus.BAD_REQUEST, "signin.error.missing", username);
        }
        ConsoleSessions.SignedIn result;
        try {
            result = sessions.signIn(username, password, addresses.resolve(request));
        } catch (ApiException e) {
            if (e.status() == HttpStatus.TOO_MANY_REQUESTS) {
                MutableHttpResponse<?> r =
                        signInPage(request, HttpStatus.TOO_MANY_REQUESTS, "signin.error.wait", username);
                if (e.retryAfter() != null) {
                    r.header(
                            "Retry-After",
                            Long.toString(Math.max(1, e.retryAfter().toSeconds())));
                }
                return r;
            }
            if (e.status() == HttpStatus.UNAUTHORIZED || e.status() == HttpStatus.BAD_REQUEST) {
                return signInPage(request, HttpStatus.UNAUTHORIZED, "signin.error.failed", username);
            }
            throw e;
        }
        if (result instanceof ConsoleSessions.AppOnly) {
            return HttpResponse.seeOther(URI.create(ConsolePaths.USE_THE_APP))
                    .cookie(expired(config.preSessionCookieName()));
        }
        ConsoleSessions.Started started = (ConsoleSessions.Started) result;
        return HttpResponse.seeOther(URI.create(ConsolePaths.START))
                .cookie(sessionCookie(request, started.token()))
                .cookie(expired(config.preSessionCookieName()));
    }

    @Post(value = ConsolePaths.SIGN_OUT, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signOut(
            HttpRequest<?> request, ConsoleSession session, @Nullable @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        sessions.signOut(session);
        return HttpResponse.seeOther(URI.create(ConsolePaths.SIGN_IN)).cookie(expired(config.getCookieName()));
    }

    @Get(value = ConsolePaths.USE_THE_APP, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> useTheApp(HttpRequest<?> request) {
        return ConsolePage.render("console/use-the-app", ConsolePage.anonymous(request, null));
    }

    private MutableHttpResponse<?> signInPage(
            HttpRequest<?> request, HttpStatus status, @Nullable String error, @Nullable String username) {
        // The form's CSRF token before there is a session: kept in a cookie only this site sends back.
        String pre = request.getCookies()
                .findCookie(config.preSessionCookieName())
                .map(Cookie::getValue)
                .filter(v -> v.length() == 43)
                .orElseGet(sessions::randomToken);
        Map<String, Object> model = ConsolePage.anonymous(request, pre);
        model.put("error", error);
        model.put("username", username);
        return ConsolePage.render(status, "console/sign-in", model)
                .cookie(cookie(request, config.preSessionCookieName(), pre).path(ConsolePaths.SIGN_IN));
    }

    private Cookie sessionCookie(HttpRequest<?> request, String token) {
        return cookie(request, config.getCookieName(), token).path("/");
    }

    private Cookie cookie(HttpRequest<?> request, String name, String value) {
        return Cookie.of(name, value)
                .httpOnly(true)
                .sameSite(SameSite.Strict)
                .secure(config.isAlwaysSecureCookie() || request.isSecure());
    }

    private static Cookie expired(String name) {
        return Cookie.of(name, "")
                .path(name.endsWith("_pre") ? ConsolePaths.SIGN_IN : "/")
                .maxAge(0)
                .httpOnly(true);
    }
}
