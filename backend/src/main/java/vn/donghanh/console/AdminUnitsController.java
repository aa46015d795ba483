package vn.donghanh.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.donghanh.adminunit.AdminUnitLevel;
import vn.donghanh.adminunit.AdminUnitModels.AdminUnit;
import vn.donghanh.adminunit.AdminUnitModels.CreateAdminUnitRequest;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.common.ApiException;

/**
 * The admin's administrative units: the whole tree (nation, provinces, legacy districts, communes)
 * from {@code AdminUnitService.list}, and a unit added with {@code AdminUnitService.create}, the
 * service of {@code POST /api/v1/admin-units}, with its rules and its words next to the fields.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class AdminUnitsController {
    /** Levels open in the tree at first; the communes below stay folded until asked for. */
    static final int OPEN_DEPTH = 1;

    private final AdminUnitService units;
    private final Validator validator;

    public AdminUnitsController(AdminUnitService units, Validator validator) {
        this.units = units;
        this.validator = validator;
    }

    @Get(value = ConsolePaths.ADMIN)
    public HttpResponse<?> start(HttpRequest<?> request, ConsoleSession session) {
        if (AdminPages.model(request, session, "units") == null) {
            return AdminPages.forbidden(request, session);
        }
        return HttpResponse.seeOther(URI.create(ConsolePaths.ADMIN_UNITS));
    }

    @Get(value = ConsolePaths.ADMIN_UNITS, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> tree(HttpRequest<?> request, ConsoleSession session) {
        Map<String, Object> model = AdminPages.model(request, session, "units");
        if (model == null) {
            return AdminPages.forbidden(request, session);
        }
        model.put("form", ConsoleForm.blank(Map.of("level", AdminUnitLevel.COMMUNE.name())));
        model.put("done", request.getParameters().get("done") != null);
        return page(model);
    }

    @Post(
            value = ConsolePaths.ADMIN_UNITS,
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> create(HttpRequest<?> request, ConsoleSession session, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        Map<String, Object> model = AdminPages.model(request, session, "units");
        if (model == null) {
            return AdminPages.forbidden(request, session);
        }
        ConsoleForm f = ConsoleForm.of(request, form);
        AdminPages.requireChoice(f, "level");
        CreateAdminUnitRequest body = new CreateAdminUnitRequest(
                null,
                f.text("code"),
                f.text("name"),
                f.choice("level", AdminUnitLevel.class),
                f.uuid("parentId"),
                f.text("legacyCode"));
        f.check(validator, body);
        try {
            f.run(() -> units.create(body));
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
        if (f.hasErrors()) {
            model.put("form", f.model());
            model.put("done", false);
            return page(model).status(HttpStatus.BAD_REQUEST);
        }
        return HttpResponse.seeOther(URI.create(ConsolePaths.ADMIN_UNITS + "?done=created"));
    }

    private io.micronaut.http.MutableHttpResponse<?> page(Map<String, Object> model) {
        List<AdminUnit> all = units.list(null);
        model.put("tree", tree(all));
        model.put("unitCount", all.size());
        model.put(
                "parents",
                AdminPages.unitChoices(all).stream()
                        .filter(u -> !AdminUnitLevel.COMMUNE.name().equals(u.get("level")))
                        .toList());
        model.put(
                "levels",
                Arrays.stream(AdminUnitLevel.values())
                        .filter(l -> l != AdminUnitLevel.NATION)
                        .map(Enum::name)
                        .toList());
        return ConsolePage.render("console/admin-units", model);
    }

    /** The units as nested nodes (name, code, level, legacy code, children), brothers by name, the nation at the root. */
    static List<Map<String, Object>> tree(List<AdminUnit> all) {
        Map<String, List<Map<String, Object>>> children = new HashMap<>();
        List<Map<String, Object>> roots = new ArrayList<>();
        for (AdminPages.Placed p : AdminPages.ordered(all)) {
            AdminUnit u = p.unit();
            List<Map<String, Object>> kids = new ArrayList<>();
            children.put(u.id(), kids);
            Map<String, Object> node = ConsolePage.row(
                    "id", u.id(),
                    "name", u.name(),
                    "code", u.code(),
                    "level", u.level().name(),
                    "legacyCode", u.legacyCode(),
                    "open", p.depth() < OPEN_DEPTH,
                    "children", kids);
            List<Map<String, Object>> parent = p.depth() == 0 ? null : children.get(u.parentId());
            (parent == null ? roots : parent).add(node);
        }
        return roots;
    }
}
