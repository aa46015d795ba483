package vn.donghanh.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
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
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.donghanh.account.AccountModels;
import vn.donghanh.account.AccountModels.CreateAccountRequest;
import vn.donghanh.account.AccountService;
import vn.donghanh.adminunit.AdminUnitModels.AdminUnit;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.organisation.OrganisationModels.Organisation;
import vn.donghanh.organisation.OrganisationService;
import vn.donghanh.security.Role;

/**
 * The admin's staff accounts, through {@code AccountService} as the API's admin endpoints use it:
 * the list ({@code GET /api/v1/accounts}, by role), create ({@code POST /api/v1/accounts}),
 * deactivate and reactivate ({@code POST …/deactivate}, {@code …/reactivate}); and two the console
 * adds on the same service, with the same audit: a new temporary password (shown once, on the
 * answer to the form, never in an address or stored unhashed) and lifting a sign-in lock.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class AdminAccountsController {
    /** The roles an admin creates here; persons get their login from their case's activation code. */
    static final List<Role> STAFF = List.of(Role.OFFICER, Role.MENTOR, Role.SUPERVISOR, Role.ADMIN);

    private final AccountService accounts;
    private final AdminUnitService units;
    private final OrganisationService organisations;
    private final Validator validator;
    private final ZoneId zone;

    public AdminAccountsController(
            AccountService accounts,
            AdminUnitService units,
            OrganisationService organisations,
            Validator validator,
            ServiceTime time) {
        this.accounts = accounts;
        this.units = units;
        this.organisations = organisations;
        this.validator = validator;
        this.zone = time.zone();
    }

    @Get(value = ConsolePaths.ADMIN_ACCOUNTS, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> list(
            HttpRequest<?> request,
            ConsoleSession session,
            @QueryValue @Nullable String role,
            @QueryValue @Nullable String unit,
            @QueryValue @Nullable String done) {
        Map<String, Object> model = AdminPages.model(request, session, "accounts");
        if (model == null) {
            return AdminPages.forbidden(request, session);
        }
        model.put("form", ConsoleForm.blank(Map.of("role", Role.OFFICER.name())));
        model.put("done", done != null && done.matches("[a-z]{1,20}") ? done : null);
        try {
            return page(model, role, unit == null || unit.isBlank() ? null : Ids.parse("unit", unit));
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Post(
            value = ConsolePaths.ADMIN_ACCOUNTS,
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> create(HttpRequest<?> request, ConsoleSession session, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        Map<String, Object> model = AdminPages.model(request, session, "accounts");
        if (model == null) {
            return AdminPages.forbidden(request, session);
        }
        ConsoleForm f = ConsoleForm.of(request, form);
        AdminPages.requireChoice(f, "role");
        AdminPages.requireChoice(f, "adminUnitId");
        Role role = f.choice("role", Role.class);
        if (role == Role.PERSON) {
            f.reject("role", "person accounts are created from a case's activation code");
        }
        CreateAccountRequest body = new CreateAccountRequest(
                null,
                f.text("username"),
                form == null ? null : form.get("password"),
                f.text("displayName"),
                role,
                f.uuid("adminUnitId"),
                f.uuid("organisationId"),
                f.text("phone"));
        f.check(validator, body);
        try {
            f.run(() -> create(session, body, f));
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
        if (f.hasErrors()) {
            Map<String, String> kept = new HashMap<>(form);
            kept.remove("password"); // a password is never sent back to the browser
            model.put(
                    "form",
                    ConsolePage.row(
                            "values",
                            kept,
                            "errors",
                            f.errors(),
                            "general",
                            f.model().get("general")));
            model.put("done", null);
            return page(model, null, null).status(HttpStatus.BAD_REQUEST);
        }
        return HttpResponse.seeOther(URI.create(ConsolePaths.ADMIN_ACCOUNTS + "?done=created"));
    }

    @Post(value = ConsolePaths.ADMIN_ACCOUNTS + "/{id}/deactivate", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> deactivate(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        return act(
                request,
                session,
                "deactivated",
                () -> accounts.setActive(session.caller(), Ids.parse("id", id), false));
    }

    @Post(value = ConsolePaths.ADMIN_ACCOUNTS + "/{id}/reactivate", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> reactivate(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        return act(
                request, session, "reactivated", () -> accounts.setActive(session.caller(), Ids.parse("id", id), true));
    }

    @Post(value = ConsolePaths.ADMIN_ACCOUNTS + "/{id}/unlock", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> unlock(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        return act(request, session, "unlocked", () -> accounts.unlock(session.caller(), Ids.parse("id", id)));
    }

    /**
     * A new temporary password, shown on this answer only: not redirected to a page that could show it
     * again (it would have to sit in an address or in the server), and the page is never cached.
     */
    @Post(
            value = ConsolePaths.ADMIN_ACCOUNTS + "/{id}/reset-password",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> resetPassword(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        Map<String, Object> model = AdminPages.model(request, session, "accounts");
        if (model == null) {
            return AdminPages.forbidden(request, session);
        }
        try {
            AccountService.PasswordReset reset = accounts.resetPassword(session.caller(), Ids.parse("id", id));
            model.put("username", reset.account().username());
            model.put("displayName", reset.account().displayName());
            model.put("temporary", reset.temporaryPassword());
            return ConsolePage.render("console/admin-password", model);
        } catch (ApiException e) {
            return refusedOrSaid(request, session, e);
        }
    }

    private HttpResponse<?> act(
            HttpRequest<?> request, ConsoleSession session, String done, java.util.function.Supplier<?> action) {
        if (!session.caller().is(Role.ADMIN)) {
            return AdminPages.forbidden(request, session);
        }
        try {
            action.get();
            return HttpResponse.seeOther(URI.create(ConsolePaths.ADMIN_ACCOUNTS + "?done=" + done));
        } catch (ApiException e) {
            return refusedOrSaid(request, session, e);
        }
    }

    /** "Not found" and "forbidden" as the API answers them; another refusal (your own account) said on the list. */
    private HttpResponse<?> refusedOrSaid(HttpRequest<?> request, ConsoleSession session, ApiException e) {
        if (e.status() == HttpStatus.NOT_FOUND
                || e.status() == HttpStatus.FORBIDDEN
                || e.status() == HttpStatus.BAD_REQUEST) {
            return ConsolePage.refused(request, session, e);
        }
        Map<String, Object> model = AdminPages.model(request, session, "accounts");
        ConsoleForm problem = ConsoleForm.of(request, Map.of());
        problem.rejectForm(e.getMessage());
        model.put("refusal", problem.model().get("general"));
        model.put("form", ConsoleForm.blank(Map.of("role", Role.OFFICER.name())));
        model.put("done", null);
        return page(model, null, null).status(e.status());
    }

    /** The service's "username taken" goes next to the username. */
    private AccountModels.Account create(ConsoleSession session, CreateAccountRequest body, ConsoleForm f) {
        try {
            return accounts.createStaff(session.caller(), body);
        } catch (ApiException e) {
            if ("duplicate-username".equals(e.type())) {
                f.reject("username", e.getMessage());
                return null;
            }
            throw e;
        }
    }

    private MutableHttpResponse<?> page(Map<String, Object> model, String roleFilter, String unitFilter) {
        Role chosen = STAFF.stream()
                .filter(r -> r.name().equals(roleFilter))
                .findFirst()
                .orElse(null);
        List<AdminUnit> all = units.list(null);
        Map<String, String> unitNames = AdminPages.names(all);
        List<Organisation> orgs = organisations.list(null);
        Map<String, String> orgNames = new HashMap<>();
        orgs.forEach(o -> orgNames.put(o.id(), o.name()));
        List<AccountModels.Account> list = accounts.list(unitFilter, chosen);
        Map<String, Instant> locked =
                accounts.lockedNow(list.stream().map(AccountModels.Account::id).toList());
        model.put(
                "accounts",
                list.stream()
                        .map(a -> ConsolePage.row(
                                "id", a.id(),
                                "username", a.username(),
                                "displayName", a.displayName(),
                                "role", a.role().name(),
                                "unit", unitNames.getOrDefault(a.adminUnitId(), ""),
                                "organisation", a.organisationId() == null ? null : orgNames.get(a.organisationId()),
                                "active", a.active(),
                                "lockedUntil",
                                        locked.containsKey(a.id())
                                                ? ConsoleFormat.dateTime(
                                                        locked.get(a.id()).atOffset(java.time.ZoneOffset.UTC), zone)
                                                : null,
                                "self", a.id().equals(((String) model.get("selfId")))))
                        .toList());
        model.put("roleFilter", chosen == null ? "" : chosen.name());
        model.put("unitFilter", unitFilter == null ? "" : unitFilter);
        model.put("roles", STAFF.stream().map(Enum::name).toList());
        model.put("units", AdminPages.unitChoices(all));
        model.put(
                "organisations",
                orgs.stream()
                        .map(o -> ConsolePage.row(
                                "id", o.id(), "label", o.name() + " — " + unitNames.getOrDefault(o.adminUnitId(), "")))
                        .toList());
        return ConsolePage.render("console/admin-accounts", model);
    }
}
