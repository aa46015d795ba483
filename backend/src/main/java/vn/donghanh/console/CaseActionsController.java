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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.casefile.CompletionCertificate;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.security.Role;

/**
 * What the case page's "actions" section sends: a status change with its reason (completion is
 * one, through the same {@code CaseService.changeStatus} rules), an activation code with its
 * printable slip, and the completion certificate (Form No. 54) — the services behind {@code POST
 * /api/v1/cases/{id}/status-changes}, {@code /activation-code} and {@code GET
 * /completion-certificate}, with the officer's caller, so scope and audit are the API's.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class CaseActionsController {
    private final CaseService cases;
    private final CompletionCertificate certificate;
    private final Validator validator;
    private final Clock clock;

    public CaseActionsController(
            CaseService cases, CompletionCertificate certificate, Validator validator, Clock clock) {
        this.cases = cases;
        this.certificate = certificate;
        this.validator = validator;
        this.clock = clock;
    }

    static String statusPath(String caseId) {
        return ConsolePaths.casePage(caseId) + "/status";
    }

    static String activationPath(String caseId) {
        return ConsolePaths.casePage(caseId) + "/activation-code";
    }

    static String certificatePath(String caseId) {
        return ConsolePaths.casePage(caseId) + "/certificate";
    }

    /** The status form on a page of its own: where a refused change comes back, and a plain link's target. */
    @Get(value = ConsolePaths.CASES + "/{id}/status", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> statusForm(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Nullable @QueryValue String to) {
        try {
            requireOfficer(session);
            var c = cases.get(session.caller(), Ids.parse("id", id));
            Map<String, String> initial =
                    CaseActionsSection.statusDefaults(c, LocalDate.now(clock.withZone(ZoneId.of(c.timeZone()))));
            if (to != null && c.status().next().stream().anyMatch(s -> s.name().equals(to))) {
                initial.put("status", to);
            }
            return statusPage(request, session, HttpStatus.OK, c, ConsoleForm.blank(initial));
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Post(
            value = ConsolePaths.CASES + "/{id}/status",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> changeStatus(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            String caseId = Ids.parse("id", id);
            ConsoleForm f = ConsoleForm.of(request, form);
            CaseFields.precheck(f, List.of("status", "reason", "effectiveDate"), List.of("effectiveDate"));
            var body = new CaseModels.ChangeStatus(
                    f.uuid("id"), f.choice("status", CaseStatus.class), f.text("reason"), f.date("effectiveDate"));
            f.check(validator, body);
            var changed = f.run(() -> cases.changeStatus(session.caller(), caseId, body));
            if (changed != null) {
                return HttpResponse.seeOther(URI.create(ConsolePaths.casePage(caseId) + "#h-timeline"));
            }
            var c = cases.get(session.caller(), caseId);
            return statusPage(request, session, HttpStatus.BAD_REQUEST, c, f.model());
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    /**
     * Issues a code and answers with its slip at once: the code is shown on this one page and kept
     * nowhere the console could show it again (the service stores only its hash), so this POST
     * renders the page instead of redirecting to a GET. Reloading asks to send again, which issues a
     * new code and voids the old one — the same as pressing the button again.
     */
    @Post(
            value = ConsolePaths.CASES + "/{id}/activation-code",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> activationCode(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            String caseId = Ids.parse("id", id);
            ConsoleForm f = ConsoleForm.of(request, form);
            CaseModels.ActivationCode issued = f.run(() -> cases.issueActivationCode(session.caller(), caseId));
            var c = cases.get(session.caller(), caseId);
            Map<String, Object> model = ConsolePage.model(request, session);
            model.put("navCurrent", "cases");
            model.put(
                    "slip",
                    ConsolePage.row(
                            "caseId", c.id(),
                            "caseHref", ConsolePaths.casePage(c.id()),
                            "editHref", CaseFormController.editPath(c.id()),
                            "fullName", c.fullName(),
                            "dateOfBirth", ConsoleFormat.date(c.dateOfBirth()),
                            "phone", Objects.toString(c.phone(), ""),
                            "code", issued == null ? null : issued.code(),
                            "expires",
                                    issued == null
                                            ? null
                                            : ConsoleFormat.dateTime(issued.expiresAt(), ZoneId.of(c.timeZone()))));
            model.put("form", f.model());
            return ConsolePage.render(
                    issued == null ? HttpStatus.CONFLICT : HttpStatus.OK, "console/case-activation-slip", model);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    /** Form No. 54 as the API streams it; a case not (yet) completed goes back to its page. */
    @Get(value = ConsolePaths.CASES + "/{id}/certificate", produces = "application/pdf")
    public HttpResponse<?> certificate(HttpRequest<?> request, ConsoleSession session, @PathVariable String id) {
        try {
            requireOfficer(session);
            String caseId = Ids.parse("id", id);
            CaseService.CompletedCase completed = cases.completed(session.caller(), caseId);
            return HttpResponse.ok(certificate.render(completed))
                    .contentType(MediaType.of("application/pdf"))
                    .header("Content-Disposition", "inline; filename=\"giay-chung-nhan-" + caseId + ".pdf\"");
        } catch (ApiException e) {
            if (e.status() == HttpStatus.CONFLICT) {
                return HttpResponse.seeOther(URI.create(ConsolePaths.casePage(id)));
            }
            return ConsolePage.refused(request, session, e);
        }
    }

    private static void requireOfficer(ConsoleSession session) {
        if (!session.caller().is(Role.OFFICER)) {
            throw ApiException.forbidden("only commune officers manage cases");
        }
    }

    private HttpResponse<?> statusPage(
            HttpRequest<?> request,
            ConsoleSession session,
            HttpStatus status,
            CaseModels.CaseDetail c,
            Map<String, Object> form) {
        Map<String, Object> model = ConsolePage.model(request, session);
        model.put("navCurrent", "cases");
        model.put("form", form);
        Map<String, Object> actions =
                new HashMap<>(CaseActionsSection.actionsOf(c, LocalDate.now(clock.withZone(ZoneId.of(c.timeZone())))));
        model.put("caseActions", actions);
        return ConsolePage.render(status, "console/case-status", model);
    }
}
