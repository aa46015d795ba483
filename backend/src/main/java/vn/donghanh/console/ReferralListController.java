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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.referral.ReferralModels;
import vn.donghanh.referral.ReferralService;
import vn.donghanh.referral.ReferralStatus;
import vn.donghanh.security.Role;

/**
 * Every referral of the officer's communes ({@code ReferralService.listInScope}: the caller's case
 * scope, each case listed in its access log), latest status change first, filtered by status, a page
 * at a time; and the whole list (every page, not only the first) as an {@code .xlsx} download.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class ReferralListController {
    static final int PAGE = 100;

    private final ReferralService referrals;
    private final ServiceTime time;

    public ReferralListController(ReferralService referrals, ServiceTime time) {
        this.referrals = referrals;
        this.time = time;
    }

    @Get(value = ConsolePaths.REFERRALS, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> list(
            HttpRequest<?> request,
            ConsoleSession session,
            @QueryValue @Nullable String status,
            @QueryValue @Nullable String cursor) {
        Map<String, Object> model = ConsolePage.model(request, session);
        if (!session.caller().is(Role.OFFICER)) {
            return ConsolePage.render(HttpStatus.FORBIDDEN, "console/forbidden", model);
        }
        ReferralStatus chosen = chosen(status);
        model.put("navCurrent", "referrals");
        model.put("status", chosen == null ? "" : chosen.name());
        model.put(
                "statuses",
                Arrays.stream(ReferralStatus.values()).map(Enum::name).toList());
        try {
            var page = referrals.listInScope(
                    session.caller(), chosen, cursor == null || cursor.isBlank() ? null : cursor, PAGE);
            LocalDate today = time.today();
            model.put(
                    "rows",
                    page.items().stream()
                            .map(l -> {
                                ReferralModels.Referral r = l.referral();
                                return ConsolePage.row(
                                        "fullName", l.fullName(),
                                        "href", RecordForms.sectionOf(r.caseId(), ReferralsSection.NAME),
                                        "title", r.opportunityTitle(),
                                        "provider", r.providerName(),
                                        "kind", r.kind().name(),
                                        "status", r.status().name(),
                                        "statusDate", ConsoleFormat.date(r.statusDate()),
                                        "sinceDays", daysSince(r.statusDate(), today));
                            })
                            .toList());
            UriBuilder download = UriBuilder.of(ConsolePaths.REFERRALS_XLSX);
            UriBuilder next = UriBuilder.of(ConsolePaths.REFERRALS);
            if (chosen != null) {
                download.queryParam("status", chosen.name());
                next.queryParam("status", chosen.name());
            }
            model.put("download", download.build().toString());
            model.put(
                    "next",
                    page.nextCursor() == null
                            ? null
                            : next.queryParam("cursor", page.nextCursor())
                                    .build()
                                    .toString());
            model.put("firstPage", cursor != null && !cursor.isBlank());
            return ConsolePage.render("console/referrals", model);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Get(value = ConsolePaths.REFERRALS_XLSX)
    public HttpResponse<?> download(
            HttpRequest<?> request, ConsoleSession session, @QueryValue @Nullable String status) {
        if (!session.caller().is(Role.OFFICER)) {
            return ConsolePage.render(HttpStatus.FORBIDDEN, "console/forbidden", ConsolePage.model(request, session));
        }
        ConsoleMessages.Words words = ConsoleMessages.forRequest(request);
        ReferralStatus chosen = chosen(status);
        LocalDate today = time.today();
        List<List<?>> rows = new ArrayList<>();
        try {
            String cursor = null;
            do {
                var page = referrals.listInScope(session.caller(), chosen, cursor, ReferralService.CHUNK);
                for (ReferralModels.ListedReferral l : page.items()) {
                    ReferralModels.Referral r = l.referral();
                    rows.add(Arrays.asList(
                            l.fullName(),
                            r.opportunityTitle(),
                            r.providerName(),
                            words.get("referral.kind." + r.kind().name()),
                            words.get("chk.referral.status." + r.status().name()),
                            r.statusDate(),
                            daysSince(r.statusDate(), today)));
                }
                cursor = page.nextCursor();
            } while (cursor != null);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
        List<String> headers = List.of(
                words.get("chk.col.person"),
                words.get("chk.col.opportunity"),
                words.get("chk.col.provider"),
                words.get("chk.col.kind"),
                words.get("chk.col.status"),
                words.get("chk.col.statusDate"),
                words.get("chk.col.sinceDays"));
        String sheet = words.get("chk.referrals.title");
        return ConsoleSheet.download(
                sheet + " " + ConsoleFormat.date(today).replace('/', '-') + ".xlsx",
                ConsoleSheet.write(sheet, headers, rows));
    }

    private static ReferralStatus chosen(String status) {
        return Arrays.stream(ReferralStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
    }

    private static long daysSince(LocalDate date, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(date, today));
    }
}
