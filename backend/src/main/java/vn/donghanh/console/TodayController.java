package vn.donghanh.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.checkin.CheckinModels;
import vn.donghanh.checkin.ComplianceService;
import vn.donghanh.checkin.OverdueKind;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.common.Page;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.escalation.AlertService;
import vn.donghanh.help.HelpModels;
import vn.donghanh.help.HelpService;
import vn.donghanh.referral.ReferralModels;
import vn.donghanh.referral.ReferralService;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;
import vn.donghanh.transfer.TransferService;

/**
 * The start page. For an officer, "Hôm nay" (today): what needs them now, from the services behind
 * {@code GET /api/v1/overdue}, {@code /alerts}, {@code /retention-checks} and
 * {@code /cases/due-for-completion}, and the open help requests of the whole scope ({@code HelpService.openInScope}),
 * with the same scope and the same audit rows. Each list shows its first {@value #FIRST} rows and a "xem thêm" link
 * to the next {@value #FIRST} ({@code /?list=<name>&cursor=…}, that list alone). Each row offers its next action: the
 * help request taken and resolved, the alert acknowledged, the retention check answered — here, through the same
 * service calls as the API's {@code POST …/acknowledge}, {@code …/resolve} and {@code …/answer} — or a link to the
 * case page's part that does it. The overdue list and the retention checks download whole as {@code .xlsx}.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class TodayController {
    static final int FIRST = 50;
    /** How far back "answered lately" reaches: the sender's way back to a case that has left them. */
    static final int ANSWERED_DAYS = 7;
    /** Rows read at a time for a download (the overdue list's largest page). */
    static final int DOWNLOAD_PAGE = ComplianceService.MAX_OVERDUE_PAGE;

    static final List<String> LISTS = List.of("overdue", "help", "alerts", "retention", "completion");

    private final ComplianceService compliance;
    private final AlertService alerts;
    private final ReferralService referrals;
    private final CaseService cases;
    private final HelpService help;
    private final TransferService transfers;
    private final Validator validator;
    private final Clock clock;
    private final ZoneId zone;
    private final vn.donghanh.privacy.CorrectionService corrections; // issue 17

    public TodayController(
            ComplianceService compliance,
            AlertService alerts,
            ReferralService referrals,
            CaseService cases,
            HelpService help,
            TransferService transfers,
            Validator validator,
            ServiceTime time,
            vn.donghanh.privacy.CorrectionService corrections) {
        this.corrections = corrections;
        this.compliance = compliance;
        this.alerts = alerts;
        this.referrals = referrals;
        this.cases = cases;
        this.help = help;
        this.transfers = transfers;
        this.validator = validator;
        this.clock = time.clock();
        this.zone = time.zone();
    }

    @Get(value = ConsolePaths.START, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> start(
            HttpRequest<?> request,
            ConsoleSession session,
            @QueryValue @Nullable String list,
            @QueryValue @Nullable String cursor) {
        // A supervisor's and an admin's work starts on their own pages: "Hôm nay" is the officer's.
        if (session.caller().is(Role.SUPERVISOR)) {
            return HttpResponse.seeOther(URI.create(ConsolePaths.SUPERVISION));
        }
        if (session.caller().is(Role.ADMIN)) {
            return HttpResponse.seeOther(URI.create(ConsolePaths.ADMIN));
        }
        Map<String, Object> model = ConsolePage.model(request, session);
        if (!session.caller().is(Role.OFFICER)) {
            return ConsolePage.render("console/start-other", model);
        }
        try {
            fill(request, session, model, list, cursor);
            model.put("form", ConsoleForm.blank(Map.of()));
            return ConsolePage.render("console/today", model);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    /** "Nhận xử lý": the officer takes the help request (HelpService.acknowledge, as the API's POST …/acknowledge). */
    @Post(value = ConsolePaths.TODAY_ACTIONS + "/help/{id}/take", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> take(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        return act(
                request,
                session,
                form,
                id,
                "help",
                (f, caller, target) -> f.run(() -> help.acknowledge(caller, target)));
    }

    /** "Đã giải quyết": resolved with the officer's note (HelpService.resolve, as the API's POST …/resolve). */
    @Post(value = ConsolePaths.TODAY_ACTIONS + "/help/{id}/resolve", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> resolve(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        return act(request, session, form, id, "help", (f, caller, target) -> {
            var body = new HelpModels.Resolve(f.text("note"));
            f.check(validator, body);
            f.run(() -> help.resolve(caller, target, body));
        });
    }

    /** The alert acknowledged (AlertService.acknowledge, as the API's POST /alerts/{id}/acknowledge). */
    @Post(
            value = ConsolePaths.TODAY_ACTIONS + "/alerts/{id}/acknowledge",
            consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> acknowledgeAlert(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        return act(
                request,
                session,
                form,
                id,
                "alerts",
                (f, caller, target) -> f.run(() -> alerts.acknowledge(caller, target)));
    }

    /** The retention check answered (ReferralService.answer, as the API's POST /retention-checks/{id}/answer). */
    @Post(
            value = ConsolePaths.TODAY_ACTIONS + "/retention/{id}/answer",
            consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> answerRetention(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        return act(request, session, form, id, "retention", (f, caller, target) -> {
            var body = new ReferralModels.AnswerCheck(f.choice("outcome", ReferralModels.Outcome.class), null);
            f.check(validator, body);
            f.run(() -> referrals.answer(caller, target, body));
        });
    }

    /** The overdue list, every row (not the page shown), longest overdue first. */
    @Get(ConsolePaths.OVERDUE_XLSX)
    public HttpResponse<?> overdueSheet(HttpRequest<?> request, ConsoleSession session) {
        if (!session.caller().is(Role.OFFICER)) {
            return ConsolePage.render(HttpStatus.FORBIDDEN, "console/forbidden", ConsolePage.model(request, session));
        }
        ConsoleMessages.Words words = ConsoleMessages.forRequest(request);
        List<List<?>> rows = new ArrayList<>();
        everyPage(
                c -> compliance.overdue(session.caller(), c, DOWNLOAD_PAGE),
                o -> rows.add(Arrays.asList(
                        o.fullName(),
                        words.get(kindKey(o)),
                        o.overdueSince().atZoneSameInstant(zone).toLocalDateTime(),
                        o.overdueHours() / 24)));
        byte[] bytes = ConsoleSheet.write(
                words.get("lists.overdue.sheet"),
                List.of(
                        words.get("col.person"),
                        words.get("col.expected"),
                        words.get("col.overdueSince"),
                        words.get("lists.overdue.col.days")),
                rows);
        return ConsoleSheet.download(words.get("lists.overdue.file"), bytes);
    }

    /** The retention checks due, every row, earliest first. */
    @Get(ConsolePaths.RETENTION_XLSX)
    public HttpResponse<?> retentionSheet(HttpRequest<?> request, ConsoleSession session) {
        if (!session.caller().is(Role.OFFICER)) {
            return ConsolePage.render(HttpStatus.FORBIDDEN, "console/forbidden", ConsolePage.model(request, session));
        }
        ConsoleMessages.Words words = ConsoleMessages.forRequest(request);
        List<List<?>> rows = new ArrayList<>();
        everyPage(
                c -> referrals.dueChecks(session.caller(), c, DOWNLOAD_PAGE),
                r -> rows.add(Arrays.asList(
                        r.fullName(), words.get("referral.kind." + r.kind().name()), r.months(), r.dueOn())));
        byte[] bytes = ConsoleSheet.write(
                words.get("lists.retention.sheet"),
                List.of(
                        words.get("col.person"),
                        words.get("col.placement"),
                        words.get("lists.retention.col.months"),
                        words.get("col.dueOn")),
                rows);
        return ConsoleSheet.download(words.get("lists.retention.file"), bytes);
    }

    /** One row action: its service call through the form, then back to the list (303), or the page with the refusal. */
    private HttpResponse<?> act(
            HttpRequest<?> request,
            ConsoleSession session,
            Map<String, String> form,
            String id,
            String list,
            RowAction action) {
        Map<String, Object> model = ConsolePage.model(request, session);
        if (!session.caller().is(Role.OFFICER)) {
            return ConsolePage.render(HttpStatus.FORBIDDEN, "console/forbidden", model);
        }
        try {
            String target = Ids.parse("id", id);
            ConsoleForm f = ConsoleForm.of(request, form);
            action.run(f, session.caller(), target);
            if (!f.hasErrors()) {
                return HttpResponse.seeOther(URI.create(ConsolePaths.START + "#h-" + list));
            }
            fill(request, session, model, null, null);
            model.put("form", f.model());
            model.put("formFor", target);
            // The note as typed, re-shown (OGNL reads "form.values" as the map's values(), not the key).
            model.put("formNote", form == null ? null : form.get("note"));
            return ConsolePage.render(HttpStatus.BAD_REQUEST, "console/today", model);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @FunctionalInterface
    private interface RowAction {
        void run(ConsoleForm form, Caller caller, String id);
    }

    private static <T> void everyPage(java.util.function.Function<String, Page<T>> read, Consumer<T> each) {
        String cursor = null;
        do {
            Page<T> page = read.apply(cursor);
            page.items().forEach(each);
            cursor = page.nextCursor();
        } while (cursor != null);
    }

    /** The model of the page: every list's first page, or with {@code list}, that list alone from {@code cursor}. */
    private void fill(
            HttpRequest<?> request, ConsoleSession session, Map<String, Object> model, String list, String cursor) {
        Caller caller = session.caller();
        Locale locale = ConsoleMessages.localeOf(request);
        String only = list != null && LISTS.contains(list) ? list : null;
        String from = only == null || cursor == null || cursor.isBlank() ? null : cursor;
        model.put("navCurrent", "today");
        model.put("only", only);
        model.put("formFor", null);
        model.put("formNote", null);
        Instant now = clock.instant();

        if (shows(only, "overdue")) {
            var overdue = compliance.overdue(caller, from, FIRST);
            model.put(
                    "overdue",
                    overdue.items().stream()
                            .map(o -> ConsolePage.row(
                                    "caseId", o.caseId(),
                                    "fullName", o.fullName(),
                                    "href", overdueHref(o),
                                    "kind", o.kind().name(),
                                    "kindKey", kindKey(o),
                                    "since", ConsoleFormat.dateTime(o.overdueSince(), zone),
                                    "days", o.overdueHours() / 24,
                                    "hours", o.overdueHours(),
                                    "action", overdueAction(o)))
                            .toList());
            counted(model, locale, "overdue", overdue);
        }

        if (shows(only, "help")) {
            var helpOpen = help.openInScope(caller, from, FIRST);
            model.put(
                    "help",
                    helpOpen.items().stream()
                            .map(o -> {
                                var h = o.request();
                                ConsoleFormat.Span span = ConsoleFormat.since(h.createdAt(), now);
                                return ConsolePage.row(
                                        "id", h.id(),
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
            counted(model, locale, "help", helpOpen);
        }

        if (shows(only, "alerts")) {
            var open = alerts.openAlerts(caller, from, FIRST);
            model.put(
                    "alerts",
                    open.items().stream()
                            .map(a -> {
                                ConsoleFormat.Span span = ConsoleFormat.since(a.overdueSince(), now);
                                return ConsolePage.row(
                                        "id", a.id(),
                                        "fullName", a.fullName(),
                                        "href", ConsolePaths.casePage(a.caseId()),
                                        "kind", a.kind().name(),
                                        "raised", ConsoleFormat.dateTime(a.overdueSince(), zone),
                                        "sinceKey", span.key(),
                                        "sinceValue", span.value(),
                                        "toOfficer", a.officerNotifiedAt() != null,
                                        "acted", a.firstActionAt() != null,
                                        "actedAt", ConsoleFormat.dateTime(a.firstActionAt(), zone));
                            })
                            .toList());
            counted(model, locale, "alerts", open);
        }

        if (shows(only, "retention")) {
            var checks = referrals.dueChecks(caller, from, FIRST);
            model.put(
                    "retention",
                    checks.items().stream()
                            .map(r -> ConsolePage.row(
                                    "id", r.id(),
                                    "fullName", r.fullName(),
                                    "href", ConsolePaths.casePage(r.caseId()),
                                    "kind", r.kind().name(),
                                    "months", r.months(),
                                    "dueOn", ConsoleFormat.date(r.dueOn())))
                            .toList());
            counted(model, locale, "retention", checks);
            model.put(
                    "outcomes",
                    Arrays.stream(ReferralModels.Outcome.values())
                            .map(Enum::name)
                            .toList());
        }

        if (shows(only, "completion")) {
            var due = cases.dueForCompletion(caller, from, FIRST);
            model.put(
                    "completion",
                    due.items().stream()
                            .map(c -> ConsolePage.row(
                                    "fullName", c.fullName(),
                                    "href", ConsolePaths.casePage(c.id()),
                                    "plannedEnd", ConsoleFormat.date(c.plannedEndDate()),
                                    "mentorName", c.mentorName()))
                            .toList());
            counted(model, locale, "completion", due);
        }

        if (only == null) {
            // Every open transfer of the officer's communes (a handful: each waits a day at most), both ways.
            model.put("transfersIn", transferRows(caller, TransferService.Direction.INCOMING, now));
            model.put("transfersOut", transferRows(caller, TransferService.Direction.OUTGOING, now));
            model.put(
                    "transfersAnswered",
                    transfers.allRecentlyAnswered(caller, ANSWERED_DAYS).stream()
                            .map(t -> TransferViews.row(t, now, zone))
                            .toList());
            model.put("answeredDays", ANSWERED_DAYS);
            model.put("lookupHref", ConsolePaths.TRANSFER_LOOKUP);
            // Issue 17: the persons' correction requests waiting for this officer, each a link to its case page.
            model.put(
                    "corrections",
                    corrections.inScope(caller, null).stream()
                            .map(r -> ConsolePage.row(
                                    "name", r.caseName(),
                                    "field", r.field().name(),
                                    "requestedAt", ConsoleFormat.dateTime(r.requestedAt(), zone),
                                    "href", ConsolePaths.casePage(r.caseId()) + "#corrections"))
                            .toList());
        }
    }

    private List<Map<String, Object>> transferRows(Caller caller, TransferService.Direction direction, Instant now) {
        return transfers.allOpen(caller, direction).stream()
                .map(t -> TransferViews.row(t, now, zone))
                .toList();
    }

    private static boolean shows(String only, String list) {
        return only == null || only.equals(list);
    }

    /** {@code <list>Count} in the page's numbers, and {@code <list>Next}: the "xem thêm" link, when there are more. */
    private static void counted(Map<String, Object> model, Locale locale, String list, Page<?> page) {
        model.put(list + "Count", ConsoleFormat.number(page.items().size(), locale));
        model.put(list + "More", page.nextCursor() != null);
        model.put(
                list + "Next",
                page.nextCursor() == null
                        ? null
                        : io.micronaut.http.uri.UriBuilder.of(ConsolePaths.START)
                                .queryParam("list", list)
                                .queryParam("cursor", page.nextCursor())
                                .build()
                                .toString());
    }

    /**
     * Where an overdue row's next step is done: the case page's check-ins, this page's retention
     * checks, or the transfer's page (the receiving commune may not open the case itself).
     */
    private static Map<String, Object> overdueAction(CheckinModels.OverdueItem o) {
        if (o.kind() == OverdueKind.RETENTION_CHECK) {
            return ConsolePage.row(
                    "href",
                    ConsolePaths.START + "#retention-" + o.retentionCheckId(),
                    "label",
                    "lists.today.overdue.RETENTION");
        }
        if (o.kind() == OverdueKind.TRANSFER_ANSWER) {
            return ConsolePage.row("href", overdueHref(o), "label", "transfer.overdue.action");
        }
        return ConsolePage.row(
                "href",
                ConsolePaths.casePage(o.caseId()) + "#checkins",
                "label",
                o.kind() == OverdueKind.OFFICE_PRESENCE
                        ? "lists.today.overdue.PRESENCE"
                        : "lists.today.overdue.CHECKIN");
    }

    /** The row's link: the case, or for a transfer waiting for an answer, the transfer. */
    private static String overdueHref(CheckinModels.OverdueItem o) {
        return o.kind() == OverdueKind.TRANSFER_ANSWER && o.transferId() != null
                ? TransferViews.page(o.transferId())
                : ConsolePaths.casePage(o.caseId());
    }

    /** The words of an overdue row's kind (a transfer's in the transfer catalogue). */
    private static String kindKey(CheckinModels.OverdueItem o) {
        return o.kind() == OverdueKind.TRANSFER_ANSWER
                ? "transfer.overdue.kind"
                : "overdue.kind." + o.kind().name();
    }
}
