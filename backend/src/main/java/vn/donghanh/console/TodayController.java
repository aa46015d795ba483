package vn.donghanh.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.checkin.ComplianceService;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.escalation.AlertService;
import vn.donghanh.help.HelpService;
import vn.donghanh.referral.ReferralService;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * The start page. For an officer, "Hôm nay" (today): what needs them now, from the services behind
 * {@code GET /api/v1/overdue}, {@code /alerts}, {@code /retention-checks} and
 * {@code /cases/due-for-completion}, and the open help requests of the whole scope ({@code HelpService.openInScope},
 * the service that answers each case's help requests), with the same scope and the same audit rows. Each list shows
 * its first {@value #FIRST} rows, and says when there are more.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class TodayController {
    static final int FIRST = 50;

    private final ComplianceService compliance;
    private final AlertService alerts;
    private final ReferralService referrals;
    private final CaseService cases;
    private final HelpService help;
    private final Clock clock;
    private final ZoneId zone;

    public TodayController(
            ComplianceService compliance,
            AlertService alerts,
            ReferralService referrals,
            CaseService cases,
            HelpService help,
            ServiceTime time) {
        this.compliance = compliance;
        this.alerts = alerts;
        this.referrals = referrals;
        this.cases = cases;
        this.help = help;
        this.clock = time.clock();
        this.zone = time.zone();
    }

    @Get(value = ConsolePaths.START, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> start(HttpRequest<?> request, ConsoleSession session) {
        Map<String, Object> model = ConsolePage.model(request, session);
        Caller caller = session.caller();
        if (!caller.is(Role.OFFICER)) {
            return ConsolePage.render("console/start-other", model);
        }
        model.put("navCurrent", "today");
        Instant now = clock.instant();

        var overdue = compliance.overdue(caller, null, FIRST);
        model.put(
                "overdue",
                overdue.items().stream()
                        .map(o -> ConsolePage.row(
                                "caseId", o.caseId(),
                                "fullName", o.fullName(),
                                "href", ConsolePaths.casePage(o.caseId()),
                                "kind", o.kind().name(),
                                "since", ConsoleFormat.dateTime(o.overdueSince(), zone),
                                "days", o.overdueHours() / 24,
                                "hours", o.overdueHours()))
                        .toList());
        model.put("overdueMore", overdue.nextCursor() != null);

        var open = alerts.openAlerts(caller, null, FIRST);
        model.put(
                "alerts",
                open.items().stream()
                        .map(a -> {
                            ConsoleFormat.Span span = ConsoleFormat.since(a.overdueSince(), now);
                            return ConsolePage.row(
                                    "fullName", a.fullName(),
                                    "href", ConsolePaths.casePage(a.caseId()),
                                    "kind", a.kind().name(),
                                    "raised", ConsoleFormat.dateTime(a.overdueSince(), zone),
                                    "sinceKey", span.key(),
                                    "sinceValue", span.value(),
                                    "toOfficer", a.officerNotifiedAt() != null);
                        })
                        .toList());
        model.put("alertsMore", open.nextCursor() != null);

        var helpOpen = help.openInScope(caller, null, FIRST);
        model.put(
                "help",
                helpOpen.items().stream()
                        .map(o -> {
                            var h = o.request();
                            ConsoleFormat.Span span = ConsoleFormat.since(h.createdAt(), now);
                            return ConsolePage.row(
                                    "fullName", o.fullName(),
                                    "href", ConsolePaths.casePage(h.caseId()),
                                    "category", h.category().name(),
                                    "raised", ConsoleFormat.dateTime(h.createdAt(), zone),
                                    "sinceKey", span.key(),
                                    "sinceValue", span.value(),
                                    "taken", h.acknowledgedAt() != null,
                                    "escalated", h.escalatedAt() != null);
                        })
                        .toList());
        model.put("helpMore", helpOpen.nextCursor() != null);

        var checks = referrals.dueChecks(caller, null, FIRST);
        model.put(
                "retention",
                checks.items().stream()
                        .map(r -> ConsolePage.row(
                                "fullName", r.fullName(),
                                "href", ConsolePaths.casePage(r.caseId()),
                                "kind", r.kind().name(),
                                "months", r.months(),
                                "dueOn", ConsoleFormat.date(r.dueOn())))
                        .toList());
        model.put("retentionMore", checks.nextCursor() != null);

        var due = cases.dueForCompletion(caller, null, FIRST);
        model.put(
                "completion",
                due.items().stream()
                        .map(c -> ConsolePage.row(
                                "fullName", c.fullName(),
                                "href", ConsolePaths.casePage(c.id()),
                                "plannedEnd", ConsoleFormat.date(c.plannedEndDate()),
                                "mentorName", c.mentorName()))
                        .toList());
        model.put("completionMore", due.nextCursor() != null);
        model.put("empty", List.of());
        return ConsolePage.render("console/today", model);
    }
}
