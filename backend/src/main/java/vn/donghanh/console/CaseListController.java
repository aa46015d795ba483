package vn.donghanh.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.donghanh.account.AccountService;
import vn.donghanh.casefile.CaseQueries;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.checkin.ComplianceService;
import vn.donghanh.common.ApiException;
import vn.donghanh.security.Role;

/**
 * The officer's case list: {@code CaseService.search}, the scope, role check and audit of
 * {@code GET /api/v1/cases} with the console's filters (name with or without diacritics, status,
 * mentor or no mentor, an overdue check-in — computed by {@code ComplianceService} — and due for
 * completion), sorted by a column either way, a page at a time with the service's cursor; and the
 * same list whole as {@code .xlsx}.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class CaseListController {
    static final int PAGE = 50;

    private final CaseService cases;
    private final ComplianceService compliance;
    private final AccountService accounts;

    public CaseListController(CaseService cases, ComplianceService compliance, AccountService accounts) {
        this.cases = cases;
        this.compliance = compliance;
        this.accounts = accounts;
    }

    @Get(value = ConsolePaths.CASES, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> list(
            HttpRequest<?> request,
            ConsoleSession session,
            @QueryValue @Nullable String q,
            @QueryValue @Nullable String status,
            @QueryValue @Nullable String mentor,
            @QueryValue @Nullable String overdue,
            @QueryValue @Nullable String due,
            @QueryValue @Nullable String sort,
            @QueryValue @Nullable String dir,
            @QueryValue @Nullable String cursor) {
        Map<String, Object> model = ConsolePage.model(request, session);
        if (!session.caller().is(Role.OFFICER)) {
            return ConsolePage.render(HttpStatus.FORBIDDEN, "console/forbidden", model);
        }
        CaseListQuery query = CaseListQuery.of(q, status, mentor, overdue, due, sort, dir);
        Locale locale = ConsoleMessages.localeOf(request);
        model.put("navCurrent", "cases");
        model.put("q", query.text() == null ? "" : query.text());
        model.put("status", query.status() == null ? "" : query.status().name());
        model.put("statuses", Arrays.stream(CaseStatus.values()).map(Enum::name).toList());
        model.put("mentor", query.mentor() == null ? "" : query.mentor());
        model.put("noMentor", CaseListQuery.NO_MENTOR);
        model.put("overdue", query.overdue());
        model.put("due", query.due());
        model.put("filtered", query.filtered());
        model.put("sort", query.sort().name());
        model.put("dir", query.descending() ? "desc" : "");
        model.put("xlsx", query.link(ConsolePaths.CASES_XLSX).build().toString());
        Map<String, Object> sorts = ConsolePage.row();
        for (CaseQueries.SortBy by : CaseQueries.SortBy.values()) {
            sorts.put(by.name(), ConsolePage.row("href", query.sortLink(by), "aria", query.ariaSort(by)));
        }
        model.put("sorts", sorts);
        try {
            model.put(
                    "mentors",
                    accounts.mentorsFor(session.caller()).stream()
                            .filter(a -> a.active())
                            .map(a -> ConsolePage.row("id", a.id(), "name", a.displayName()))
                            .toList());
            String from = cursor == null || cursor.isBlank() ? null : cursor;
            var page = cases.search(session.caller(), query.search(overdueIds(session, query), from, PAGE));
            model.put(
                    "rows",
                    page.items().stream()
                            .map(r -> {
                                var c = r.summary();
                                return ConsolePage.row(
                                        "fullName", c.fullName(),
                                        "href", ConsolePaths.casePage(c.id()),
                                        "dateOfBirth", ConsoleFormat.date(c.dateOfBirth()),
                                        "status", c.status().name(),
                                        "startDate", ConsoleFormat.date(r.startDate()),
                                        "plannedEnd", ConsoleFormat.date(c.plannedEndDate()),
                                        "mentorName", c.mentorName());
                            })
                            .toList());
            model.put("count", ConsoleFormat.number(page.items().size(), locale));
            model.put(
                    "next",
                    page.nextCursor() == null
                            ? null
                            : query.link(ConsolePaths.CASES)
                                    .queryParam("cursor", page.nextCursor())
                                    .build()
                                    .toString());
            model.put(
                    "firstPage",
                    from != null ? query.link(ConsolePaths.CASES).build().toString() : null);
            return ConsolePage.render("console/cases", model);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    /** The whole filtered list (every page, not the one shown), in the page's words, with date cells. */
    @Get(value = ConsolePaths.CASES_XLSX)
    public HttpResponse<?> download(
            HttpRequest<?> request,
            ConsoleSession session,
            @QueryValue @Nullable String q,
            @QueryValue @Nullable String status,
            @QueryValue @Nullable String mentor,
            @QueryValue @Nullable String overdue,
            @QueryValue @Nullable String due,
            @QueryValue @Nullable String sort,
            @QueryValue @Nullable String dir) {
        if (!session.caller().is(Role.OFFICER)) {
            return ConsolePage.render(HttpStatus.FORBIDDEN, "console/forbidden", ConsolePage.model(request, session));
        }
        CaseListQuery query = CaseListQuery.of(q, status, mentor, overdue, due, sort, dir);
        ConsoleMessages.Words words = ConsoleMessages.forRequest(request);
        try {
            var rows = cases.searchAll(session.caller(), query.search(overdueIds(session, query), null, PAGE));
            List<String> headers = List.of(
                    words.get("lists.cases.col.name"),
                    words.get("lists.cases.col.dateOfBirth"),
                    words.get("lists.cases.col.status"),
                    words.get("lists.cases.col.mentor"),
                    words.get("lists.cases.col.start"),
                    words.get("lists.cases.col.plannedEnd"));
            List<List<?>> cells = rows.stream()
                    .map(r -> {
                        var c = r.summary();
                        return Arrays.<Object>asList(
                                c.fullName(),
                                c.dateOfBirth(),
                                words.get("status." + c.status().name()),
                                c.mentorName() == null ? words.get("case.noMentor") : c.mentorName(),
                                r.startDate(),
                                c.plannedEndDate());
                    })
                    .<List<?>>map(l -> l)
                    .toList();
            byte[] bytes = ConsoleSheet.write(words.get("lists.cases.sheet"), headers, cells);
            return ConsoleSheet.download(words.get("lists.cases.file"), bytes);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    private Set<String> overdueIds(ConsoleSession session, CaseListQuery query) {
        return query.overdue() ? compliance.overdueCaseIds(session.caller()) : null;
    }
}
