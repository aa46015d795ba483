package vn.donghanh.mentoring;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.util.List;
import vn.donghanh.common.Ids;
import vn.donghanh.security.Caller;

@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class MentoringController {
    private final MentoringService service;

    public MentoringController(MentoringService service) {
        this.service = service;
    }

    @Post("/cases/{caseId}/assignments")
    @Secured("OFFICER")
    public HttpResponse<MentoringModels.Assignment> assign(
            Caller caller, @PathVariable String caseId, @Body @Valid MentoringModels.AssignMentor body) {
        return HttpResponse.created(service.assign(caller, Ids.parse("caseId", caseId), body));
    }

    @Get("/cases/{caseId}/assignments")
    @Secured("OFFICER")
    public List<MentoringModels.Assignment> forCase(Caller caller, @PathVariable String caseId) {
        return service.forCase(caller, Ids.parse("caseId", caseId));
    }

    @Post("/assignments/{id}/end")
    @Secured("OFFICER")
    public MentoringModels.Assignment end(
            Caller caller, @PathVariable String id, @Body @Valid MentoringModels.EndAssignment body) {
        return service.end(caller, Ids.parse("id", id), body);
    }

    @Get("/mentees")
    @Secured("MENTOR")
    public List<MentoringModels.Mentee> mentees(Caller caller) {
        return service.mentees(caller);
    }
}
