package vn.donghanh.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Arrays;
import java.util.Map;
import vn.donghanh.casefile.CaseQueries;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.common.ApiException;
import vn.donghanh.security.Role;

/**
 * The officer's case list: {@code CaseService.list}, the service behind {@code GET /api/v1/cases}
 * (same scope, same audit rows), searched by name with or without diacritics (the service folds
 * both sides), filtered by status, a page at a time with the service's cursor.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class CaseListController {
    static final int PAGE = 50;
    static final int MAX_QUERY = 200;

    private final CaseService cases;

    public CaseListController(CaseService cases) {
        this.cases = cases;
    }

    @Get(value = ConsolePaths.CASES, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> list(
            HttpRequest<?> request,
            ConsoleSession session,
            @QueryValue @Nullable String q,
            @QueryValue @Nullable String status,
            @QueryValue @Nullable String cursor) {
        Map<String, Object> model = ConsolePage.model(request, session);
        if (!session.caller().is(Role.OFFICER)) {
            return ConsolePage.render(HttpStatus.FORBIDDEN, "console/forbidden", model);
        }
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > MAX_QUERY) {
            text = text.substring(0, MAX_QUERY);
        }
        CaseStatus chosen = Arrays.stream(CaseStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        model.put("navCurrent", "cases");
        model.put("q", text == null ? "" : text);
        model.put("status", chosen == null ? "" : chosen.name());
        model.put("statuses", Arrays.stream(CaseStatus.values()).map(Enum::name).toList());
        try {
            var page = cases.list(
                    session.caller(),
                    new CaseQueries.ListFilter(
                            chosen, null, text, cursor == null || cursor.isBlank() ? null : cursor, PAGE));
            model.put(
                    "rows",
                    page.items().stream()
                            .map(c -> ConsolePage.row(
                                    "fullName", c.fullName(),
                                    "href", ConsolePaths.casePage(c.id()),
                                    "dateOfBirth", ConsoleFormat.date(c.dateOfBirth()),
                                    "status", c.status().name(),
                                    "mentorName", c.mentorName()))
                            .toList());
            String next = null;
            if (page.nextCursor() != null) {
                UriBuilder b = UriBuilder.of(ConsolePaths.CASES);
                if (text != null) {
                    b.queryParam("q", text);
                }
                if (chosen != null) {
                    b.queryParam("status", chosen.name());
                }
                next = b.queryParam("cursor", page.nextCursor()).build().toString();
            }
            model.put("next", next);
            model.put("firstPage", cursor != null && !cursor.isBlank());
            return ConsolePage.render("console/cases", model);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }
}
