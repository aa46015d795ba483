package vn.donghanh.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.donghanh.common.ApiException;

/**
 * Builds what a console template gets: the page's own values plus what every page's frame needs
 * ({@code lang}, {@code csrf}, the signed-in name and role). Values are plain maps and strings, so
 * templates never depend on the API's model classes.
 */
public final class ConsolePage {
    private ConsolePage() {}

    /** A map that allows null values (Map.of does not), in insertion order. */
    public static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** The model of a page shown to a signed-in staff member. */
    public static Map<String, Object> model(HttpRequest<?> request, ConsoleSession session) {
        Map<String, Object> m = anonymous(request, session.csrfToken());
        m.put("userName", session.caller().displayName());
        m.put("userRole", session.caller().role().name());
        return m;
    }

    /** The model of a page shown without a session (sign-in, use the app). */
    public static Map<String, Object> anonymous(HttpRequest<?> request, String csrf) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", ConsoleMessages.localeOf(request).getLanguage());
        m.put("csrf", csrf);
        m.put("csrfField", ConsoleCsrf.FIELD);
        m.put("csrfHeaders", csrf == null ? null : "{\"" + ConsoleCsrf.HEADER + "\": \"" + csrf + "\"}");
        return m;
    }

    public static MutableHttpResponse<ModelAndView<Map<String, Object>>> render(
            String view, Map<String, Object> model) {
        return HttpResponse.ok(new ModelAndView<>(view, model));
    }

    public static MutableHttpResponse<ModelAndView<Map<String, Object>>> render(
            HttpStatus status, String view, Map<String, Object> model) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status).body(new ModelAndView<>(view, model));
    }

    /**
     * The page for a refusal by a service, as the API would answer it: 404 "not found" for a
     * record outside the caller's scope or that does not exist (the two look the same), 403 for a
     * role that may not do this, 400 for an address that names no record.
     */
    public static HttpResponse<ModelAndView<Map<String, Object>>> refused(
            HttpRequest<?> request, ConsoleSession session, ApiException e) {
        Map<String, Object> model = model(request, session);
        HttpStatus status = e.status();
        if (status == HttpStatus.FORBIDDEN) {
            return render(status, "console/forbidden", model);
        }
        if (status == HttpStatus.NOT_FOUND || status == HttpStatus.BAD_REQUEST) {
            return render(HttpStatus.NOT_FOUND, "console/not-found", model);
        }
        throw e;
    }
}
