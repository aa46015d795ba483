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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.security.Role;
import vn.donghanh.transfer.TransferModels;
import vn.donghanh.transfer.TransferService;
import vn.donghanh.transfer.TransferSettings;
import vn.donghanh.transfer.TransferState;

/**
 * The console's pages for moving a case between communes, each through the service behind the
 * API's own call with the officer's caller (so scope, the state machine and the audit are the
 * API's): the start form with its commune search ({@code AdminUnitService.searchCommunes} as
 * {@code GET /api/v1/admin-units/communes}; {@code TransferService.start} as {@code POST
 * /cases/{id}/transfers}), the transfer page ({@code get} and {@code sheet}), its answers ({@code
 * answer} as {@code POST /transfers/{id}/answers}), and "Tìm người đến trình báo" ({@code lookup}
 * as {@code POST /case-lookups}, then {@code ask} as {@code POST /transfers}).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class TransferPagesController {
    /** Communes offered for one search: enough for a common name ("Tân Thịnh") across provinces. */
    static final int MATCHES = 30;

    private final TransferService transfers;
    private final CaseService cases;
    private final AdminUnitService units;
    private final TransferSheetView sheets;
    private final Validator validator;
    private final ServiceTime time;

    /** The legal clock's hours (donghanh.transfer.answer-within), as the hints say them. */
    private final long answerHours;

    public TransferPagesController(
            TransferService transfers,
            CaseService cases,
            AdminUnitService units,
            TransferSheetView sheets,
            Validator validator,
            ServiceTime time,
            TransferSettings settings) {
        this.answerHours = settings.getAnswerWithin().toHours();
        this.transfers = transfers;
        this.cases = cases;
        this.units = units;
        this.sheets = sheets;
        this.validator = validator;
        this.time = time;
    }

    static String startPath(String caseId) {
        return ConsolePaths.casePage(caseId) + "/transfer";
    }

    static String answerPath(String transferId) {
        return TransferViews.page(transferId) + "/answers";
    }

    // ---- the sending officer starts a transfer ----

    /** The start form: the communes matching {@code q} in a select, then the move's facts. */
    @Get(value = ConsolePaths.CASES + "/{id}/transfer", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> startForm(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Nullable @QueryValue String q) {
        try {
            requireOfficer(session);
            var c = cases.get(session.caller(), Ids.parse("id", id));
            Map<String, String> initial = new HashMap<>();
            initial.put("id", UUID.randomUUID().toString());
            initial.put("moveDate", ConsoleFormat.date(today()));
            initial.put("q", q == null ? "" : q.strip());
            return startPage(request, session, HttpStatus.OK, c, ConsoleForm.blank(initial), q);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Post(
            value = ConsolePaths.CASES + "/{id}/transfers",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> start(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            requireOfficer(session);
            String caseId = Ids.parse("id", id);
            ConsoleForm f = ConsoleForm.of(request, form);
            var body = new TransferModels.StartTransfer(
                    f.uuid("id"),
                    f.uuid("toUnitId"),
                    f.date("moveDate"),
                    f.text("reason"),
                    f.text("newAddress"),
                    f.text("note"));
            f.check(validator, body);
            var started = f.run(() -> transfers.start(session.caller(), caseId, body));
            if (started != null) {
                return HttpResponse.seeOther(URI.create(ConsolePaths.casePage(caseId) + "#transfer"));
            }
            var c = cases.get(session.caller(), caseId);
            return startPage(request, session, HttpStatus.BAD_REQUEST, c, f.model(), f.text("q"));
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    private HttpResponse<?> startPage(
            HttpRequest<?> request,
            ConsoleSession session,
            HttpStatus status,
            CaseModels.CaseDetail c,
            Map<String, Object> form,
            String q) {
        Map<String, Object> model = ConsolePage.model(request, session);
        model.put("navCurrent", "cases");
        model.put("c", ConsolePage.row("id", c.id(), "fullName", c.fullName(), "href", ConsolePaths.casePage(c.id())));
        String query = q == null ? "" : q.strip();
        // One more than shown, and the case's own commune besides: whether more match than the select holds.
        List<AdminUnitService.CommuneName> matching = query.isEmpty() || query.length() > 200
                ? List.of()
                : units.searchCommunes(query, null, MATCHES + 2).items().stream()
                        .filter(u -> !u.id().equals(c.adminUnitId()))
                        .toList();
        List<AdminUnitService.CommuneName> found =
                matching.stream().limit(MATCHES).toList();
        model.put("q", query);
        // Not a silent cut: the page says that more communes match and how to reach them (a longer name).
        model.put("moreMatches", matching.size() > MATCHES);
        model.put("shownMatches", MATCHES);
        model.put("searched", !query.isEmpty());
        model.put(
                "matches",
                found.stream()
                        .map(u -> ConsolePage.row("id", u.id(), "name", u.name(), "province", u.provinceName()))
                        .toList());
        model.put("searchAction", startPath(c.id()));
        model.put("startAction", ConsolePaths.casePage(c.id()) + "/transfers");
        model.put("form", form);
        model.put("answerHours", answerHours);
        return ConsolePage.render(status, "console/transfer-start", model);
    }

    // ---- the transfer page and its answers ----

    @Get(value = ConsolePaths.TRANSFERS + "/{id}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> show(HttpRequest<?> request, ConsoleSession session, @PathVariable String id) {
        try {
            String transferId = Ids.parse("id", id);
            return transferPage(request, session, HttpStatus.OK, transferId, ConsoleForm.blank(Map.of()), null);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    /**
     * One answer: accept, decline, release, refuse or cancel. Accepted, the case is the officer's:
     * its page. Sent from the case page ({@code back=case}), back there; else the transfer page.
     */
    @Post(
            value = ConsolePaths.TRANSFERS + "/{id}/answers",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> answer(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            String transferId = Ids.parse("id", id);
            ConsoleForm f = ConsoleForm.of(request, form);
            TransferState state = f.choice("state", TransferState.class);
            String reason = f.text("reason");
            if (state != null && TransferViews.needsReason(state) && reason == null) {
                // The service says "is required to decline a transfer" with the English verb in it.
                f.reject("reason", "must not be blank");
            }
            var body = new TransferModels.Answer(state, reason);
            f.check(validator, body);
            var answered = f.run(() -> transfers.answer(session.caller(), transferId, body));
            if (answered != null) {
                if (answered.state() == TransferState.ACCEPTED) {
                    return HttpResponse.seeOther(URI.create(ConsolePaths.casePage(answered.caseId())));
                }
                if ("case".equals(f.text("back")) && answered.side() == TransferState.Side.SENDER) {
                    return HttpResponse.seeOther(URI.create(ConsolePaths.casePage(answered.caseId()) + "#transfer"));
                }
                return HttpResponse.seeOther(URI.create(TransferViews.page(transferId)));
            }
            HttpStatus status = f.errors().isEmpty() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
            return transferPage(
                    request,
                    session,
                    status,
                    transferId,
                    stateInWords(request, f.model()),
                    state == null ? "" : state.name());
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    /**
     * "already answered (ACCEPTED)": the service names the state it found by its code; the officer
     * reads its words ("Đã tiếp nhận").
     */
    private static Map<String, Object> stateInWords(HttpRequest<?> request, Map<String, Object> form) {
        if (!(form.get("general") instanceof String general)) {
            return form;
        }
        ConsoleMessages.Words words = ConsoleMessages.forRequest(request);
        for (TransferState s : TransferState.values()) {
            general = general.replace("(" + s.name() + ")", "(" + words.get("transfer.state." + s.name()) + ")");
        }
        Map<String, Object> out = new HashMap<>(form);
        out.put("general", general);
        return out;
    }

    private HttpResponse<?> transferPage(
            HttpRequest<?> request,
            ConsoleSession session,
            HttpStatus status,
            String transferId,
            Map<String, Object> form,
            String formFor) {
        TransferModels.Transfer t = transfers.get(session.caller(), transferId);
        Map<String, Object> model = ConsolePage.model(request, session);
        model.put("navCurrent", "today");
        model.put("t", TransferViews.row(t, time.clock().instant(), time.zone()));
        TransferModels.TransferSheet sheet = null;
        try {
            sheet = transfers.sheet(session.caller(), transferId);
        } catch (ApiException e) {
            if (e.status() != HttpStatus.FORBIDDEN) {
                throw e;
            }
            // Not released to this commune yet (asked), or never accepted: the facts only.
        }
        model.put("sheet", sheet == null ? null : sheets.of(sheet, model));
        boolean historyOnly = t.side() == TransferState.Side.SENDER && t.state() == TransferState.ACCEPTED;
        model.put("historyOnly", historyOnly);
        model.put("answerAction", answerPath(transferId));
        model.put("lookupHref", ConsolePaths.TRANSFER_LOOKUP);
        model.put("form", form);
        model.put("formFor", formFor);
        return ConsolePage.render(status, "console/transfer", model);
    }

    // ---- the receiving officer finds a person who reported to them first ----

    @Get(value = ConsolePaths.TRANSFER_LOOKUP, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> lookupForm(HttpRequest<?> request, ConsoleSession session) {
        try {
            requireOfficer(session);
            return lookupPage(request, session, HttpStatus.OK, ConsoleForm.blank(Map.of()), null, null);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    /**
     * The lookup is a POST (a national ID never sits in an address) and answers with its result at
     * once: nothing was changed, and a redirect would have to carry the number in the address.
     */
    @Post(
            value = ConsolePaths.TRANSFER_LOOKUP,
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> lookup(HttpRequest<?> request, ConsoleSession session, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            requireOfficer(session);
            ConsoleForm f = ConsoleForm.of(request, form);
            var body = new TransferModels.Lookup(f.text("nationalId"), f.text("phone"));
            f.check(validator, body);
            var found = f.run(() -> transfers.lookup(session.caller(), body));
            return lookupPage(
                    request,
                    session,
                    found == null ? HttpStatus.BAD_REQUEST : HttpStatus.OK,
                    f.model(),
                    found,
                    found == null ? null : askDefaults(form));
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Post(
            value = ConsolePaths.TRANSFERS + "/ask",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> ask(HttpRequest<?> request, ConsoleSession session, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            requireOfficer(session);
            ConsoleForm f = ConsoleForm.of(request, form);
            var body = new TransferModels.AskTransfer(
                    f.uuid("id"),
                    f.uuid("caseId"),
                    f.date("moveDate"),
                    f.text("reason"),
                    f.text("newAddress"),
                    f.text("note"));
            f.check(validator, body);
            var asked = f.run(() -> transfers.ask(session.caller(), body));
            if (asked != null) {
                return HttpResponse.seeOther(URI.create(TransferViews.page(asked.id())));
            }
            // The lookup again (from the numbers the form carried), so the page shows whom it asks for.
            var again = transfers.lookup(
                    session.caller(), new TransferModels.Lookup(f.text("nationalId"), f.text("phone")));
            return lookupPage(
                    request, session, HttpStatus.BAD_REQUEST, ConsoleForm.blank(lookupValues(form)), again, f.model());
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    private HttpResponse<?> lookupPage(
            HttpRequest<?> request,
            ConsoleSession session,
            HttpStatus status,
            Map<String, Object> form,
            TransferModels.LookupResult found,
            Map<String, Object> askForm) {
        Map<String, Object> model = ConsolePage.model(request, session);
        model.put("navCurrent", "today");
        model.put("form", form);
        model.put("askForm", askForm);
        model.put("lookupAction", ConsolePaths.TRANSFER_LOOKUP);
        model.put("askAction", ConsolePaths.TRANSFERS + "/ask");
        if (found == null) {
            model.put("result", null);
        } else {
            boolean ours = found.found()
                    && found.holdingUnit() != null
                    && found.holdingUnit().id().equals(session.caller().unitId());
            model.put(
                    "result",
                    ConsolePage.row(
                            "found",
                            found.found(),
                            "caseId",
                            found.caseId(),
                            "unitName",
                            found.holdingUnit() == null
                                    ? null
                                    : found.holdingUnit().name(),
                            "provinceName",
                            found.holdingUnit() == null
                                    ? null
                                    : found.holdingUnit().provinceName(),
                            "ours",
                            ours,
                            "caseHref",
                            found.caseId() == null ? null : ConsolePaths.casePage(found.caseId()),
                            "openTransferHref",
                            found.openTransferId() == null ? null : TransferViews.page(found.openTransferId()),
                            "canAsk",
                            found.found() && !ours && found.openTransferId() == null));
        }
        model.put("answerHours", answerHours);
        return ConsolePage.render(status, "console/transfer-lookup", model);
    }

    private Map<String, Object> askDefaults(Map<String, String> form) {
        Map<String, String> v = lookupValues(form);
        v.put("id", UUID.randomUUID().toString());
        v.put("moveDate", ConsoleFormat.date(today()));
        return ConsoleForm.blank(v);
    }

    /** The numbers looked for, as typed (re-shown, and carried by the ask form for its own re-showing). */
    private static Map<String, String> lookupValues(Map<String, String> form) {
        Map<String, String> v = new HashMap<>();
        v.put("nationalId", form == null ? "" : form.getOrDefault("nationalId", ""));
        v.put("phone", form == null ? "" : form.getOrDefault("phone", ""));
        return v;
    }

    private LocalDate today() {
        return LocalDate.now(time.clock().withZone(time.zone()));
    }

    private static void requireOfficer(ConsoleSession session) {
        if (!session.caller().is(Role.OFFICER)) {
            throw ApiException.forbidden("transfers are made by officers");
        }
    }
}
