package vn.donghanh.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;

/** A console page whose template fails while rendering, for {@link ConsoleRenderFailureTest} (test classpath only). */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class BrokenPageController {
    static final String PATH = "/today/test-broken-template";

    @Get(value = PATH, produces = MediaType.TEXT_HTML)
    HttpResponse<?> broken(HttpRequest<?> request, ConsoleSession session) {
        Map<String, Object> model = ConsolePage.model(request, session);
        model.put("page", Map.of("name", "x"));
        return ConsolePage.render("console/test-broken", model);
    }
}
