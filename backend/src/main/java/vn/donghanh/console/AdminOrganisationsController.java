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
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.donghanh.adminunit.AdminUnitModels.AdminUnit;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.organisation.OrganisationModels.CreateOrganisationRequest;
import vn.donghanh.organisation.OrganisationService;
import vn.donghanh.organisation.OrganisationType;

/**
 * The admin's organisations (police, unions, clinics, employers …): every one, by name, from
 * {@code OrganisationService.list}, and a new one through {@code OrganisationService.create}, the
 * service of {@code POST /api/v1/organisations}.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class AdminOrganisationsController {
    private final OrganisationService organisations;
    private final AdminUnitService units;
    private final Validator validator;

    public AdminOrganisationsController(
            OrganisationService organisations, AdminUnitService units, Validator validator) {
        this.organisations = organisations;
        this.units = units;
        this.validator = validator;
    }

    @Get(value = ConsolePaths.ADMIN_ORGANISATIONS, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> list(HttpRequest<?> request, ConsoleSession session, @QueryValue @Nullable String unit) {
        Map<String, Object> model = AdminPages.model(request, session, "organisations");
        if (model == null) {
            return AdminPages.forbidden(request, session);
        }
        model.put("form", ConsoleForm.blank(Map.of()));
        model.put("done", request.getParameters().get("done") != null);
        try {
            return page(model, unit == null || unit.isBlank() ? null : Ids.parse("unit", unit));
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Post(
            value = ConsolePaths.ADMIN_ORGANISATIONS,
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> create(HttpRequest<?> request, ConsoleSession session, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        Map<String, Object> model = AdminPages.model(request, session, "organisations");
        if (model == null) {
            return AdminPages.forbidden(request, session);
        }
        ConsoleForm f = ConsoleForm.of(request, form);
        AdminPages.requireChoice(f, "type");
        AdminPages.requireChoice(f, "adminUnitId");
        CreateOrganisationRequest body = new CreateOrganisationRequest(
                null,
                f.text("name"),
                f.choice("type", OrganisationType.class),
                f.uuid("adminUnitId"),
                f.text("address"),
                f.text("phone"));
        f.check(validator, body);
        try {
            f.run(() -> organisations.create(body));
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
        if (f.hasErrors()) {
            model.put("form", f.model());
            model.put("done", false);
            return page(model, null).status(HttpStatus.BAD_REQUEST);
        }
        return HttpResponse.seeOther(URI.create(ConsolePaths.ADMIN_ORGANISATIONS + "?done=created"));
    }

    private MutableHttpResponse<?> page(Map<String, Object> model, String unitFilter) {
        List<AdminUnit> all = units.list(null);
        Map<String, String> unitNames = AdminPages.names(all);
        model.put(
                "organisations",
                organisations.list(unitFilter).stream()
                        .map(o -> ConsolePage.row(
                                "name", o.name(),
                                "type", o.type().name(),
                                "unit", unitNames.getOrDefault(o.adminUnitId(), ""),
                                "address", o.address(),
                                "phone", o.phone()))
                        .toList());
        model.put("units", AdminPages.unitChoices(all));
        model.put("unitFilter", unitFilter == null ? "" : unitFilter);
        model.put(
                "types",
                Arrays.stream(OrganisationType.values()).map(Enum::name).toList());
        return ConsolePage.render("console/admin-organisations", model);
    }
}
