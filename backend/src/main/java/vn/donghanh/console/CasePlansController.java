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
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.checkin.CheckinModels;
import vn.donghanh.checkin.CheckinPlanService;
import vn.donghanh.checkin.PlanKind;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;

/**
 * Adding and changing a case's check-in plan from plain choices (frequency, every how many,
 * weekdays or day of the month, start date, kind), built into the RRULE the API takes
 * ({@link RecurrenceWords}), through {@code CheckinPlanService.create} and {@code .change} as
 * {@code POST /api/v1/cases/{id}/checkin-plans} and {@code /checkin-plans/{id}/changes}.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class CasePlansController {
    private final CaseService cases;
    private final CheckinPlanService plans;
    private final CasePlansSection section;
    private final Validator validator;
    private final Clock clock;

    CasePlansController(
            CaseService cases, CheckinPlanService plans, CasePlansSection section, Validator validator, Clock clock) {
        this.cases = cases;
        this.plans = plans;
        this.section = section;
        this.validator = validator;
        this.clock = clock;
    }

    @Post(
            value = ConsolePaths.CASES + "/{id}/plans",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> create(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            String caseId = Ids.parse("id", id);
            var c = cases.get(session.caller(), caseId);
            ConsoleForm f = ConsoleForm.of(request, form);
            String rrule = SupervisionParts.rrule(f, request);
            var body = new CheckinModels.CreatePlan(
                    f.uuid("id"), f.choice("kind", PlanKind.class), rrule, f.text("grace"), f.date("effectiveFrom"));
            if (rrule == null && !f.hasErrors()) {
                f.errors().putIfAbsent("freq", SupervisionParts.words(request, "sup.error.required"));
            }
            f.check(validator, body);
            f.run(() -> plans.create(session.caller(), caseId, body));
            if (f.hasErrors()) {
                return SupervisionParts.partPage(request, session, section, c, Map.of("supPlanForm", f.model()));
            }
            return SupervisionParts.backTo(caseId, "h-plans");
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Get(value = ConsolePaths.CASES + "/{id}/plans/{planId}/change", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> changeForm(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @PathVariable String planId) {
        try {
            String caseId = Ids.parse("id", id);
            var c = cases.get(session.caller(), caseId);
            CheckinModels.Plan plan = current(session, caseId, Ids.parse("planId", planId));
            Map<String, String> values = new HashMap<>();
            values.put("id", UUID.randomUUID().toString());
            values.put("grace", plan.grace());
            values.put("effectiveFrom", ConsoleFormat.date(SupervisionParts.today(clock, c)));
            SupervisionParts.putChoices(values, plan.rrule());
            return changePage(request, session, c, plan, ConsoleForm.blank(values), HttpStatus.OK);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Post(
            value = ConsolePaths.CASES + "/{id}/plans/{planId}/change",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> change(
            HttpRequest<?> request,
            ConsoleSession session,
            @PathVariable String id,
            @PathVariable String planId,
            @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            String caseId = Ids.parse("id", id);
            var c = cases.get(session.caller(), caseId);
            CheckinModels.Plan plan = current(session, caseId, Ids.parse("planId", planId));
            ConsoleForm f = ConsoleForm.of(request, form);
            String rrule = SupervisionParts.rrule(f, request);
            if (rrule == null && !f.hasErrors()) {
                f.errors().putIfAbsent("freq", SupervisionParts.words(request, "sup.error.required"));
            }
            var body = new CheckinModels.ChangePlan(f.uuid("id"), rrule, f.text("grace"), f.date("effectiveFrom"));
            f.check(validator, body);
            f.run(() -> plans.change(session.caller(), plan.id(), body));
            if (f.hasErrors()) {
                return changePage(request, session, c, plan, f.model(), HttpStatus.BAD_REQUEST);
            }
            return SupervisionParts.backTo(caseId, "h-plans");
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    /** The plan of this case by id, as the plan list (scoped, audited) has it; another case's is "not found". */
    private CheckinModels.Plan current(ConsoleSession session, String caseId, String planId) {
        return plans.list(session.caller(), caseId).stream()
                .filter(p -> p.id().equals(planId))
                .findFirst()
                .orElseThrow(ApiException::notFound);
    }

    private HttpResponse<?> changePage(
            HttpRequest<?> request,
            ConsoleSession session,
            CaseModels.CaseDetail c,
            CheckinModels.Plan plan,
            Map<String, Object> form,
            HttpStatus status) {
        Map<String, Object> model = ConsolePage.model(request, session);
        model.put("navCurrent", "cases");
        model.put("c", ConsolePage.row("id", c.id(), "fullName", c.fullName()));
        model.put(
                "plan",
                ConsolePage.row(
                        "id", plan.id(),
                        "kind", plan.kind().name(),
                        "schedule", SupervisionParts.recurrence(request).describe(plan.rrule())));
        model.put("graces", SupervisionParts.GRACES);
        model.put("days", SupervisionParts.days());
        model.put("supFreqs", SupervisionParts.FREQUENCIES);
        model.put("form", form);
        return ConsolePage.render(status, "console/case-plan-change", model);
    }
}
