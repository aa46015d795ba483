package vn.donghanh.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.donghanh.common.Ids;
import vn.donghanh.common.Page;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.retention.RetentionModels;
import vn.donghanh.retention.RetentionService;

/**
 * The admin's view of the retention job (issue 17), over {@code RetentionService} as the API's
 * {@code GET /api/v1/admin/retention-runs}: the rule in words (the configured period), every run newest first
 * (a page at a time), and, for one run, the ids of the cases it anonymised. Ids and counts only: an anonymised case
 * has no name left to show.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class AdminRetentionController {
    private static final int RUNS_PAGE = 50;
    private static final int CASES_PAGE = 200;
    private final RetentionService retention;
    private final ZoneId zone;

    public AdminRetentionController(RetentionService retention, ServiceTime time) {
        this.retention = retention;
        this.zone = time.zone();
    }

    @Get(value = ConsolePaths.ADMIN_RETENTION, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> page(
            HttpRequest<?> request,
            ConsoleSession session,
            @QueryValue @Nullable String cursor,
            @QueryValue @Nullable String run,
            @QueryValue @Nullable String casesCursor) {
        Map<String, Object> model = AdminPages.model(request, session, "retention");
        if (model == null) {
            return AdminPages.forbidden(request, session);
        }
        Locale locale = ConsoleMessages.localeOf(request);
        model.put("period", vn.donghanh.privacy.RetentionPeriod.words(Period.parse(retention.afterClosure()), locale));
        if (run != null) {
            RetentionModels.Run one = retention.run(session.caller(), Ids.parse("run", run));
            model.put("run", row(one, locale));
            Page<RetentionModels.AnonymisedCase> cases =
                    retention.cases(session.caller(), one.id(), blankToNull(casesCursor), CASES_PAGE);
            List<Map<String, Object>> caseRows = new ArrayList<>();
            for (RetentionModels.AnonymisedCase c : cases.items()) {
                caseRows.add(
                        ConsolePage.row("caseId", c.caseId(), "at", ConsoleFormat.dateTime(c.anonymisedAt(), zone)));
            }
            model.put("cases", caseRows);
            model.put("casesNext", cases.nextCursor());
        } else {
            Page<RetentionModels.Run> runs = retention.runs(session.caller(), blankToNull(cursor), RUNS_PAGE);
            List<Map<String, Object>> rows = new ArrayList<>();
            runs.items().forEach(r -> rows.add(row(r, locale)));
            model.put("runs", rows);
            model.put("next", runs.nextCursor());
            model.put("firstPage", cursor == null || cursor.isBlank());
        }
        return ConsolePage.render("console/admin-retention", model);
    }

    private Map<String, Object> row(RetentionModels.Run r, Locale locale) {
        return ConsolePage.row(
                "id", r.id(),
                "started", ConsoleFormat.dateTime(r.startedAt(), zone),
                "finished", r.finishedAt() == null ? null : ConsoleFormat.dateTime(r.finishedAt(), zone),
                "closedBefore", ConsoleFormat.date(r.closedBefore()),
                "period", vn.donghanh.privacy.RetentionPeriod.words(Period.parse(r.afterClosure()), locale),
                "anonymised", OversightFormat.number(r.casesAnonymised(), locale),
                "anonymisedCount", r.casesAnonymised(),
                "failed", r.casesFailed());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
