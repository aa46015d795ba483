package vn.donghanh.checkin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Ids;
import vn.donghanh.common.Page;
import vn.donghanh.security.Caller;

@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CheckinController {
    private final CheckinPlanService plans;
    private final CheckinService checkins;
    private final ComplianceService compliance;

    public CheckinController(CheckinPlanService plans, CheckinService checkins, ComplianceService compliance) {
        this.plans = plans;
        this.checkins = checkins;
        this.compliance = compliance;
    }

    @Post("/cases/{caseId}/checkin-plans")
    @Secured("OFFICER")
    public HttpResponse<CheckinModels.Plan> createPlan(
            Caller caller, @PathVariable String caseId, @Body @Valid CheckinModels.CreatePlan body) {
        return HttpResponse.created(plans.create(caller, Ids.parse("caseId", caseId), body));
    }

    @Get("/cases/{caseId}/checkin-plans")
    @Secured({"OFFICER", "MENTOR", "PERSON"})
    public List<CheckinModels.Plan> listPlans(Caller caller, @PathVariable String caseId) {
        return plans.list(caller, Ids.parse("caseId", caseId));
    }

    @Post("/checkin-plans/{id}/changes")
    @Secured("OFFICER")
    public HttpResponse<CheckinModels.Plan> changePlan(
            Caller caller, @PathVariable String id, @Body @Valid CheckinModels.ChangePlan body) {
        return HttpResponse.created(plans.change(caller, Ids.parse("id", id), body));
    }

    @Post("/checkin-plans/{id}/end")
    @Secured("OFFICER")
    public CheckinModels.Plan endPlan(Caller caller, @PathVariable String id, @Body @Valid CheckinModels.EndPlan body) {
        return plans.end(caller, Ids.parse("id", id), body);
    }

    @Post("/cases/{caseId}/checkins")
    @Secured({"PERSON", "OFFICER"})
    public HttpResponse<CheckinModels.Checkin> checkIn(
            Caller caller, @PathVariable String caseId, @Body @Valid CheckinModels.CreateCheckin body) {
        return HttpResponse.created(checkins.record(caller, Ids.parse("caseId", caseId), body));
    }

    @Get("/cases/{caseId}/checkins")
    @Secured({"OFFICER", "MENTOR", "PERSON"})
    public Page<CheckinModels.Checkin> listCheckins(
            Caller caller,
            @PathVariable String caseId,
            @QueryValue @Nullable String cursor,
            @QueryValue @Nullable Integer limit) {
        return checkins.list(caller, Ids.parse("caseId", caseId), cursor, Cursor.limit(limit));
    }

    @Get("/cases/{caseId}/compliance")
    @Secured({"OFFICER", "MENTOR", "PERSON"})
    public CheckinModels.Compliance compliance(
            Caller caller,
            @PathVariable String caseId,
            @QueryValue @Nullable LocalDate from,
            @QueryValue @Nullable LocalDate to) {
        return compliance.forCase(caller, Ids.parse("caseId", caseId), from, to);
    }

    @Get("/overdue")
    @Secured("OFFICER")
    public Page<CheckinModels.OverdueItem> overdue(
            Caller caller, @QueryValue @Nullable String cursor, @QueryValue @Nullable Integer limit) {
        // Computed per request over the whole scope: pages of up to 1000 keep the passes over a large scope few.
        return compliance.overdue(caller, cursor, Cursor.limit(limit, ComplianceService.MAX_OVERDUE_PAGE));
    }
}
