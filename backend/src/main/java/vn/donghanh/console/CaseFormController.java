package vn.donghanh.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
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
import java.util.UUID;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.casefile.ManagementBasis;
import vn.donghanh.casefile.Sex;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.security.Role;

/**
 * Registering a person and editing their case: the API's {@code RegisterCase}/{@code UpdateCase}
 * read from the form, checked by the API's bean validation and then by {@code CaseService.register}
 * / {@code update} with the officer's caller (same scope, same audit as {@code POST/PUT
 * /api/v1/cases}). A bad form writes nothing and comes back with every value as typed and each
 * problem next to its field. A stale edit (the service's version conflict) comes back with the
 * saved values beside the typed ones and the form carrying the new version, so the officer's values
 * can be applied on top of the other person's change without retyping.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class CaseFormController {
    static final String NEW = ConsolePaths.CASES + "/new";

    private final CaseService cases;
    private final AdminUnitService units;
    private final Validator validator;

    public CaseFormController(CaseService cases, AdminUnitService units, Validator validator) {
        this.cases = cases;
        this.units = units;
        this.validator = validator;
    }

    static String editPath(String caseId) {
        return ConsolePaths.casePage(caseId) + "/edit";
    }

    @Get(value = NEW, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> newCase(HttpRequest<?> request, ConsoleSession session) {
        if (!session.caller().is(Role.OFFICER)) {
            return ConsolePage.render(HttpStatus.FORBIDDEN, "console/forbidden", ConsolePage.model(request, session));
        }
        Map<String, String> initial = new HashMap<>();
        // The registration's own id: a form sent twice (double click, reload) registers the person once.
        initial.put("id", UUID.randomUUID().toString());
        initial.put("preferredLanguage", "vi");
        var communes = units.communesUnder(session.caller().unitPath());
        if (communes.size() == 1) {
            initial.put("adminUnitId", communes.get(0).id());
        }
        return page(request, session, HttpStatus.OK, ConsoleForm.blank(initial), null, null);
    }

    @Post(value = NEW, consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> register(HttpRequest<?> request, ConsoleSession session, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        ConsoleForm f = ConsoleForm.of(request, form);
        CaseFields.precheck(f, CaseFields.REQUIRED, CaseFields.DATES);
        CaseModels.RegisterCase body = CaseFields.register(f);
        f.check(validator, body);
        try {
            CaseModels.CaseDetail created = f.run(() -> cases.register(session.caller(), body));
            if (created == null) {
                return page(request, session, HttpStatus.BAD_REQUEST, f.model(), null, null);
            }
            return HttpResponse.seeOther(URI.create(ConsolePaths.casePage(created.id())));
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Get(value = ConsolePaths.CASES + "/{id}/edit", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> edit(HttpRequest<?> request, ConsoleSession session, @PathVariable String id) {
        try {
            if (!session.caller().is(Role.OFFICER)) {
                throw ApiException.forbidden("only commune officers manage cases");
            }
            var c = cases.get(session.caller(), Ids.parse("id", id));
            Map<String, String> values = new HashMap<>(CaseFields.of(c));
            values.putAll(CaseFields.was(values));
            return page(request, session, HttpStatus.OK, ConsoleForm.blank(values), c, null);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Post(
            value = ConsolePaths.CASES + "/{id}/edit",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> update(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            String caseId = Ids.parse("id", id);
            ConsoleForm f = ConsoleForm.of(request, form);
            CaseFields.precheck(f, CaseFields.REQUIRED.subList(1, CaseFields.REQUIRED.size()), CaseFields.DATES);
            CaseModels.UpdateCase body = CaseFields.update(f);
            f.check(validator, body);
            boolean[] stale = {false};
            CaseModels.CaseDetail saved = f.run(() -> {
                try {
                    return cases.update(session.caller(), caseId, body);
                } catch (ApiException e) {
                    if (e.status() == HttpStatus.CONFLICT && "stale-version".equals(e.type())) {
                        stale[0] = true;
                        return null;
                    }
                    throw e;
                }
            });
            if (saved != null) {
                return HttpResponse.seeOther(URI.create(ConsolePaths.casePage(caseId)));
            }
            var current = cases.get(session.caller(), caseId);
            if (!stale[0]) {
                return page(request, session, HttpStatus.BAD_REQUEST, f.model(), current, null);
            }
            // Merged on top of the version now saved: what this officer changed stays as typed,
            // what they left alone takes the other person's saved value; the version moves on, so
            // sending the form again applies the officer's changes without undoing the other's.
            Map<String, String> savedNow = CaseFields.of(current);
            List<Map<String, Object>> rows = comparison(savedNow, form);
            Map<String, String> merged = new HashMap<>(savedNow);
            for (Map<String, Object> r : rows) {
                String field = (String) r.get("field");
                if ((Boolean) r.get("mine")) {
                    merged.put(field, form.get(field));
                }
            }
            merged.putAll(CaseFields.was(savedNow));
            return page(request, session, HttpStatus.CONFLICT, ConsoleForm.blank(merged), current, rows);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    /**
     * Field by field: what is saved now, what the officer typed, and who changed it since the form
     * was opened (the form carries the values it was opened with as {@code was.<field>}).
     */
    private static List<Map<String, Object>> comparison(Map<String, String> saved, Map<String, String> typed) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String field : CaseFields.PERSON) {
            String now = CaseFields.shown(field, saved.get(field));
            String mine = CaseFields.shown(field, typed.get(field));
            String was = CaseFields.shown(field, typed.get(CaseFields.WAS + field));
            rows.add(ConsolePage.row(
                    "field",
                    field,
                    "kind",
                    kindOf(field),
                    "saved",
                    now,
                    "typed",
                    mine,
                    "differs",
                    !now.equals(mine),
                    "mine",
                    !mine.equals(was),
                    "theirs",
                    !now.equals(was)));
        }
        return rows;
    }

    private static String kindOf(String field) {
        return switch (field) {
            case "sex" -> "sex";
            case "basis" -> "basis";
            case "preferredLanguage" -> "language";
            default -> "text";
        };
    }

    private HttpResponse<?> page(
            HttpRequest<?> request,
            ConsoleSession session,
            HttpStatus status,
            Map<String, Object> form,
            CaseModels.CaseDetail editing,
            List<Map<String, Object>> stale) {
        Map<String, Object> model = ConsolePage.model(request, session);
        model.put("form", form);
        model.put("sexes", Arrays.stream(Sex.values()).map(Enum::name).toList());
        model.put(
                "bases", Arrays.stream(ManagementBasis.values()).map(Enum::name).toList());
        model.put("languages", CaseFields.LANGUAGES);
        if (editing == null) {
            model.put("navCurrent", "register");
            model.put("action", NEW);
            model.put(
                    "communes",
                    units.communesUnder(session.caller().unitPath()).stream()
                            .map(u -> ConsolePage.row("id", u.id(), "name", u.name()))
                            .toList());
            return ConsolePage.render(status, "console/case-form", model);
        }
        model.put("navCurrent", "cases");
        model.put("action", editPath(editing.id()));
        model.put(
                "editing",
                ConsolePage.row(
                        "id", editing.id(),
                        "fullName", editing.fullName(),
                        "href", ConsolePaths.casePage(editing.id()),
                        "updatedAt",
                                ConsoleFormat.dateTime(editing.updatedAt(), java.time.ZoneId.of(editing.timeZone()))));
        model.put("stale", stale);
        model.put("fields", CaseFields.PERSON);
        model.put("was", CaseFields.WAS);
        return ConsolePage.render(status, "console/case-form", model);
    }
}
